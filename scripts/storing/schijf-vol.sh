#!/usr/bin/env bash
# A full disk under the embedded database (docs/betrouwbaarheid.md, "Storingen"). Needs root: the data directory is
# on a tmpfs of its own (GROOTTE, default 512 MB), which a ballast file then fills to the last block while writers
# run (journal of acknowledged writes). It records what clients see while the disk is full (503, never 500),
# what the log says, and, once the ballast goes ("space returns"), how long until writes succeed again without
# restarting anything; then it checks the journal.
#
#   sudo scripts/storing/schijf-vol.sh          30 s full, 4 writers
#   VOL=60 GROOTTE=1g ...
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/storing/gemeen.sh
[[ $(id -u) == 0 ]] || { echo "schijf-vol.sh koppelt een eigen tmpfs en moet daarom als root draaien." >&2; exit 2; }
VOL=${VOL:-30}
GROOTTE=${GROOTTE:-512m}
SCHRIJFTIJD=${SCHRIJFTIJD:-10}
werk=$(mktemp -d /tmp/storing-schijf.XXXXXX)
schijf=$werk/schijf
mkdir -p "$schijf"
mount -t tmpfs -o size="$GROOTTE" tmpfs "$schijf"
data=$schijf/data
log=$werk/app.log
opruimen() {
  touch "$werk/stop"
  rm -f "$schijf/ballast"
  kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  umount -l "$schijf" || true
}
trap opruimen EXIT

start_app "$log" -u DATABASE_URL MAATWERK_DATA_DIR="$data" MAATWERK_DEMO=true
echo "eerste start op een tmpfs van $GROOTTE: $(wacht_tot_gezond 600) ms; werkmap $werk"
start_schrijvers "$werk"
sleep "$SCHRIJFTIJD"
dd if=/dev/zero of="$schijf/ballast" bs=1M status=none 2>/dev/null || true
echo "ballast: $(du -m "$schijf/ballast" | cut -f1) MB, vrij: $(df --output=avail -B1 "$schijf" | tail -1) bytes"
vol=$(nu_ms)
cp "$werk/statussen" "$werk/statussen.voor"
sleep "$VOL"
tijdens=$(tail -n +$(($(wc -l <"$werk/statussen.voor") + 1)) "$werk/statussen" | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')
gezondheid=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASIS/actuator/health" || true)
wc -l <"$werk/journaal" >"$werk/voor"
rm -f "$schijf/ballast"
ruimte=$(nu_ms)
eerste=""
while [[ -z $eerste ]] && (($(nu_ms) - ruimte < 120000)); do
  if (($(wc -l <"$werk/journaal") > $(cat "$werk/voor"))); then eerste=$(($(nu_ms) - ruimte)); fi
  sleep 0.05
done
up=$(wacht_op_status 200 120 || echo "niet: ")
sleep "$SCHRIJFTIJD"
stop_schrijvers "$werk"
uitkomst=$(controleer_journaal "$werk" psql_app "$data") && verloren=0 || verloren=$(wc -l <"$werk/verloren")
echo "schijf $VOL s vol: statussen in die tijd: $tijdens; health tijdens: $gezondheid"
echo "ruimte terug: eerste bevestigde schrijfactie na ${eerste:-?} ms, health UP na $up ms"
echo "log: $(grep -c 'No space left on device' "$log" || true) regels van PostgreSQL met 'No space left on device'; de regels van de app:"
grep -o 'De schijf van de datamap.*\|PostgreSQL opnieuw starten lukt nog niet.*\|Ingebouwde PostgreSQL opnieuw gestart.*\|onverwacht gestopt.*\|Database onbereikbaar.*\|Database weer bereikbaar.*\|503 in de API, database [a-z]*' "$log" \
  | cut -c1-160 | sort | uniq -c | sed 's/^/  /' || true
echo "$uitkomst; statussen van de schrijvers: $(telling "$werk") (log: $log)"
((verloren == 0))
