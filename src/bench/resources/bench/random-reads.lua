-- wrk script for the mokuhyo benchmark: GET <path prefix><random sheet id>, ids read from a file, one per line.
-- Usage: wrk -t2 -c16 -d5s -s random-reads.lua http://localhost:PORT -- IDS_FILE /sheets/
local ids = {}
local prefix = "/"
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function init(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  prefix = args[2]
  math.randomseed(seed * 7919)
end

function request()
  return wrk.format("GET", prefix .. ids[math.random(#ids)])
end

-- one line the benchmark reads: requests, duration (µs), p50, p99, max (µs), errors, non-2xx
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout, e.status))
end
