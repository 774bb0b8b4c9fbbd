-- wrk script: POST one script to /convert, again and again; prints a summary wrk's own output lacks.
-- usage: wrk ... -s convert.lua http://127.0.0.1:PORT/convert -- SCRIPT_FILE
local req

function init(args)
  local f = assert(io.open(args[1], "rb"), "cannot read " .. tostring(args[1]))
  local body = f:read("*a")
  f:close()
  req = wrk.format("POST", nil, { ["Content-Type"] = "text/plain" }, body)
end

function request()
  return req
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("requests:        %d in %.1f s\n", summary.requests, seconds))
  io.write(string.format("requests/s:      %.1f\n", summary.requests / seconds))
  io.write(string.format("latency p50:     %.1f ms\n", latency:percentile(50) / 1000))
  io.write(string.format("latency p99:     %.1f ms\n", latency:percentile(99) / 1000))
  io.write(string.format("latency max:     %.1f ms\n", latency.max / 1000))
  io.write(string.format("non-2xx:         %d\n", e.status))
  io.write(string.format("socket errors:   connect %d, read %d, write %d, timeout %d\n",
      e.connect, e.read, e.write, e.timeout))
end
