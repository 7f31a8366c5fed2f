#!/usr/bin/env bash
# Master-plan pages benchmark: starts the app in-process (in-memory H2, demo data), imports a plan of
# 7 dimensions x 5 goals x 4 strategies x 5 projects (700 projects) and 1,500 KPIs into TH-65, then measures
# p50/p95/p99 of the plan tree, the alignment matrix and the readiness check under 20 concurrent signed-in
# users, each next to a trivial page (/reference) measured in the same run. Target: p95 <= 150 ms.
# Traffic goes to 127.0.0.1 only. Warm-up is capped at 6 s and each measured page at 20 s: a run takes one to
# two minutes, at most about two and a half, compilation included (JAVA_OPTS defaults to -Xmx1g).
# Options as system properties in BENCH_OPTS, e.g. BENCH_OPTS="-Dbench.users=10 -Dbench.requests=50".
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx1g} ${BENCH_OPTS:-} \
  -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.bench.PlanPagesBenchmark
