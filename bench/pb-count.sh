#!/usr/bin/env bash
# Participatory-budgeting counting benchmark (issue 15): a seeded 50,000-voter, 200-project knapsack election counted
# by the Method of Equal Shares with completion, next to greedy counting in the same run; wall and CPU time per round
# and their ratio. Goal: Equal Shares with completion <= 2 s on 2 cores. The machine is shared: wall times are noisy.
# Arguments: voters (50000), projects (200), seed (15), rounds (3).
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx1g} ${BENCH_OPTS:-} \
  -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.bench.PbCountBenchmark "$@"
