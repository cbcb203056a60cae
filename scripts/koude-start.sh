#!/usr/bin/env bash
# Cold start of the contract situation (docs/performance.md, "Koude start"): N times
# `java -jar app/target/maatwerk.jar --server.port=<free port>` with a fresh temporary database,
# timed until GET /actuator/health says UP. Prints each time, the load, and the median.
#
#   scripts/koude-start.sh [N]          build once (package, no tests), then N runs (default 3)
#   BOUW=nee scripts/koude-start.sh 5   measure the jar that is already there
#   JAVA_OPTS=-Dmaatwerk.aot=uit ...    JVM options (here: without the AOT cache)
#   PAUZE=20 ...                        seconds of rest before each run, so runs do not load each other
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAR=${JAR:-app/target/maatwerk.jar}
if [[ "${BOUW:-ja}" != nee ]]; then
  ./mvnw -B -q -DskipTests package
fi

vrije_poort() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

tijden=()
for ((i = 1; i <= N; i++)); do
  sleep "${PAUZE:-0}"
  poort=$(vrije_poort)
  log=$(mktemp /tmp/koude-start.XXXXXX.log)
  belasting=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s%N)
  # env -u: the contract situation has neither DATABASE_URL nor a kept data directory.
  env -u DATABASE_URL -u MAATWERK_DATA_DIR "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --server.port="$poort" >"$log" 2>&1 &
  pid=$!
  klaar=""
  while kill -0 "$pid" 2>/dev/null; do
    if curl -fs "http://127.0.0.1:$poort/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      klaar=$(date +%s%N)
      break
    fi
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ -z "$klaar" ]]; then
    echo "run $i: de app stopte voordat health UP was; log: $log" >&2
    exit 1
  fi
  ms=$(((klaar - start) / 1000000))
  tijden+=("$ms")
  spring=$(grep -o 'Started MaatwerkApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1 || true)
  printf 'run %d: %d ms tot UP (Spring gestart na %s s, belasting %s) log: %s\n' "$i" "$ms" "${spring:-?}" "$belasting" "$log"
done
mediaan=$(printf '%s\n' "${tijden[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}')
echo "mediaan: $mediaan ms over $N runs"
