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

dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "result.lua")
