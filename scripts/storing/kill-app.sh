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
werkmap app

# The fault: kill -9 of the app's JVM; its PostgreSQL lives on, as after a real crash.
storing() {
  local oud_pg
  oud_pg=$(postmaster_van "$data")
  kill -9 "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  if kill -0 "$oud_pg" 2>/dev/null; then VOOR="kill -9 van de app (PostgreSQL draait door)"; else VOOR="kill -9 van de app (PostgreSQL is weg)"; fi
}

# Start again on the same directory; the app clears away the PostgreSQL of the killed start and says so in its log.
herstel() {
  local herstart opgeruimd
  start_app_duurzaam
  herstart=$(wacht_tot_gezond 300)
  VOOR="$VOOR; weer UP na $herstart ms"
  opgeruimd=$(grep -o 'Een PostgreSQL van een eerdere start.*' "$log" | tail -1 || true)
  NA=${opgeruimd:+log: $opgeruimd}
}

start_app_duurzaam
echo "eerste start (initdb, migraties, demostad van $HUISHOUDENS huishoudens): $(wacht_tot_gezond 600) ms; werkmap $werk"
storingsrondes storing herstel
