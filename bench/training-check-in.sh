#!/usr/bin/env bash
# QR check-in on two application PROCESSES on one fresh PostgreSQL database (bench/lib/postgres-nodes.sh: made for
# the run and dropped after it; node 1 seeds the demo province, node 2 starts on the seeded database).
# CheckInNodesClient prepares, through the application's pages, two cohorts of 60 trainees (registered on the public
# form of either node) with one session running now, then lets all 120 trainees check in at random moments within
# 30 seconds on either node, some scanning again on the other node and some double-tapping (the same token and form
# sent at once to both nodes). It prints p50/p95/p99 of the check-in POST next to a trivial public page measured in
# the same run. Then the attendance rows of the two sessions are counted in PostgreSQL: every registered trainee
# exactly once, none lost, none duplicated, and every request answered with the "checked in" page; prints a
# PASS/FAIL line and exits 1 on a loss, a duplicate or a failed request.
# The machine is shared (other builds): the load average is printed before and after the run.
# Client options as system properties in BENCH_OPTS, e.g. BENCH_OPTS="-Dbench.trainees=100 -Dbench.seconds=20".
# Needs PostgreSQL at PGHOST (127.0.0.1):PGPORT (5432) as PGUSER (postgres) with trust auth, and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/postgres-nodes.sh

PROVINCE=TH-65
OUT=target/training-check-in
mkdir -p "$OUT"
rm -f "$OUT/sessions.txt"

bench_classpath
fresh_database scp_bench_checkin
# every trainee registers from 127.0.0.1: the per-address limit of the public registration form would stop the run
start_two_nodes 18197 18198 "$OUT" --scp.public-forms.registration-form.max-attempts=100000000
echo "two application processes on PostgreSQL database $DB: node 1 pid ${NODE_PIDS[0]} (port 18197)," \
  "node 2 pid ${NODE_PIDS[1]} (port 18198)"

print_machine
CLIENT_EXIT=0
java ${CLIENT_JAVA_OPTS:--Xmx256m} ${BENCH_OPTS:-} -cp "$CP" org.smartcityplanner.bench.CheckInNodesClient \
  "http://127.0.0.1:18197,http://127.0.0.1:18198" "$PROVINCE" "$OUT" | tee "$OUT/client.txt" || CLIENT_EXIT=$?
print_machine
stop_nodes

if [ ! -s "$OUT/sessions.txt" ]; then
  echo "FAIL: the client could not prepare the cohorts (see $OUT/client.txt and $OUT/node1.log)"
  exit 1
fi
SESSIONS=$(cat "$OUT/sessions.txt")
# the trainees registered to the two sessions' cohorts, and their attendance rows in those sessions
read -r REGISTERED ROWS DISTINCT LOST <<<"$(sql_count "
  with s as (select id, cohort_id from trn_session where id in ($SESSIONS)),
       t as (select tr.id trainee_id, s.id session_id from trn_trainee tr join s on s.cohort_id = tr.cohort_id),
       a as (select session_id, trainee_id from trn_attendance where session_id in ($SESSIONS))
  select (select count(*) from t), (select count(*) from a),
         (select count(*) from (select distinct session_id, trainee_id from a) d),
         (select count(*) from t where not exists (select 1 from a where a.session_id = t.session_id
                                                     and a.trainee_id = t.trainee_id))" | tr '|' ' ')"
DUPLICATED=$((ROWS - DISTINCT))
echo "attendance rows in PostgreSQL: $ROWS for $REGISTERED registered trainees; lost $LOST, duplicated $DUPLICATED"
if [ "$REGISTERED" -eq 0 ] || [ "$LOST" != "0" ] || [ "$DUPLICATED" != "0" ] || [ "$CLIENT_EXIT" != "0" ]; then
  echo "FAIL: attendance lost ($LOST) or duplicated ($DUPLICATED), or a check-in request failed (client exit $CLIENT_EXIT)"
  exit 1
fi
echo "PASS: every one of $REGISTERED trainees recorded exactly once across two application processes on PostgreSQL"
