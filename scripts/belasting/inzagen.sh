#!/usr/bin/env bash
# Load measurement for "Wie keek in mijn gegevens" (/mijn/inzagen, issue 16; see docs/performance.md):
# 100,000 demo households, the logboek filled to a few million records (synthetic rows for 300,000 other
# people, written straight into the table: the measurement is about reading by person, not about the chain),
# the demo resident's household read by the consulent through the API (real records, real pseudonym), then
# wrk opens /mijn/inzagen as the demo resident with a logged-in session.
# Needs: a built app/target/maatwerk.jar, curl, psql (client), wrk.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DATA=${DATA:-target/belasting-inzagen/data}
PORT=${PORT:-8094}
HUISHOUDENS=${HUISHOUDENS:-100000}
LOGBOEK=${LOGBOEK:-3000000}
LEZINGEN=${LEZINGEN:-200}
DUUR=${DUUR:-30s}
VERBINDINGEN=${VERBINDINGEN:-4}
WERK=target/belasting-inzagen
mkdir -p "$WERK" "$DATA"
BASIS="http://localhost:$PORT"

echo "App starten met $HUISHOUDENS huishoudens..."
MAATWERK_DEMO=true MAATWERK_DATA_DIR="$DATA" "$JAVA" -jar app/target/maatwerk.jar --server.port="$PORT" \
  --maatwerk.demo-data.huishoudens="$HUISHOUDENS" > "$WERK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "$BASIS/actuator/health" >/dev/null; do
  kill -0 $APP 2>/dev/null || { echo "De app is gestopt; zie $WERK/app.log"; exit 1; }
  sleep 5
done
PGPORT=$(grep -o 'PostgreSQL klaar op poort [0-9]*' "$WERK/app.log" | tail -n 1 | grep -o '[0-9]*$')
sql() { PGPASSWORD=$(cat "$DATA/maatwerk-wachtwoord") psql -h localhost -p "$PGPORT" -U postgres -d postgres -tAc "$1"; }
echo "Huishoudens: $(sql 'select count(*) from inwoner.huishouden')"

# Real reads of the demo resident's household by the consulent: real records for the resident's pseudonym.
HUISHOUDEN=$(sql "select l.huishouden_id from inwoner.huishouden_lid l join platform.gebruiker g on g.inwoner_id = l.inwoner_id
  where g.gebruikersnaam = 'inwoner' and l.tot_en_met is null limit 1")
echo "Het huishouden van de demo-inwoner $LEZINGEN keer lezen als consulent..."
seq 1 "$LEZINGEN" | xargs -P 4 -I{} curl -sf -o /dev/null -u consulent:demo "$BASIS/api/v1/huishoudens/$HUISHOUDEN"

NU=$(sql 'select count(*) from logboek.logboek_record')
if [ "$NU" -lt "$LOGBOEK" ]; then
  echo "Logboek aanvullen van $NU tot $LOGBOEK records (synthetisch, 300.000 andere personen, verspreid over een jaar)..."
  sql "insert into logboek.logboek_record (volgnummer, trace_id, span_id, naam, starttijd, eindtijd, status, verwerkingsactiviteit,
         betrokkene_id, betrokkene_type, actor, vorige_hash, hash)
       select m.v + i, md5('t' || i), left(md5('s' || i), 16), 'huishouden.lezen', ts, ts, 'OK', 'va-huishouden-raadplegen',
         md5('p' || (i % 300000)), 'BSN', 'consulent', repeat('0', 64), repeat('0', 64)
       from (select coalesce(max(volgnummer), 0) as v from logboek.logboek_record) m,
            generate_series(1, $LOGBOEK - $NU) i,
            lateral (select timestamptz '2026-01-01' + (i % 31536000) * interval '1 second' as ts) t" >/dev/null
  sql 'analyze logboek.logboek_record' >/dev/null
fi
echo "Logboek: $(sql 'select count(*) from logboek.logboek_record') records"

TOKEN=$(curl -sf -c "$WERK/koekjes" "$BASIS/inloggen" | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
curl -sf -b "$WERK/koekjes" -c "$WERK/koekjes" -o /dev/null \
  --data-urlencode username=inwoner --data-urlencode password=demo --data-urlencode "_csrf=$TOKEN" "$BASIS/inloggen"
SESSIE=$(awk '$6 == "SESSION" {print $7}' "$WERK/koekjes")
[ -n "$SESSIE" ] || { echo "Inloggen mislukt"; exit 1; }
curl -sf -o /dev/null -H "Cookie: SESSION=$SESSIE" "$BASIS/mijn/inzagen" || { echo "/mijn/inzagen niet bereikbaar"; exit 1; }
echo "Query-plan van de lijst (één persoon tussen alle records):"
sql "explain (analyze, buffers off, costs off) select trace_id, min(starttijd) from logboek.logboek_record
     where betrokkene_id = md5('p42') group by trace_id order by 2 desc limit 25" | tee "$WERK/plan.txt"

echo "Meten: $DUUR, $VERBINDINGEN verbindingen..."
DRADEN=$(( VERBINDINGEN < 2 ? VERBINDINGEN : 2 ))
SESSIE="$SESSIE" wrk -t"$DRADEN" -c"$VERBINDINGEN" -d"$DUUR" --latency -s scripts/belasting/inzagen.lua "$BASIS" | tee "$WERK/wrk.txt"
