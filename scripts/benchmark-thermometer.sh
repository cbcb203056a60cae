#!/usr/bin/env bash
# Benchmark of the Thermometer results (docs/performance.md): 50,000 answers in the embedded
# PostgreSQL, then SQL aggregation, Java analysis and the whole results page, 100 times each.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -pl app -am -Dtest=ThermometerBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 | grep '^Benchmark:'
