#!/usr/bin/env bash
# Public survey submissions under load: two application nodes on one PostgreSQL database (a fresh database made
# for the run and dropped after it), the demo province seeded by the first node. SurveyLoadClient runs CLIENTS
# virtual respondents (100) for DURATION seconds (40), each with its own session, sending answers to the demo's open
# survey on either node; half-way through, node 2 is killed with kill -9 and the clients retry their unanswered
# submission on node 1 with the same submission key. Then pgbench measures PostgreSQL's own single-row INSERT
# rate on the same database with the nodes' 40 pooled connections (PGBENCH_CLIENTS), and the acknowledged keys are checked
# against the table: every one stored exactly once (exit code 1 otherwise).
# Prints submissions per second next to the INSERT rate (goal >= 50 %) and p50/p95/p99 (goal p99 <= 100 ms).
# Needs PostgreSQL at PGHOST (127.0.0.1):PGPORT (5432) as PGUSER (postgres) with trust auth, and pgbench/psql.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/postgres-nodes.sh

OUT=target/survey-load
mkdir -p "$OUT"

bench_classpath
fresh_database scp_bench_survey
start_two_nodes 18181 18182 "$OUT" --scp.public-forms.survey-form.max-attempts=100000000
KEY=$(sql_count "select public_key from par_survey where province_code = 'TH-65' and state = 'OPEN' limit 1")
BEFORE=$(sql_count "select count(*) from par_survey_response")

run_killing_node2 "$OUT/client.txt" java -cp "$CP" org.smartcityplanner.bench.SurveyLoadClient \
  "http://127.0.0.1:18181,http://127.0.0.1:18182" "$KEY" "$CLIENTS" "$SECONDS_RUN" "$OUT/acked.txt"

# every acknowledged key stored exactly once (the unique key forbids twice; lost ones would be missing)
psql -q -d "$DB" -c "create table bench_acked (submission_key varchar(64))"
psql -q -d "$DB" -c "\copy bench_acked from '$OUT/acked.txt'"
ACKED=$(sql_count "select count(*) from bench_acked")
FOUND=$(sql_count "select count(*) from bench_acked a join par_survey_response r on r.submission_key = a.submission_key")
DUPL=$(sql_count "select count(*) from (select submission_key from par_survey_response group by survey_id, submission_key having count(*) > 1) d")
STORED=$(sql_count "select count(*) - $BEFORE from par_survey_response")

report_insert_share "$OUT/client.txt" "survey submissions"
echo "acknowledged $ACKED, found $FOUND, duplicated $DUPL, stored in all $STORED (stored without acknowledgement: $((STORED - FOUND)))"
if [ "$ACKED" != "$FOUND" ] || [ "$DUPL" != "0" ]; then
  echo "FAILED: an acknowledged submission is missing or stored twice" >&2
  exit 1
fi
echo "every acknowledged submission stored exactly once, also across the kill -9"
