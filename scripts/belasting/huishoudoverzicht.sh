#!/usr/bin/env bash
# Load measurement for the household overview page (see docs/performance.md):
# 100,000 demo households, at least a million logboek records made through the real code path,
# then wrk opens random household pages of the consulent's team with a logged-in session.
# Needs: a built app/target/maatwerk.jar, curl, psql (client), wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DATA=${DATA:-target/belasting/data}
PORT=${PORT:-8095}
HUISHOUDENS=${HUISHOUDENS:-100000}
LOGBOEK=${LOGBOEK:-1000000}
DUUR=${DUUR:-60s}
VERBINDINGEN=${VERBINDINGEN:-8}
WERK=target/belasting
mkdir -p "$WERK" "$DATA"
BASIS="http://localhost:$PORT"

echo "App starten met $HUISHOUDENS huishoudens (de eerste keer vult hij de database; dat duurt even)..."
# Demo mode by hand: with a kept data directory it is off by default (no demo accounts, own keys needed).
MAATWERK_DEMO=true MAATWERK_DATA_DIR="$DATA" "$JAVA" -jar app/target/maatwerk.jar --server.port="$PORT" \
  --maatwerk.demo-data.huishoudens="$HUISHOUDENS" > "$WERK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "$BASIS/actuator/health" >/dev/null; do
  kill -0 $APP 2>/dev/null || { echo "De app is gestopt; zie $WERK/app.log"; exit 1; }
  grep -o 'Demogegevens: .*' "$WERK/app.log" | tail -n 1 | sed 's/^/  /' || true
  sleep 5
done
PGPORT=$(grep -o 'PostgreSQL klaar op poort [0-9]*' "$WERK/app.log" | tail -n 1 | grep -o '[0-9]*$')
# The embedded PostgreSQL asks every connection for the password the app keeps in the data directory.
sql() { PGPASSWORD=$(cat "$DATA/maatwerk-wachtwoord") psql -h localhost -p "$PGPORT" -U postgres -d postgres -tAc "$1"; }

echo "Huishoudens: $(sql 'select count(*) from inwoner.huishouden'), inwoners: $(sql 'select count(*) from inwoner.inwoner')"

# The consulent's households; listing them is itself logged, one record per member shown.
PAGINAS=$(( ($(sql "select count(*) from inwoner.huishouden where team_id = 'wijkteam-centrum'") + 99) / 100 ))
: > "$WERK/ids.txt"
for p in $(seq 1 "$PAGINAS"); do
  curl -sf -u consulent:demo "$BASIS/api/v1/huishoudens?paginagrootte=100&pagina=$p" \
    | grep -o '"id":"[0-9a-f-]*","naam":"[^"]*","team"' | cut -d'"' -f4 >> "$WERK/ids.txt"
done
echo "Huishoudens van de consulent: $(wc -l < "$WERK/ids.txt")"

echo "Logboek vullen tot $LOGBOEK records via de API (echte verwerkingen, echte hashketen)..."
while [ "$(sql 'select count(*) from logboek.logboek_record')" -lt "$LOGBOEK" ]; do
  # Four requests at a time; wait for those, not for the app that also runs in the background.
  seq 1 "$PAGINAS" | xargs -P 4 -I{} curl -sf -o /dev/null -u consulent:demo "$BASIS/api/v1/huishoudens?paginagrootte=100&pagina={}"
  echo "  logboek: $(sql 'select count(*) from logboek.logboek_record') records"
done

# A logged-in web session, as a professional would have.
TOKEN=$(curl -sf -c "$WERK/koekjes" "$BASIS/inloggen" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
curl -sf -b "$WERK/koekjes" -c "$WERK/koekjes" -o /dev/null \
  --data-urlencode username=consulent --data-urlencode password=demo --data-urlencode "_csrf=$TOKEN" "$BASIS/inloggen"
SESSIE=$(awk '$6 == "SESSION" {print $7}' "$WERK/koekjes")
[ -n "$SESSIE" ] || { echo "Inloggen mislukt"; exit 1; }
curl -sf -o /dev/null -H "Cookie: SESSION=$SESSIE" "$BASIS/huishoudens/$(head -n 1 "$WERK/ids.txt")" \
  || { echo "Huishoudpagina niet bereikbaar"; exit 1; }

echo "Meten: $DUUR, $VERBINDINGEN verbindingen..."
SESSIE="$SESSIE" IDS="$WERK/ids.txt" wrk -t2 -c"$VERBINDINGEN" -d"$DUUR" --latency \
  -s scripts/belasting/huishoudoverzicht.lua "$BASIS" | tee "$WERK/wrk.txt"
echo "Logboek na de meting: $(sql 'select count(*) from logboek.logboek_record') records"
