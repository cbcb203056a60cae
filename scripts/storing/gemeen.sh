# Shared by the fault scripts in scripts/storing (docs/betrouwbaarheid.md, "Storingen"). Sourced, not run.
#
# The app runs as the packaged jar in one JVM (-Dmaatwerk.aot=uit: kill -9 hits the JVM that runs Spring, not a
# launcher whose child would then stop cleanly), in demo mode with a small demo city, on a free port.
# The write load: writers that each create residents (POST /api/v1/inwoners, HTTP Basic as consulent) with a BSN of
# their own; every BSN the app acknowledged with 201 goes into a journal. After a fault, every BSN in the journal must
# be in the database: an acknowledged write that is gone is a lost write.

JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAR=${JAR:-app/target/maatwerk.jar}
SCHRIJVERS=${SCHRIJVERS:-4}
HUISHOUDENS=${HUISHOUDENS:-100}

vrije_poort() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

nu_ms() {
  echo $(($(date +%s%N) / 1000000))
}

# The psql of the machine (Debian's PostgreSQL 15 client talks to the embedded 17 fine); the zonky binaries have none.
PSQL=${PSQL:-$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | tail -1)}

# start_app LOG [extra environment assignments...]: starts the jar in the background; sets APP_PID and BASIS.
start_app() {
  local log=$1
  shift
  POORT=$(vrije_poort)
  BASIS="http://127.0.0.1:$POORT"
  env "$@" "$JAVA" -Dmaatwerk.aot=uit -jar "$JAR" --server.port="$POORT" \
    --maatwerk.demo-data.huishoudens="$HUISHOUDENS" >>"$log" 2>&1 &
  APP_PID=$!
}

# wacht_tot_gezond SECONDS: until /actuator/health says UP; prints the milliseconds it took. Fails when the app died.
wacht_tot_gezond() {
  local tot=$(($(nu_ms) + $1 * 1000)) begin
  begin=$(nu_ms)
  while (($(nu_ms) < tot)); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "de app is gestopt" >&2
      return 1
    fi
    if curl -fs --max-time 2 "$BASIS/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      echo $(($(nu_ms) - begin))
      return 0
    fi
    sleep 0.1
  done
  echo "niet gezond binnen $1 s" >&2
  return 1
}

# wacht_op_status CODE SECONDS: until /actuator/health answers with that HTTP status; prints the milliseconds it took.
wacht_op_status() {
  local tot=$(($(nu_ms) + $2 * 1000)) begin code
  begin=$(nu_ms)
  while (($(nu_ms) < tot)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASIS/actuator/health" 2>/dev/null || true)
    if [[ $code == "$1" ]]; then
      echo $(($(nu_ms) - begin))
      return 0
    fi
    sleep 0.05
  done
  echo "health gaf geen $1 binnen $2 s" >&2
  return 1
}

# A BSN for writer W, number N: 7, two digits for the writer, five for the number, and the check digit of the 11-proef.
# Empty when no check digit fits (one in eleven).
bsn_voor() {
  local acht
  acht=$(printf '7%02d%05d' "$1" "$2")
  local som=0 i
  for ((i = 0; i < 8; i++)); do
    som=$((som + (9 - i) * ${acht:i:1}))
  done
  local controle=$((som % 11))
  if ((controle < 10)); then
    echo "$acht$controle"
  fi
}

# schrijver W RUN_DIR: creates residents until RUN_DIR/stop exists. Appends each acknowledged BSN to RUN_DIR/journaal,
# each HTTP status to RUN_DIR/statussen, and "status milliseconds" to RUN_DIR/tijden.
schrijver() {
  # A writer keeps going whatever one request does; the caller's set -e would end it at the first hiccup.
  set +e
  local w=$1 dir=$2 n=${3:-0} bsn status begin
  while [[ ! -e $dir/stop ]]; do
    bsn=$(bsn_voor "$w" "$n")
    n=$((n + 1))
    [[ -z $bsn ]] && continue
    begin=$(nu_ms)
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 -u consulent:demo -H 'Content-Type: application/json' \
      -d "{\"burgerservicenummer\":\"$bsn\",\"naam\":{\"voornamen\":\"Storing\",\"geslachtsnaam\":\"Proef$w\"},\"geboortedatum\":\"1980-01-01\",\"verblijfplaats\":{\"straat\":\"Proefstraat\",\"huisnummer\":$((n % 999 + 1)),\"postcode\":\"2511 AB\",\"woonplaats\":\"Den Haag\"}}" \
      "$BASIS/api/v1/inwoners" 2>/dev/null || true)
    echo "$status $(($(nu_ms) - begin))" >>"$dir/tijden"
    echo "$status" >>"$dir/statussen"
    if [[ $status == 201 ]]; then
      echo "$bsn" >>"$dir/journaal"
    fi
    [[ $status == 000 ]] && sleep 0.2
  done
}

