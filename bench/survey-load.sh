#!/usr/bin/env bash
# Public survey submissions under load: two application nodes on one PostgreSQL database (a fresh database made
# for the run and dropped after it), the demo province seeded by the first node. SurveyLoadClient runs CLIENTS
# virtual respondents (100), each with its own cookies and kept-alive connections, sending answers to the demo's open
# survey on either node: first WARMUP seconds (20) that are not measured (a node's JIT compiler turns the request
# path into machine code in its first few thousand requests; a node in production serves them once), then the
# measured DURATION seconds (40); half-way through those, node 2 is killed with kill -9 and the clients retry their
# unanswered submission on node 1 with the same submission key. Then pgbench measures PostgreSQL's own single-row
# INSERT rate on the same database with PGBENCH_CLIENTS connections (40), and the acknowledged keys (warm-up
# included) are checked against the table: every one stored exactly once (exit code 1 otherwise).
# Prints submissions per second next to the INSERT rate (goal >= 50 %) and p50/p95/p99 (goal p99 <= 100 ms), and,
# because the machine is shared, the load average and the CPU time the client, the nodes, PostgreSQL and everything
# else used in the measured run, per acknowledged submission: the rate two cores allow is 2,000 ms / (their sum).
# Needs PostgreSQL at PGHOST (127.0.0.1):PGPORT (5432) as PGUSER (postgres) with trust auth, and pgbench/psql.
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-100}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-40}
SECONDS_RUN=${DURATION:-40}
WARMUP=${WARMUP:-20}
# per node: request threads and pooled connections for two cores shared by two nodes, PostgreSQL and the client
# (more only queue for the cores and the row locks; measured in issue 13)
THREADS=${THREADS:-16}
POOL=${POOL:-8}
# a fixed heap and the serial collector: the request garbage dies young and a one-thread young collection of it
# takes a few milliseconds, without concurrent GC threads competing for the two cores
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseSerialGC}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB="scp_bench_survey_$(date +%s)"
OUT=target/survey-load
mkdir -p "$OUT"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  psql -q -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

source bench/classpath.sh
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
psql -q -d postgres -c "create database $DB"

node() { # port logfile
  java $JAVA_OPTS -cp "$CP" org.smartcityplanner.SmartCityPlannerApplication \
    --server.port="$1" --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password= \
    --spring.datasource.hikari.maximum-pool-size="$POOL" --server.tomcat.threads.max="$THREADS" \
    --scp.public-forms.survey-form.max-attempts=100000000 --logging.level.root=WARN >"$2" 2>&1 &
  PIDS+=($!)
}
wait_up() { # port
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "node on port $1 did not start" >&2
  exit 1
}

# node 1 seeds the demo province; node 2 starts on the seeded database
node 18181 "$OUT/node1.log"; wait_up 18181
node 18182 "$OUT/node2.log"; NODE2=${PIDS[1]}; wait_up 18182
KEY=$(psql -qAt -d "$DB" -c "select public_key from par_survey where province_code = 'TH-65' and state = 'OPEN' limit 1")
BEFORE=$(psql -qAt -d "$DB" -c "select count(*) from par_survey_response")

# CPU time (clock ticks) of processes and of the whole machine, to show who used the two cores in the measured run
TICK_MS=$((1000 / $(getconf CLK_TCK)))
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
db_backends() { # "pid ticks" of the PostgreSQL backends serving this run's database
  ps -eo pid=,args= | awk -v db=" $DB " 'index($0, db) && /postgres:/ { print $1 }' | while read -r pid; do
    echo "$pid $(ticks "$pid")"; done
}
machine() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat; } # busy idle

java -cp "$CP" org.smartcityplanner.bench.SurveyLoadClient "http://127.0.0.1:18181,http://127.0.0.1:18182" \
  "$KEY" "$CLIENTS" "$WARMUP" "$OUT/acked-warmup.txt" > "$OUT/warmup.txt"
echo "warm-up (not measured): $(head -1 "$OUT/warmup.txt")"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
read -r BUSY0 IDLE0 < <(machine)
N1_0=$(ticks "${PIDS[0]}"); N2_0=$(ticks "$NODE2")
db_backends > "$OUT/pg-start.txt"
( sleep $((SECONDS_RUN / 2 + 4)); ticks "$NODE2" > "$OUT/node2-killed.txt"; db_backends > "$OUT/pg-at-kill.txt"
  kill -9 "$NODE2"; echo "killed node 2 (pid $NODE2) with kill -9" ) &
KILLER=$!
java -cp "$CP" org.smartcityplanner.bench.SurveyLoadClient "http://127.0.0.1:18181,http://127.0.0.1:18182" \
  "$KEY" "$CLIENTS" "$SECONDS_RUN" "$OUT/acked.txt" | tee "$OUT/client.txt"
