-- wrk script for bench/scale.sh: POSTs the GraphQL request template in $TEMPLATE_FILE with "%1%", "%2%" replaced by
-- the tab-separated fields of a line of $IDS_FILE, a random line each request (seeded per thread, so runs repeat), so
-- that the requests do not all touch the same entity. Answers that are not 200 or carry "errors" count as bad.
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

local threads = {}
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(seed or 1)
end

bad = 0
request = function()
  local fields = ids[math.random(#ids)]
  local body = template:gsub("%%(%d)%%", function(n) return fields[tonumber(n)] or "" end)
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }, body)
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then bad = bad + 1 end
end

function done(summary, latency, requests)
  local b = 0
  for _, t in ipairs(threads) do b = b + (t:get("bad") or 0) end
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f requests=%d bad=%d non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, b, e.status, e.connect + e.read + e.write + e.timeout))
end
