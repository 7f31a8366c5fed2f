#!/usr/bin/env bash
# Start-up benchmark: builds the jar once, starts it three times (first on an empty database, so migrations
# and demo seeding are included, then twice on the same data) and prints the seconds until /actuator/health
# answers UP and the process's resident memory then. Targets on a 2-core machine: <= 10 s and <= 512 MB.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18080}"
RUNS="${RUNS:-3}"
./mvnw -q -B -DskipTests package
JAR=$(ls target/smart-city-planner-*.jar | grep -v plain | head -n1)
DATA_DIR=$(mktemp -d)
trap 'rm -rf "$DATA_DIR"' EXIT

printf '%-5s %-12s %-10s %s\n' run database seconds rss_mb
for run in $(seq 1 "$RUNS"); do
  state=$([ "$run" -eq 1 ] && echo empty || echo existing)
  start=$(date +%s.%N)
  java -jar "$JAR" --server.port="$PORT" --scp.data-dir="$DATA_DIR" > "$DATA_DIR/run-$run.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "app exited; see log:"; tail -50 "$DATA_DIR/run-$run.log"; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  printf '%-5s %-12s %-10.2f %d\n' "$run" "$state" "$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')" "$((rss_kb / 1024))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
