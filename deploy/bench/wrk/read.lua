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

dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "result.lua")
