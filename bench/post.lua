-- wrk script for bench/run.sh and bench/cache.sh: POST the GraphQL request in $BODY_FILE (or $WRK_BODY) to /graphql
-- with Accept: application/graphql-response+json; answers are counted and reported by wrk-report.lua.
local f = assert(io.open(os.getenv("BODY_FILE") or os.getenv("WRK_BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"

-- beside this file, wherever wrk is started from
dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "wrk-report.lua")
function setup(thread) track(thread) end
