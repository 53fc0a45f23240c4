-- Shared by every scenario: print one machine-readable line that bench/run turns into the table.
-- Threads keep their own counters; done() adds them up.
local threads = {}
local thread_count = 0

-- numbers each thread (global `id` in its own Lua state) and keeps it for the final report
function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
  table.insert(threads, thread)
end

function report(summary, latency, requests)
  local created, checkouts = 0, 0
  for _, t in ipairs(threads) do
    created = created + (t:get("created") or 0)
    checkouts = checkouts + (t:get("checkouts") or 0)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f non2xx=%d errors=%d requests=%d created=%d checkouts=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests, created, checkouts))
end

done = report
