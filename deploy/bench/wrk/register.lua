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

dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "result.lua")
