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

dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "result.lua")
