-- wrk script: the public catalogue as a citizen's browser asks for it, without a token: one agency-year page of
-- 20 items ($AGENCY, $YEAR), or with $Q a text search over titles. Pages cycle through $PAGES pages.
local agency, year, q = os.getenv("AGENCY"), os.getenv("YEAR"), os.getenv("Q")
local pages = tonumber(os.getenv("PAGES") or "5")
local counter = 0

function init(args)
  counter = math.random(pages)
end

function request()
  counter = counter + 1
  local path = "/api/v1/disclosures?agency=" .. agency .. "&year=" .. year .. "&size=20&page=" .. (counter % pages)
  if q and q ~= "" then path = path .. "&q=" .. q end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
