-- wrk script for bench/scale.sh: POSTs the GraphQL request template in $TEMPLATE_FILE with "%1%", "%2%" replaced by
-- the tab-separated fields of a line of $IDS_FILE, a random line each request (seeded per thread, so runs repeat), so
-- that the requests do not all touch the same entity. Answers are counted and reported by wrk-report.lua.
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do
  if #line > 0 then
    local fields = {}
    for field in string.gmatch(line, "[^\t]+") do fields[#fields + 1] = field end
    ids[#ids + 1] = fields
  end
end
local f = assert(io.open(os.getenv("TEMPLATE_FILE"), "rb"))
local template = f:read("*a")
f:close()

dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "wrk-report.lua")
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
  track(thread)
end

function init(args)
  math.randomseed(seed or 1)
end

request = function()
  local fields = ids[math.random(#ids)]
  local body = template:gsub("%%(%d)%%", function(n) return fields[tonumber(n)] or "" end)
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }, body)
end