# start_schrijvers RUN_DIR [OFFSET]: SCHRIJVERS writers in the background; OFFSET keeps numbers of an earlier round apart.
start_schrijvers() {
  rm -f "$1/stop"
  SCHRIJVER_PIDS=()
  local w
  for ((w = 1; w <= SCHRIJVERS; w++)); do
    schrijver "$w" "$1" "${2:-0}" &
    SCHRIJVER_PIDS+=($!)
  done
}

stop_schrijvers() {
  touch "$1/stop"
  wait "${SCHRIJVER_PIDS[@]}" 2>/dev/null || true
}

# psql_app DATA_DIR SQL: runs SQL on the embedded database of DATA_DIR (port from postmaster.pid, password from its file).
psql_app() {
  local poort
  poort=$(sed -n 4p "$1/postmaster.pid")
  PGPASSWORD=$(cat "$1/maatwerk-wachtwoord") "$PSQL" -h 127.0.0.1 -p "$poort" -U postgres -d postgres -Atq -c "$2"
}

# controleer_journaal RUN_DIR SQL_RUNNER...: prints "acknowledged N, found M, lost K" and the lost BSNs; returns 1 when any is lost.
controleer_journaal() {
  local dir=$1
  shift
  sort -u "$dir/journaal" 2>/dev/null >"$dir/journaal.uniek" || true
  local bevestigd gevonden lijst
  bevestigd=$(wc -l <"$dir/journaal.uniek")
  if ((bevestigd == 0)); then
    echo "bevestigd 0: geen enkele schrijfactie kreeg 201"
    return 1
  fi
  lijst=$(sed "s/.*/'&'/" "$dir/journaal.uniek" | paste -sd,)
  "$@" "select bsn from inwoner.inwoner where bsn in ($lijst)" | sort -u >"$dir/gevonden"
  gevonden=$(wc -l <"$dir/gevonden")
  comm -23 "$dir/journaal.uniek" "$dir/gevonden" >"$dir/verloren"
  echo "bevestigd $bevestigd, teruggevonden $gevonden, verloren $(wc -l <"$dir/verloren")"
  [[ ! -s $dir/verloren ]]
}

# telling RUN_DIR: the HTTP statuses the writers got, counted ("201:812 503:14 000:3").
telling() {
  sort "$1/statussen" 2>/dev/null | uniq -c | awk '{printf "%s:%s ", $2, $1}'
  echo
}

# The postmaster of DATA_DIR, from its pid file.
postmaster_van() {
  head -1 "$1/postmaster.pid"
}

# werkmap NAME: a fresh work directory in $werk (with $data for a kept database and $log for the app's log) and a trap
# that stops the writers and the app when the script ends, however it ends.
werkmap() {
  werk=$(mktemp -d "/tmp/storing-$1.XXXXXX")
  data=$werk/data
  log=$werk/app.log
  trap stop_alles EXIT
}

stop_alles() {
  touch "$werk/stop"
  [[ -n ${APP_PID:-} ]] && kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}

# start_app_duurzaam: the app on the kept data directory $data (durable mode), in demo mode.
start_app_duurzaam() {
  start_app "$log" -u DATABASE_URL MAATWERK_DATA_DIR="$data" MAATWERK_DEMO=true
}

# storingsrondes STORING HERSTEL: the frame of the kill scripts. RONDES rounds of: SCHRIJVERS writers for SCHRIJFTIJD s,
# then the function STORING while they write, then the writers stop, then the function HERSTEL, and then every
# acknowledged write of every round so far is looked up in the database of $data. STORING and HERSTEL tell what they saw
# in VOOR (before the journal's result) and NA (after it). One line per round and a summary; returns 1 when any
# acknowledged write was lost.
storingsrondes() {
  local r uitkomst verloren=0
  for ((r = 1; r <= RONDES; r++)); do
    VOOR='' NA=''
    start_schrijvers "$werk" $(((r - 1) * 20000))
    sleep "$SCHRIJFTIJD"
    "$1"
    stop_schrijvers "$werk"
    "$2"
    uitkomst=$(controleer_journaal "$werk" psql_app "$data") || verloren=$((verloren + $(wc -l <"$werk/verloren")))
    echo "ronde $r: $VOOR; $uitkomst; statussen tot nu: $(telling "$werk")${NA:+; $NA}"
  done
  echo "klaar: $RONDES rondes, $(wc -l <"$werk/journaal.uniek") bevestigde schrijfacties, verloren: $verloren (log: $log)"
  ((verloren == 0))
}
