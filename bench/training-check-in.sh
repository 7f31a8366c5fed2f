#!/usr/bin/env bash
# QR check-in benchmark: two application nodes in one JVM on one shared in-memory H2 database, two cohorts of
# 60 trainees each with an open session; all 120 trainees check in at random moments within 30 seconds, on either
# node, some scanning twice or double-tapping. Prints p50/p95/p99 of the check-in POST next to a trivial public
# page measured in the same run, and the attendance rows: none may be lost or duplicated (exit code 1 otherwise).
# Traffic goes to 127.0.0.1 only; a run takes about a minute plus compilation (JAVA_OPTS defaults to -Xmx1g).
# Options as system properties in BENCH_OPTS, e.g. BENCH_OPTS="-Dbench.trainees=100 -Dbench.seconds=20".
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/classpath.sh
exec java ${JAVA_OPTS:--Xmx1g} ${BENCH_OPTS:-} \
  -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.smartcityplanner.bench.CheckInBenchmark
