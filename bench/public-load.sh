#!/usr/bin/env bash
# Citizens' ideas and supports under load: two application nodes on one fresh PostgreSQL database (dropped after
# the run), the demo province TH-65 seeded by the first node, its ideas phase opened for the ideas tool and a pool of
# POOL (2,000) published ideas bulk-loaded to be supported. PublicLoadClient runs CLIENTS citizens (100) for DURATION
# seconds (40), each with its own session, through the public forms on either node: propose an idea (stamp,
# honeypot, idempotency key), support 3 ideas of the pool, again and again. Half-way through, node 2 is killed with
# kill -9; the citizens resend their unanswered request unchanged (same idempotency key, same session) to node 1.
# Then every acknowledged idea is looked up by its key and every acknowledged support per idea (exactly once each,
# exit code 1 otherwise), the nodes are stopped and pgbench measures PostgreSQL's own single-row INSERT rate on the
# same database with the nodes' 40 pooled connections (PGBENCH_CLIENTS).
# Prints submissions per second next to the INSERT rate (goal >= 50 %) and p50/p95/p99 (goal p99 <= 100 ms).
# Other processes on the machine (builds) make the numbers noisy: the load average is printed before and after.
# Needs PostgreSQL at PGHOST (127.0.0.1):PGPORT (5432) as PGUSER (postgres) with trust auth, and pgbench/psql.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/postgres-nodes.sh

POOL=${POOL:-2000}
PROVINCE=TH-65
OUT=target/public-load
mkdir -p "$OUT"

bench_classpath
fresh_database scp_bench_public
# every citizen comes from 127.0.0.1: the per-address limits of the public forms would stop the benchmark
start_two_nodes 18191 18192 "$OUT" --scp.public-forms.idea-form.max-attempts=100000000 \
  --scp.public-forms.idea-support.max-attempts=100000000
psql -q -v province="$PROVINCE" -v ideas="$POOL" -v supports=0 -f bench/sql/ideas-bulk.sql -d "$DB"
sql_count "select id from par_idea where province_code = '$PROVINCE' and status = 'PUBLISHED'
  and idempotency_key like 'bulk-%' order by id" > "$OUT/pool.txt"
IDEAS_BEFORE=$(sql_count "select count(*) from par_idea")

run_killing_node2 "$OUT/client.txt" java -cp "$CP" org.smartcityplanner.bench.PublicLoadClient \
  "http://127.0.0.1:18191,http://127.0.0.1:18192" "$PROVINCE" "$CLIENTS" "$SECONDS_RUN" "$OUT/pool.txt" "$OUT"

# ideas: every acknowledged idempotency key stored exactly once (the unique key forbids twice)
psql -q -d "$DB" -c "create table bench_ideas_acked (k varchar(64))" \
  -c "create table bench_supports_acked (client integer, idea_id bigint)" \
  -c "create table bench_supports_tried (client integer, idea_id bigint)"
psql -q -d "$DB" -c "\copy bench_ideas_acked from '$OUT/ideas-acked.txt'" \
  -c "\copy bench_supports_acked from '$OUT/supports-acked.txt' with (format csv)" \
  -c "\copy bench_supports_tried from '$OUT/supports-tried.txt' with (format csv)"
IDEAS_ACKED=$(sql_count "select count(*) from bench_ideas_acked")
IDEAS_FOUND=$(sql_count "select count(*) from bench_ideas_acked a join par_idea i on i.province_code = '$PROVINCE' and i.idempotency_key = a.k")
IDEAS_DUPL=$(sql_count "select count(*) from (select 1 from par_idea group by province_code, idempotency_key having count(*) > 1) d")
IDEAS_STORED=$(sql_count "select count(*) - $IDEAS_BEFORE from par_idea")
# supports: every citizen (one session, one participant) supports an idea at most once, so per idea the rows must
# number at least the citizens acknowledged (else one was lost) and at most the citizens who tried (else a retry
# on the other node counted the same citizen twice)
read -r SUP_ACKED SUP_LOST SUP_DUPL SUP_STORED <<<"$(sql_count "
  with acked as (select idea_id, count(distinct client) n from bench_supports_acked group by idea_id),
       tried as (select idea_id, count(distinct client) n from bench_supports_tried group by idea_id),
       stored as (select idea_id, count(*) n from par_idea_support where participant_key not like 'bulk-%' group by idea_id)
  select coalesce(sum(a.n), 0), coalesce(sum(greatest(coalesce(a.n, 0) - coalesce(s.n, 0), 0)), 0),
         coalesce(sum(greatest(coalesce(s.n, 0) - coalesce(t.n, 0), 0)), 0), coalesce(sum(s.n), 0)
  from tried t full join acked a on a.idea_id = t.idea_id full join stored s on s.idea_id = coalesce(t.idea_id, a.idea_id)" | tr '|' ' ')"

report_insert_share "$OUT/client.txt" "ideas and supports"
echo "ideas: acknowledged $IDEAS_ACKED, found $IDEAS_FOUND, duplicated $IDEAS_DUPL, stored in all $IDEAS_STORED (stored without acknowledgement: $((IDEAS_STORED - IDEAS_FOUND)))"
echo "supports: acknowledged $SUP_ACKED, lost $SUP_LOST, duplicated $SUP_DUPL, stored in all $SUP_STORED"
if [ "$IDEAS_ACKED" != "$IDEAS_FOUND" ] || [ "$IDEAS_DUPL" != "0" ] || [ "$SUP_LOST" != "0" ] || [ "$SUP_DUPL" != "0" ]; then
  echo "FAILED: an acknowledged idea or support is missing or stored twice" >&2
  exit 1
fi
echo "every acknowledged idea and support stored exactly once, also across the kill -9"
