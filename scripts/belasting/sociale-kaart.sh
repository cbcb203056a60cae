#!/usr/bin/env bash
# Load measurement for the sociale kaart (issue 17, see docs/performance.md): the demo city with 10,000
# services, then wrk against (a) the public search page, (b) the public API and (c) the plan tab of a
# household page, where a logged-in consulent sees the three best offers per need. Each at 2 and 8 connections.
# Needs: a built app/target/maatwerk.jar, curl, psql (client), wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DATA=${DATA:-target/belasting/sociale-kaart-data}
PORT=${PORT:-8096}
DIENSTEN=${DIENSTEN:-10000}
DUUR=${DUUR:-30s}
VERBINDINGEN=${VERBINDINGEN:-"2 8"}
JAVA_OPTIES=${JAVA_OPTIES:-}
WERK=target/belasting/sociale-kaart
mkdir -p "$WERK" "$DATA"
BASIS="http://localhost:$PORT"

echo "App starten met $DIENSTEN diensten..."
# Demo mode by hand: with a data directory it is off by default. The offer is only generated on an empty map, so
# a kept data directory keeps the number of services of its first start.
# shellcheck disable=SC2086
MAATWERK_DEMO=true MAATWERK_DATA_DIR="$DATA" "$JAVA" $JAVA_OPTIES -jar app/target/maatwerk.jar --server.port="$PORT" \
  --maatwerk.demo-data.diensten="$DIENSTEN" > "$WERK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "$BASIS/actuator/health" >/dev/null; do
  kill -0 $APP 2>/dev/null || { echo "De app is gestopt; zie $WERK/app.log"; exit 1; }
  sleep 5
done
PGPORT=$(grep -o 'PostgreSQL klaar op poort [0-9]*' "$WERK/app.log" | tail -n 1 | grep -o '[0-9]*$')
sql() { PGPASSWORD=$(cat "$DATA/maatwerk-wachtwoord") psql -h localhost -p "$PGPORT" -U postgres -d postgres -tAc "$1"; }
# The demo city fills after the start; the offer is one of its last steps.
until [ "$(sql 'select count(*) from socialekaart.dienst')" -ge "$DIENSTEN" ]; do
  kill -0 $APP 2>/dev/null || { echo "De app is gestopt; zie $WERK/app.log"; exit 1; }
  sleep 5
done
echo "Diensten: $(sql 'select count(*) from socialekaart.dienst'), huishoudens: $(sql 'select count(*) from inwoner.huishouden')"

# The consulent's households (first hundred).
curl -sf -u consulent:demo "$BASIS/api/v1/huishoudens?paginagrootte=100&pagina=1" \
  | grep -o '"id":"[0-9a-f-]*","naam":"[^"]*","team"' | cut -d'"' -f4 > "$WERK/ids.txt"
echo "Huishoudens van de consulent: $(wc -l < "$WERK/ids.txt")"

# A logged-in web session, as a professional would have.
TOKEN=$(curl -sf -c "$WERK/koekjes" "$BASIS/inloggen" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
curl -sf -b "$WERK/koekjes" -c "$WERK/koekjes" -o /dev/null \
  --data-urlencode username=consulent --data-urlencode password=demo --data-urlencode "_csrf=$TOKEN" "$BASIS/inloggen"
SESSIE=$(awk '$6 == "SESSION" {print $7}' "$WERK/koekjes")
[ -n "$SESSIE" ] || { echo "Inloggen mislukt"; exit 1; }
# Only households with needs get offers on the plan tab (a goal in their plan or a low ZRM score); wrk opens those.
: > "$WERK/met-aanbod.txt"
while read -r id; do
  if curl -sf -H "Cookie: SESSION=$SESSIE" "$BASIS/huishoudens/$id?tab=plan" | grep -q 'sociale-kaart/plan'; then echo "$id" >> "$WERK/met-aanbod.txt"; fi
done < "$WERK/ids.txt"
echo "Huishoudens met voorgesteld aanbod op het tabblad Plan: $(wc -l < "$WERK/met-aanbod.txt") van $(wc -l < "$WERK/ids.txt")"
[ -s "$WERK/met-aanbod.txt" ] || { echo "Geen huishouden met voorgesteld aanbod"; exit 1; }
curl -sf -o /dev/null "$BASIS/sociale-kaart?q=schulden" || { echo "Zoekpagina niet bereikbaar"; exit 1; }
curl -sf -o /dev/null "$BASIS/api/v1/sociale-kaart/diensten?q=schulden" || { echo "API niet bereikbaar"; exit 1; }

echo "uptime voor de meting: $(uptime)"
: > "$WERK/uitkomst.txt"
for soort in zoeken api huishouden; do
  for c in $VERBINDINGEN; do
    echo "Meten: $soort, $DUUR, $c verbindingen..."
    uitkomst=$(SOORT=$soort SESSIE="$SESSIE" IDS="$WERK/met-aanbod.txt" wrk -t"$(( c < 2 ? c : 2 ))" -c"$c" -d"$DUUR" --latency \
      -s scripts/belasting/sociale-kaart.lua "$BASIS" | tee -a "$WERK/wrk.txt" | grep '^verzoeken:')
    echo "$soort, $c verbindingen: $uitkomst" | tee -a "$WERK/uitkomst.txt"
  done
done
echo "uptime na de meting: $(uptime)"
