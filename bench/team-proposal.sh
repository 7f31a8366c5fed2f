#!/usr/bin/env bash
# Team proposal benchmark (issue 18): 30 simultaneous engagements staffed one after the other from a pool of 60,
# CP-SAT next to the greedy fallback on the same instances: time to a proposal (wall and CPU) and the load spread
# (max - min engagements per consultant). Arguments: engagements (30), pool (60), seeds (3).
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx512m} ${BENCH_OPTS:-} \
  -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.bench.TeamProposalBenchmark "$@"
