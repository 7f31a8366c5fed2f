#!/usr/bin/env bash
# Public idea pages with 10,000 ideas and 50,000 supports: one application node on a fresh PostgreSQL database
# (dropped after the run) seeds the demo province TH-65; IDEAS ideas and SUPPORTS supports (bench/sql/ideas-bulk.sql)
# are bulk-loaded into it, then IdeaPagesBenchmark lets 20 citizens without an account (each with a session of its
# own) read the portal, the idea list (first page, a deep page, filtered by dimension, area and status) and the page
# of the most supported idea, and prints p50/p95/p99 per page next to a trivial page (/actuator/health) measured in
# the same run (goal: p95 <= 100 ms). Other processes on the machine (builds) make the numbers noisy: the load
# average is printed. Client options as system properties in BENCH_OPTS, e.g. BENCH_OPTS="-Dbench.users=10".
# Needs PostgreSQL at PGHOST (127.0.0.1):PGPORT (5432) as PGUSER (postgres) with trust auth, and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/postgres-nodes.sh

IDEAS=${IDEAS:-10000}
SUPPORTS=${SUPPORTS:-50000}
PROVINCE=TH-65
OUT=target/idea-pages
mkdir -p "$OUT"

bench_classpath
fresh_database scp_bench_idea_pages
start_node 18195 "$OUT/node.log" ${NODE_OPTS:-}; wait_up 18195
START=$(date +%s)
psql -q -v province="$PROVINCE" -v ideas="$IDEAS" -v supports="$SUPPORTS" -f bench/sql/ideas-bulk.sql -d "$DB"
echo "loaded $(sql_count "select count(*) from par_idea where province_code = '$PROVINCE'") ideas and" \
  "$(sql_count "select count(*) from par_idea_support s join par_idea i on i.id = s.idea_id where i.province_code = '$PROVINCE'")" \
  "supports into $PROVINCE in $(( $(date +%s) - START )) s"
AREA=$(sql_count "select area_id from par_idea where province_code = '$PROVINCE' and area_id is not null
  group by area_id order by count(*) desc limit 1")
TOP=$(sql_count "select s.idea_id from par_idea_support s join par_idea i on i.id = s.idea_id
  where i.province_code = '$PROVINCE' and i.status = 'PUBLISHED' group by s.idea_id order by count(*) desc limit 1")

print_machine
java ${CLIENT_JAVA_OPTS:--Xmx256m} ${BENCH_OPTS:-} -cp "$CP" org.smartcityplanner.bench.IdeaPagesBenchmark \
  "http://127.0.0.1:18195" "$PROVINCE" "$AREA" "$TOP" "${NODE_PIDS[0]}" | tee "$OUT/client.txt"
