-- wrk script for Lectern's benchmark (bench/run.sh).
--
--   wrk -t THREADS -s bench/lectern.lua http://127.0.0.1:PORT -- SCENARIO POOL_FILE THREADS
--
-- POOL_FILE holds one reader per line, "NAME=VALUE ... TOKEN": the reader's cookies, then the
-- CSRF token of its page, made by run.sh with curl (a lesson GET without a cookie, then a
-- progress save): "LECTERN_READER=id XSRF-TOKEN=cookie token"; with a build from before the
-- reader tables "LECTERN_SESSION=id token". The cookies go out as one Cookie header
-- ("LECTERN_READER=id; XSRF-TOKEN=cookie"), the token as X-CSRF-TOKEN. Every wrk
-- thread takes its own slice of the pool and walks it round-robin, so consecutive
-- requests of a thread belong to different readers, and one reader's next request comes
-- only after the slice has gone round once (slices are far larger than the connections
-- of a thread, so a reader never has two requests in flight).
--
-- Scenarios:
--   lesson    GET  /python-backend/introduction-to-django              (200), a returning reader
--   first     GET  /python-backend/introduction-to-django              (200), no cookie at all:
--             a new visitor every request (the pool is not used)
--   progress  POST /python-backend/introduction-to-django/progress     (200, JSON)
--             form field section (rotates through the five sections), header
--             X-CSRF-TOKEN, Accept: application/json
--   quiz      a cycle per reader of three requests: POST .../quiz/reset (303), POST
--             .../quiz/1 answer=C (303), GET the redirect target .../quiz/1 (200, the
--             feedback page). Resetting first keeps every answer a first answer, even when
--             an earlier run stopped mid-cycle, so a 409 (or any other 4xx/5xx) is an
--             error that wrk counts.
--   track     GET  /python-backend                                    (200)
--   static    GET  /     of the nginx reference, gzipped per request (no cookie)
--   static-gz GET  /gz/  of the nginx reference, precompressed (gzip_static; no cookie)
--
-- Every request says Accept-Encoding: gzip, as a browser does.
-- done() prints one line for run.sh: "RESULT requests duration_us rps p50_us p99_us errors".

local LESSON = "/python-backend/introduction-to-django"
local SECTIONS = { "what-is-django", "the-batteries-included-philosophy", "core-architecture-mvt",
  "key-features", "why-choose-django" }

local counter = 1

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

local scenario, pool, n, k, step, first

function init(args)
  scenario = args[1] or "lesson"
  pool = {}
  if args[2] then
    local all = {}
    for line in io.lines(args[2]) do
      local fields = {}
      for f in line:gmatch("%S+") do
        table.insert(fields, f)
      end
      if #fields >= 2 then
        local token = table.remove(fields)
        table.insert(all, { cookie = table.concat(fields, "; "), token = token })
      end
    end
    -- this thread's slice: every id-th reader of the pool
    local id = tonumber(wrk.thread:get("id"))
    local total = tonumber(args[3] or 1)
    for i = id, #all, total do
      table.insert(pool, all[i])
    end
  end
  n = #pool
  k = 0
  step = 0
end

local function reader()
  return pool[(k % n) + 1]
end

local function headers(r, form)
  local h = { ["Accept-Encoding"] = "gzip", ["Cookie"] = r.cookie }
  if form then
    h["Content-Type"] = "application/x-www-form-urlencoded"
    h["X-CSRF-TOKEN"] = r.token
  end
  return h
end

function request()
  if scenario == "static" then
    return wrk.format("GET", "/", { ["Accept-Encoding"] = "gzip" })
  elseif scenario == "static-gz" then
    return wrk.format("GET", "/gz/", { ["Accept-Encoding"] = "gzip" })
  elseif scenario == "first" then
    return wrk.format("GET", LESSON, { ["Accept-Encoding"] = "gzip" })
  end
  local r = reader()
  local req
  if scenario == "lesson" then
    req = wrk.format("GET", LESSON, headers(r, false))
    k = k + 1
  elseif scenario == "track" then
    req = wrk.format("GET", "/python-backend", headers(r, false))
    k = k + 1
  elseif scenario == "progress" then
    local h = headers(r, true)
    h["Accept"] = "application/json"
    local section = SECTIONS[(math.floor(k / n) % #SECTIONS) + 1]
    req = wrk.format("POST", LESSON .. "/progress", h, "section=" .. section)
    k = k + 1
  elseif scenario == "quiz" then
    -- step 0 for the whole slice, then step 1 for the whole slice, then step 2
    if step == 0 then
      req = wrk.format("POST", LESSON .. "/quiz/reset", headers(r, true), "")
    elseif step == 1 then
      req = wrk.format("POST", LESSON .. "/quiz/1", headers(r, true), "answer=C")
    else
      req = wrk.format("GET", LESSON .. "/quiz/1", headers(r, false))
    end
    k = k + 1
    if k % n == 0 then
      step = (step + 1) % 3
    end
  end
  return req
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %d %d %.1f %d %d %d\n", summary.requests, summary.duration,
    summary.requests / seconds, latency:percentile(50), latency:percentile(99), errors))
end
