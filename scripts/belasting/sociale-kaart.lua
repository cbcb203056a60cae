-- wrk script for scripts/belasting/sociale-kaart.sh. SOORT chooses what is asked, in rotation:
-- zoeken: the public search page without login; api: the public API; huishouden: the plan tab of a
-- random household of the consulent that has offers on that tab, with the session cookie.
local soort = os.getenv("SOORT")
local zoekvragen = {
  "q=ik+heb+schulden",
  "q=ik+kan+de+huur+niet+betalen&wijk=Laak",
  "q=eenzaam&kosten=gratis",
  "levensdomein=financien&wijk=Escamp",
  "q=koffie",
  "levensdomein=sociaal-netwerk&kosten=gratis&pagina=2",
  "",
}
local ids = {}
local koekje = nil
if soort == "huishouden" then
  for regel in io.lines(os.getenv("IDS")) do
    ids[#ids + 1] = regel
  end
  koekje = "SESSION=" .. os.getenv("SESSIE")
end
local teller = 0

request = function()
  teller = teller + 1
  local vraag = zoekvragen[teller % #zoekvragen + 1]
  if soort == "zoeken" then
    return wrk.format("GET", "/sociale-kaart?" .. vraag)
  elseif soort == "api" then
    return wrk.format("GET", "/api/v1/sociale-kaart/diensten?" .. vraag, {["Accept"] = "application/json"})
  else
    return wrk.format("GET", "/huishoudens/" .. ids[math.random(#ids)] .. "?tab=plan", {["Cookie"] = koekje})
  end
end

done = function(summary, latency, requests)
  local fouten = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("verzoeken: %d, fouten: %d, per seconde: %.1f, p50: %.1f ms, p95: %.1f ms, p99: %.1f ms\n",
    summary.requests, fouten, summary.requests / (summary.duration / 1000000), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
