#!/usr/bin/env bash
# JMH benchmark of the rules library (docs/performance.md). Takes about two minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl regels test-compile dependency:build-classpath -Dmdep.outputFile=target/regels-classpath.txt -Dmdep.includeScope=test
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
"$JAVA" -cp "regels/target/test-classes:regels/target/classes:$(cat regels/target/regels-classpath.txt)" \
  org.openjdk.jmh.Main BestaanszekerheidBenchmark "$@"
