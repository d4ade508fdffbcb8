-- What bench/post.lua and bench/scale.lua share: every answer is read, and one that is not 200 or carries "errors"
-- counts as bad; done() prints one RESULT line. The counter lives in each thread's own Lua state, so done() sums it
-- through thread:get (a global read in done() would stay 0: before issue 10, bad was always 0 whatever the answers).
local threads = {}
function track(thread) table.insert(threads, thread) end

bad = 0
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
