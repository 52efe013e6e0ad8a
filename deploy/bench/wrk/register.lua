-- wrk script: registers a new request per call (POST /api/v1/requests) as a clerk of $AGENCY.
-- Tracking numbers are unique per run ($RUN), wrk thread and call, so every call creates a request (201); so are
-- the subjects, as in real traffic (thousands of identical subjects would make every "similar requests" count slow).
local token = os.getenv("TOKEN")
local agency = os.getenv("AGENCY")
local run = os.getenv("RUN") or tostring(os.time())
local threads = {}
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
  table.insert(threads, thread)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"agency":"%s","trackingNumber":"LOAD-%s-%d-%d","channel":"ONLINE","applicantType":"NATURAL_PERSON",'
    .. '"applicant":{"name":"王伟","idType":"RESIDENT_ID","idNumber":"11010519491231002X","phone":"13800000000",'
    .. '"address":"河南省郑州市金水路1号"},"subject":"申请公开第%s-%d-%d号项目立项批复文件","arrivedAt":"2026-11-27T10:00:00+08:00"}',
    agency, run, tid, counter, run, tid, counter)
  return wrk.format(nil, "/api/v1/requests", nil, body)
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, non2xx,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
