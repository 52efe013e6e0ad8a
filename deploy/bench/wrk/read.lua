-- wrk script: reads requests by id (GET /api/v1/requests/{id}) as $TOKEN, cycling through the ids in $IDS
-- (one per line). With a clerk of the owning agency each read returns the applicant in clear and is audited.
local token = os.getenv("TOKEN")
local ids = {}
for line in io.lines(os.getenv("IDS")) do
  if line ~= "" then table.insert(ids, line) end
end
local counter = 0

function init(args)
  wrk.headers["Authorization"] = "Bearer " .. token
  counter = math.random(#ids)
end

function request()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/requests/" .. ids[(counter % #ids) + 1])
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