wait "$KILLER" 2>/dev/null || true
N1_1=$(ticks "${PIDS[0]}"); N2_1=$(cat "$OUT/node2-killed.txt")
db_backends > "$OUT/pg-end.txt"
read -r BUSY1 IDLE1 < <(machine)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
# a backend's last known ticks (node 2's end with it) minus what it had used before the run
PG_TICKS=$(awk 'FILENAME ~ /start/ { start[$1] = $2; next } { last[$1] = $2 }
  END { for (p in last) s += last[p] - start[p]; print s + 0 }' "$OUT/pg-start.txt" "$OUT/pg-at-kill.txt" "$OUT/pg-end.txt")

# every acknowledged key stored exactly once (the unique key forbids twice; lost ones would be missing)
psql -q -d "$DB" -c "create table bench_acked (submission_key varchar(64))"
psql -q -d "$DB" -c "\copy bench_acked from '$OUT/acked-warmup.txt'"
psql -q -d "$DB" -c "\copy bench_acked from '$OUT/acked.txt'"
ACKED=$(psql -qAt -d "$DB" -c "select count(*) from bench_acked")
FOUND=$(psql -qAt -d "$DB" -c "select count(*) from bench_acked a join par_survey_response r on r.submission_key = a.submission_key")
DUPL=$(psql -qAt -d "$DB" -c "select count(*) from (select submission_key from par_survey_response group by survey_id, submission_key having count(*) > 1) d")
STORED=$(psql -qAt -d "$DB" -c "select count(*) - $BEFORE from par_survey_response")

# PostgreSQL's own single-row INSERT rate on the same database with 40 connections (the nodes' pools before they
# were tuned; 100 would exceed max_connections next to other users): the nodes are stopped first so they take no share
for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
sleep 2
psql -q -d "$DB" -c "create table bench_insert (id bigint generated by default as identity primary key, k varchar(64) not null unique, at timestamp with time zone not null)"
cat > "$OUT/insert.sql" <<'SQL'
insert into bench_insert (k, at) values (md5(random()::text || clock_timestamp()::text), now());
SQL
read -r PB_BUSY0 PB_IDLE0 < <(machine)
# its backends' CPU is read a moment before they end with pgbench
( sleep 14; db_backends > "$OUT/pgbench-backends.txt" ) &
/usr/bin/time -f "%U %S" -o "$OUT/pgbench-cpu.txt" \
  pgbench -n -c "$PGBENCH_CLIENTS" -j 2 -T 15 -f "$OUT/insert.sql" "$DB" > "$OUT/pgbench.txt" 2>&1 || true
wait
read -r PB_BUSY1 PB_IDLE1 < <(machine)
PB_INSERTS=$(grep -Eo 'transactions actually processed: [0-9]+' "$OUT/pgbench.txt" | grep -Eo '[0-9]+$' || echo 0)
PB_BACKEND_TICKS=$(awk '{ s += $2 } END { print s + 0 }' "$OUT/pgbench-backends.txt")
PB_CLIENT_S=$(awk '{ print $1 + $2 }' "$OUT/pgbench-cpu.txt" 2>/dev/null || echo 0)
TPS=$(grep -Eo 'tps = [0-9.]+' "$OUT/pgbench.txt" | head -1 | grep -Eo '[0-9.]+' || echo 0)
RATE=$(grep -Eo '= [0-9.]+ per second' "$OUT/client.txt" | grep -Eo '[0-9.]+' | head -1)

SHARE="?"
if awk "BEGIN { exit !($TPS > 0) }"; then SHARE=$(awk "BEGIN { printf \"%.1f\", 100 * $RATE / $TPS }"); fi
echo "pgbench single-row INSERT: $TPS per second ($PGBENCH_CLIENTS clients; the machine's cores were busy" \
  "$(awk "BEGIN { printf \"%.0f\", 100 * ($PB_BUSY1 - $PB_BUSY0) / ($PB_BUSY1 - $PB_BUSY0 + $PB_IDLE1 - $PB_IDLE0) }") % of the time)"
if [ "$PB_INSERTS" -gt 0 ]; then
  awk -v n="$PB_INSERTS" -v be=$((PB_BACKEND_TICKS * TICK_MS)) -v cl="$PB_CLIENT_S" 'BEGIN {
    printf "  per INSERT: PostgreSQL backends %.2f ms, pgbench %.2f ms of CPU (about 14 of its 15 s)\n", be / n, 1000 * cl / n }'
fi
echo "survey submissions:        $RATE per second = $SHARE % of it (goal >= 50 %)"
ACK_RUN=$(wc -l < "$OUT/acked.txt")
CLIENT_S=$(grep -Eo 'CPU: [0-9.]+ s' "$OUT/client.txt" | grep -Eo '[0-9.]+' || echo 0)
awk -v tick="$TICK_MS" -v n="$ACK_RUN" -v client="$CLIENT_S" -v n1=$((N1_1 - N1_0)) -v n2=$((N2_1 - N2_0)) \
    -v pg="$PG_TICKS" -v busy=$((BUSY1 - BUSY0)) -v idle=$((IDLE1 - IDLE0)) -v before="$LOAD_BEFORE" \
    -v after="$LOAD_AFTER" 'BEGIN {
  total = (busy + idle) * tick / 1000; used = busy * tick / 1000
  c = client; a = n1 * tick / 1000; b = n2 * tick / 1000; p = pg * tick / 1000; o = used - c - a - b - p
  printf "machine: load average %s before, %s after; CPU time of the cores in the measured run %.0f s, busy %.0f s\n",
    before, after, total, used
  printf "  load client %.1f s, node 1 %.1f s, node 2 %.1f s (until killed), PostgreSQL backends %.1f s, other users %.1f s\n",
    c, a, b, p, o
  if (n > 0) {
    printf "  per acknowledged submission: client %.2f ms, nodes %.2f ms, PostgreSQL %.2f ms = %.2f ms;", 1000 * c / n,
      1000 * (a + b) / n, 1000 * p / n, 1000 * (c + a + b + p) / n
    printf " two idle cores would allow %.0f per second\n", 2 * n / (c + a + b + p)
  }
}'
echo "acknowledged $ACKED, found $FOUND, duplicated $DUPL, stored in all $STORED (stored without acknowledgement: $((STORED - FOUND)))"
if [ "$ACKED" != "$FOUND" ] || [ "$DUPL" != "0" ]; then
  echo "FAILED: an acknowledged submission is missing or stored twice" >&2
  exit 1
fi
echo "every acknowledged submission stored exactly once, also across the kill -9"
