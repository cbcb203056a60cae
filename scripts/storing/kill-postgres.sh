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
werkmap pg

postgres_processen() {
  local p
  for p in $(pgrep -x postgres); do
    [[ $(readlink "/proc/$p/cwd" 2>/dev/null) == "$(realpath "$data")" ]] && echo "$p"
  done
  return 0
}

# The fault: kill -9 of every PostgreSQL process of the directory; health must go DOWN and UP again (the app restarts
# PostgreSQL itself) while the writers keep writing, and they go on for SCHRIJFTIJD s after.
storing() {
  local processen gedood down terug
  processen=$(postgres_processen | paste -sd' ')
  kill -9 $processen
  gedood=$(nu_ms)
  down=$(wacht_op_status 503 10 || echo "niet gezien: ")
  wacht_op_status 200 120 >/dev/null
  terug=$(($(nu_ms) - gedood))
  sleep "$SCHRIJFTIJD"
  VOOR="kill -9 van $(wc -w <<<"$processen") PostgreSQL-processen; health DOWN na $down ms, weer UP na $terug ms"
}

# Nothing to restart; what clients saw meanwhile: the slowest answer that was not a 201.
herstel() {
  local traagst
  traagst=$(awk '$1 != 201 {print $2}' "$werk/tijden" | sort -n | tail -1)
  NA="traagste antwoord dat geen 201 was: ${traagst:-0} ms"
}

start_app_duurzaam
echo "eerste start: $(wacht_tot_gezond 600) ms; werkmap $werk"
uitslag=0
storingsrondes storing herstel || uitslag=$?
grep -o 'Ingebouwde PostgreSQL opnieuw gestart.*' "$log" | sed 's/^/  log: /' || true
exit $uitslag
