#!/usr/bin/env bash
# An outage of an external PostgreSQL (DATABASE_URL) under a write load (docs/betrouwbaarheid.md, "Storingen").
# The script starts a PostgreSQL of its own from the embedded binaries (unpacked in /tmp/embedded-pg by any earlier
# start of the app) or from PGBIN, points the app at it, and while writers run (journal of acknowledged writes):
# stops it (fast shutdown) for UITVAL seconds and starts it again. It measures how long API calls take during the
# outage, when health turns DOWN and UP again, and when the first write succeeds after the restart; then it checks
# the journal against the database.
#
#   scripts/storing/externe-uitval.sh           20 s outage, 4 writers, 10 s writing before and after
#   UITVAL=60 PGBIN=/usr/lib/postgresql/17/bin scripts/storing/externe-uitval.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/storing/gemeen.sh
UITVAL=${UITVAL:-20}
SCHRIJFTIJD=${SCHRIJFTIJD:-10}
PGBIN=${PGBIN:-$(ls -d /tmp/embedded-pg/PG-*/bin 2>/dev/null | head -1)}
[[ -x $PGBIN/postgres ]] || { echo "Geen PostgreSQL in PGBIN ($PGBIN); start de app eens zonder DATABASE_URL of zet PGBIN." >&2; exit 2; }
# PostgreSQL refuses to run as root; as root it runs in a user namespace of its own, as the app does.
ALS=()
[[ $(id -u) == 0 ]] && ALS=(unshare -U)
werk=$(mktemp -d /tmp/storing-extern.XXXXXX)
pgdata=$werk/pg
pgpoort=$(vrije_poort)
wachtwoord=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
log=$werk/app.log
pg_ctl() { "${ALS[@]}" "$PGBIN/pg_ctl" -D "$pgdata" "$@"; }
opruimen() {
  touch "$werk/stop"
  kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  pg_ctl stop -m fast >/dev/null 2>&1 || true
}
trap opruimen EXIT

echo "$wachtwoord" >"$werk/pw"
"${ALS[@]}" "$PGBIN/initdb" -D "$pgdata" -U postgres -A scram-sha-256 --pwfile="$werk/pw" -E UTF8 >"$werk/initdb.log"
start_pg() { pg_ctl -l "$werk/pg.log" -o "-p $pgpoort -c listen_addresses=127.0.0.1" -w start >/dev/null; }
start_pg
psql_extern() { PGPASSWORD=$wachtwoord "$PSQL" -h 127.0.0.1 -p "$pgpoort" -U postgres -d postgres -Atq -c "$1"; }

start_app "$log" -u MAATWERK_DATA_DIR DATABASE_URL="jdbc:postgresql://127.0.0.1:$pgpoort/postgres" DATABASE_USER=postgres \
  DATABASE_PASSWORD="$wachtwoord" MAATWERK_DEMO=true
echo "eerste start tegen de externe PostgreSQL op poort $pgpoort: $(wacht_tot_gezond 600) ms; werkmap $werk"
start_schrijvers "$werk"
sleep "$SCHRIJFTIJD"

pg_ctl stop -m fast >/dev/null
gestopt=$(nu_ms)
down=$(wacht_op_status 503 30 || echo "niet gezien: ")
# What a client sees during the outage: a read with Basic authentication, a few times.
metingen=()
for i in 1 2 3 4 5; do
  metingen+=("$(curl -s -o /dev/null -w '%{http_code}/%{time_total}s' --max-time 30 -u consulent:demo "$BASIS/api/v1/huishoudens")")
  sleep 1
done
pagina=$(curl -s --max-time 30 -H 'Accept: text/html' "$BASIS/" -w '\n%{http_code}' | tail -1)
rest=$((UITVAL * 1000 - ($(nu_ms) - gestopt)))
((rest > 0)) && sleep "$(awk "BEGIN {print $rest / 1000}")"
start_pg
gestart=$(nu_ms)
wc -l <"$werk/journaal" >"$werk/voor" 2>/dev/null || echo 0 >"$werk/voor"
up=$(wacht_op_status 200 120)
eerste=""
while [[ -z $eerste ]] && (($(nu_ms) - gestart < 60000)); do
  if (($(wc -l <"$werk/journaal") > $(cat "$werk/voor"))); then eerste=$(($(nu_ms) - gestart)); fi
  sleep 0.05
done
sleep "$SCHRIJFTIJD"
stop_schrijvers "$werk"
uitkomst=$(controleer_journaal "$werk" psql_extern) && verloren=0 || verloren=$(wc -l <"$werk/verloren")
traagst=$(awk '$1 != 201 {print $2}' "$werk/tijden" | sort -n | tail -1)
echo "uitval van $UITVAL s: health DOWN na $down ms; API tijdens de uitval (status/tijd): ${metingen[*]}; pagina /: $pagina"
echo "na de start van PostgreSQL: health UP na $up ms, eerste bevestigde schrijfactie na ${eerste:-?} ms"
echo "$uitkomst; statussen van de schrijvers: $(telling "$werk"); traagste antwoord dat geen 201 was: ${traagst:-0} ms (log: $log)"
((verloren == 0))
