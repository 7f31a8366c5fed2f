#!/usr/bin/env bash
# Optimiser benchmark (issue 16): per size and seed, with and without share minimums, the application's status,
# time and gap at its 10 s limit next to GLPK (glpsol, Debian glpk-utils) on the same instance in the same run.
# Goals: <= 300 candidates proven optimal in <= 2 s; 2,000 candidates within 0.5 % in 10 s.
# Arguments: sizes (50,100,300,1000,2000), seeds (3), seconds (10), GLPK seconds (10), variants (plain,shares).
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx1g} ${BENCH_OPTS:-} \
  -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.bench.OptimiserBenchmark "$@"
