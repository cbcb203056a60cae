-- wrk script: the demo resident opens "Wie keek in mijn gegevens" (/mijn/inzagen) with a session cookie.
local koekje = "SESSION=" .. os.getenv("SESSIE")

request = function()
  return wrk.format("GET", "/mijn/inzagen", {["Cookie"] = koekje})
end

done = function(summary, latency, requests)
  local fouten = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("verzoeken: %d, fouten: %d, p50: %.1f ms, p95: %.1f ms, p99: %.1f ms\n",
    summary.requests, fouten, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
