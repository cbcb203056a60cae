-- wrk script: GET a random household page of the consulent with the session cookie.
local ids = {}
for regel in io.lines(os.getenv("IDS")) do
  ids[#ids + 1] = regel
end
local koekje = "SESSION=" .. os.getenv("SESSIE")

request = function()
  local id = ids[math.random(#ids)]
  return wrk.format("GET", "/huishoudens/" .. id, {["Cookie"] = koekje})
end

done = function(summary, latency, requests)
  local fouten = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("verzoeken: %d, fouten: %d, p50: %.1f ms, p95: %.1f ms, p99: %.1f ms\n",
    summary.requests, fouten, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
