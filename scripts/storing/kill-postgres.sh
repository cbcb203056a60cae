#!/usr/bin/env bash
# kill -9 of the embedded PostgreSQL under a write load (docs/betrouwbaarheid.md, "Storingen"). The app runs on a kept
# data directory (durable mode); writers keep a journal of acknowledged writes (201). Each round: write, kill -9 every
# PostgreSQL process of the directory (the server and all its children, as the OOM killer or a crash would), and
# measure how long health is DOWN and when it is UP again (the app restarts PostgreSQL itself); keep writing a while,
# then check that every acknowledged write is in the database. The writers' statuses show what clients saw meanwhile:
# 201, or 503 with Retry-After; anything else (500, 401) is a finding.
#
#   scripts/storing/kill-postgres.sh            3 rounds, 4 writers, 10 s writing before and after each kill
#   RONDES=5 SCHRIJFTIJD=20 SCHRIJVERS=8 ...
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/storing/gemeen.sh
RONDES=${RONDES:-3}
SCHRIJFTIJD=${SCHRIJFTIJD:-10}
werk=$(mktemp -d /tmp/storing-pg.XXXXXX)
data=$werk/data
log=$werk/app.log
opruimen() {
  touch "$werk/stop"
  kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}
trap opruimen EXIT

postgres_processen() {
  local p
  for p in $(pgrep -x postgres); do
    [[ $(readlink "/proc/$p/cwd" 2>/dev/null) == "$(realpath "$data")" ]] && echo "$p"
  done
  return 0
}

start_app "$log" -u DATABASE_URL MAATWERK_DATA_DIR="$data" MAATWERK_DEMO=true
echo "eerste start: $(wacht_tot_gezond 600) ms; werkmap $werk"
verloren_totaal=0
for ((r = 1; r <= RONDES; r++)); do
  start_schrijvers "$werk" $(((r - 1) * 20000))
  sleep "$SCHRIJFTIJD"
  processen=$(postgres_processen | paste -sd' ')
  : >"$werk/tijden.ronde"
  kill -9 $processen
  gedood=$(nu_ms)
  down=$(wacht_op_status 503 10 || echo "niet gezien: ")
  wacht_op_status 200 120 >/dev/null
  terug=$(($(nu_ms) - gedood))
  sleep "$SCHRIJFTIJD"
  stop_schrijvers "$werk"
  uitkomst=$(controleer_journaal "$werk" psql_app "$data") || verloren_totaal=$((verloren_totaal + $(wc -l <"$werk/verloren")))
  traagst=$(awk '$1 != 201 {print $2}' "$werk/tijden" | sort -n | tail -1)
  echo "ronde $r: kill -9 van $(wc -w <<<"$processen") PostgreSQL-processen; health DOWN na $down ms, weer UP na $terug ms;" \
    "$uitkomst; statussen tot nu: $(telling "$werk"); traagste antwoord dat geen 201 was: ${traagst:-0} ms"
done
grep -o 'Ingebouwde PostgreSQL opnieuw gestart.*' "$log" | sed 's/^/  log: /'
echo "klaar: $RONDES rondes, $(wc -l <"$werk/journaal.uniek") bevestigde schrijfacties, verloren: $verloren_totaal (log: $log)"
((verloren_totaal == 0))
