#!/usr/bin/env bash
# The simulatie jar on a real Spark cluster (standalone mode: a master, a worker and executors in JVMs
# of their own), on this machine, against the same run in local mode: basis.csv must be equal byte for
# byte and samenvatting.json must hold the same numbers (docs/simulatie.md, "Op een cluster").
# Spark's own master and worker come from simulatie/target/lib; nothing is installed.
# Usage: scripts/spark-cluster-proef.sh [HUISHOUDENS] [VARIANTEN]   (default 200000 3)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200000}
K=${2:-3}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
JAR=$(pwd)/simulatie/target/maatwerk-simulatie.jar
LIB=$(pwd)/simulatie/target/lib
[ -f "$JAR" ] && [ -d "$LIB" ] || ./mvnw -B -q -pl regels,simulatie package -DskipTests
WERK=$(mktemp -d)
# The worker starts executors with the class path of a Spark installation: $SPARK_HOME/jars.
export SPARK_HOME="$WERK/spark"
# Without a RELEASE file or a build tree the launcher cannot tell the Scala version of the jars.
export SPARK_SCALA_VERSION=2.13
mkdir -p "$SPARK_HOME/conf" "$WERK/worker"
ln -s "$LIB" "$SPARK_HOME/jars"
MASTER_POORT=${MASTER_POORT:-17077}
MASTER="spark://127.0.0.1:$MASTER_POORT"
# Spark on Java 17+ needs these packages open, in every JVM of the cluster.
OPENS=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)
stop() {
  for p in ${WORKER_PID:-} ${MASTER_PID:-}; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WERK"
}
trap stop EXIT
echo "== master en worker starten ($MASTER; load: $(cut -d' ' -f1-3 /proc/loadavg))"
"$JAVA" -Xmx512m "${OPENS[@]}" -cp "$LIB/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$MASTER_POORT" --webui-port 0 > "$WERK/master.log" 2>&1 &
MASTER_PID=$!
for _ in $(seq 60); do grep -q "I have been elected leader" "$WERK/master.log" && break; sleep 1; done
grep -q "I have been elected leader" "$WERK/master.log" || { cat "$WERK/master.log"; exit 1; }
"$JAVA" -Xmx512m "${OPENS[@]}" -cp "$LIB/*" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --cores 2 --memory 3g --work-dir "$WERK/worker" --webui-port 0 "$MASTER" > "$WERK/worker.log" 2>&1 &
WORKER_PID=$!
for _ in $(seq 60); do grep -q "Successfully registered with master" "$WERK/worker.log" && break; sleep 1; done
grep -q "Successfully registered with master" "$WERK/worker.log" || { cat "$WERK/worker.log"; exit 1; }

echo "== spark-submit naar het cluster: $N huishoudens × $K varianten"
/usr/bin/time -f "   %e s wall" "$JAVA" -Xmx2g "${OPENS[@]}" -cp "$LIB/*" org.apache.spark.deploy.SparkSubmit \
  --master "$MASTER" --deploy-mode client --executor-memory 2g --total-executor-cores 2 \
  --conf "spark.executor.extraJavaOptions=${OPENS[*]}" \
  --class nl.maatwerk.simulatie.Simulatie "$JAR" \
  --huishoudens "$N" --seed 1 --varianten "$K" --uit "$WERK/cluster" > "$WERK/submit.log" 2>&1 \
  || { grep -m20 "ERROR\|Exception\|mislukt" "$WERK/submit.log"; tail -20 "$WERK/worker.log"; exit 1; }
grep "huishoudens × .* varianten in" "$WERK/submit.log" || true
# The executors were JVMs of the worker, not threads of the driver: their stderr is in the work dir.
EXECUTORS=$(find "$WERK/worker" -name stderr | wc -l)
echo "   executors gestart door de worker: $EXECUTORS"
[ "$EXECUTORS" -ge 1 ]

echo "== dezelfde run lokaal (local[2])"
"$JAVA" -Xmx2g -jar "$JAR" --huishoudens "$N" --seed 1 --varianten "$K" --uit "$WERK/lokaal" --master 'local[2]' 2>&1 | tail -1
cmp "$WERK/cluster/basis.csv" "$WERK/lokaal/basis.csv"
echo "basis.csv van het cluster en van local[2] gelijk ($(($(wc -l < "$WERK/lokaal/basis.csv") - 1)) huishoudens)"
# The summary names the master it ran on; apart from that and the timings, every number must agree.
filter() { grep -v '"master"\|"seconden"\|"duur' "$1"; }
diff <(filter "$WERK/cluster/samenvatting.json") <(filter "$WERK/lokaal/samenvatting.json")
echo "samenvatting.json van het cluster en van local[2] gelijk"
