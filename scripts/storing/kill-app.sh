#!/usr/bin/env bash
# kill -9 of the app under a write load (docs/betrouwbaarheid.md, "Storingen"). The app runs on a kept data directory
# (MAATWERK_DATA_DIR, durable mode); writers create residents and keep a journal of every write the app acknowledged
# (201). Each round: write for a while, kill -9 the app's JVM (its PostgreSQL lives on, as after a real crash), start
# the app again on the same directory, and check that every acknowledged write of every round is in the database.
#
#   scripts/storing/kill-app.sh                 3 rounds of 15 s of writing, 4 writers
#   RONDES=5 SCHRIJFTIJD=20 SCHRIJVERS=8 ...    other numbers
#   JAR=... scripts/storing/kill-app.sh         another jar (default app/target/maatwerk.jar, built with
#                                               ./mvnw -q -DskipTests -Dmaatwerk.aot.skip=true package)
# Exit code 0 when no acknowledged write was lost in any round.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/storing/gemeen.sh
RONDES=${RONDES:-3}
SCHRIJFTIJD=${SCHRIJFTIJD:-15}
werk=$(mktemp -d /tmp/storing-app.XXXXXX)
data=$werk/data
log=$werk/app.log
opruimen() {
  touch "$werk/stop"
  kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}
trap opruimen EXIT

start_app "$log" -u DATABASE_URL MAATWERK_DATA_DIR="$data" MAATWERK_DEMO=true
echo "eerste start (initdb, migraties, demostad van $HUISHOUDENS huishoudens): $(wacht_tot_gezond 600) ms; werkmap $werk"
verloren_totaal=0
for ((r = 1; r <= RONDES; r++)); do
  start_schrijvers "$werk" $(((r - 1) * 20000))
  sleep "$SCHRIJFTIJD"
  oud_pg=$(postmaster_van "$data")
  kill -9 "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  stop_schrijvers "$werk"
  if kill -0 "$oud_pg" 2>/dev/null; then pg="draait door"; else pg="is weg"; fi
  start_app "$log" -u DATABASE_URL MAATWERK_DATA_DIR="$data" MAATWERK_DEMO=true
  herstart=$(wacht_tot_gezond 300)
  opgeruimd=$(grep -o 'Een PostgreSQL van een eerdere start.*' "$log" | tail -1 || true)
  uitkomst=$(controleer_journaal "$werk" psql_app "$data") || verloren_totaal=$((verloren_totaal + $(wc -l <"$werk/verloren")))
  echo "ronde $r: kill -9 van de app (PostgreSQL $pg); weer UP na $herstart ms; $uitkomst; statussen tot nu: $(telling "$werk")"
  [[ -n $opgeruimd ]] && echo "  log: $opgeruimd"
done
echo "klaar: $RONDES rondes, $(wc -l <"$werk/journaal.uniek") bevestigde schrijfacties, verloren: $verloren_totaal (log: $log)"
((verloren_totaal == 0))
