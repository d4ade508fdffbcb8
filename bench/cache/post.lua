-- wrk script for bench/cache.sh: POST the request in $WRK_BODY, Accept application/graphql-response+json.
-- With WRK_CHECK=1 every answer is read: one that is not 200 or contains "errors" counts as bad. Counters live in
-- each thread's own Lua state, so done() sums them through thread:get (a global read in done() would stay 0).
local f = assert(io.open(os.getenv("WRK_BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"

local threads = {}
function setup(thread) table.insert(threads, thread) end

bad = 0
if os.getenv("WRK_CHECK") == "1" then
  function response(status, headers, body)
    if status ~= 200 or string.find(body, '"errors"', 1, true) then bad = bad + 1 end
  end
end

function done(summary, latency, requests)
  local b = 0
  for _, t in ipairs(threads) do b = b + (t:get("bad") or 0) end
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f requests=%d bad=%d non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, b, e.status, e.connect + e.read + e.write + e.timeout))
end
