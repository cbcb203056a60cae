#!/usr/bin/env bash
# The population what-if end to end (docs/performance.md): Spark local[2] and local[1] against a plain
# single-JVM loop, each in a 4 GB heap, with the load of the machine before every run. CPU time (user + sys) is
# the number to compare on a shared machine; the Spark runs also print wall, CPU and classes per phase.
# Usage: scripts/benchmark-simulatie.sh [HUISHOUDENS] [VARIANTEN]   (default 8000000 10)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-8000000}
K=${2:-10}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
# A thin jar: it finds Spark and the rest in simulatie/target/lib/ through its manifest.
JAR=simulatie/target/maatwerk-simulatie.jar
[ -f "$JAR" ] && [ -d simulatie/target/lib ] || ./mvnw -B -q -pl regels,simulatie package -DskipTests
UIT=$(mktemp -d)
trap 'rm -rf "$UIT"' EXIT
meet() {
  local naam=$1; shift
  echo "== $naam  (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -f "   %e s wall, %U s user, %S s sys, max RSS %M kB" "$@"
}
meet "spark local[2]" "$JAVA" -Xmx4g -Dmaatwerk.fasen=true -jar "$JAR" --huishoudens "$N" --seed 1 --varianten "$K" --uit "$UIT/l2" --master 'local[2]'
meet "spark local[1]" "$JAVA" -Xmx4g -Dmaatwerk.fasen=true -jar "$JAR" --huishoudens "$N" --seed 1 --varianten "$K" --uit "$UIT/l1" --master 'local[1]'
meet "lus, 1 thread" "$JAVA" -Xmx4g -cp "$JAR" nl.maatwerk.simulatie.Lus "$N" 1 "$K" "$UIT/lus"
cmp "$UIT/l2/basis.csv" "$UIT/l1/basis.csv" && echo "basis.csv van local[2] en local[1] gelijk"
cmp "$UIT/l2/basis.csv" "$UIT/lus/basis.csv" && echo "basis.csv van local[2] en de lus gelijk"
