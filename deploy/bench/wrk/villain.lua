-- wrk script: the plain-service yardstick (deploy/bench/yardstick), GET /api/villains/{id} cycling through its rows.
local rows = tonumber(os.getenv("ROWS") or "570")
local counter = 0

function init(args)
  counter = math.random(rows)
end

function request()
  counter = counter + 1
  return wrk.format("GET", "/api/villains/" .. ((counter % rows) + 1))
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
