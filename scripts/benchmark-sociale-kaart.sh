#!/usr/bin/env bash
# Benchmark of the sociale kaart (docs/performance.md): matching the top three for a family with eight
# needs and the public search, both against 10,000 demo services in memory, 1,000 times each after warming up.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -pl app -am -Dtest=SocialeKaartBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 | grep '^Benchmark:'
