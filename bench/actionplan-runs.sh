#!/usr/bin/env bash
# Optimiser pages benchmark: starts the app in-process (in-memory H2, demo data), signs in the demo coordinator,
# then measures a trivial page, starting optimiser runs (8 queued one after the other), the time the first run
# takes in the background and its result page. Prints p50/p95 and ratios to the trivial page. Target: starting a
# run answers at once (p95 < 500 ms) whatever the solver's time limit. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx1g} ${BENCH_OPTS:-} \
  -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.bench.ActionPlanRunsBenchmark
