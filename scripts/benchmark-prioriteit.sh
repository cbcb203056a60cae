#!/usr/bin/env bash
# Recomputes the need-ordered queue for 100,000 open items (points, explanation, sort), in memory,
# with the scoring code of the app. A measured harness, not a timed test: see docs/performance.md.
# Usage: scripts/benchmark-prioriteit.sh [items] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -pl app -am test-compile -DskipTests 2>/dev/null || ./mvnw -B -q -pl app -am test-compile -DskipTests
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -x "$JAVA" ] || JAVA=java
# The scoring package needs nothing but the JDK, so the compiled classes are the whole class path.
exec "$JAVA" -Xms1g -Xmx1g -cp app/target/classes:app/target/test-classes nl.maatwerk.prioriteit.WachtrijBenchmark "${1:-100000}" "${2:-20}"
