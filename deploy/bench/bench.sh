#!/usr/bin/env bash
# The province-scale benchmark (issue 10), from nothing to a results table:
#   1. fresh databases <svc>_bench, the four services started on ports 18080-18083 (JVM mode, as up.sh starts them),
#      security on: the bench mints its own tokens;
#   2. `seeds.jar bench`: generates the size, imports it through the public bulk endpoints $IMPORTS times,
#      times GET /api/v1/statistics/{year} of each source and the full report (JSON, HTML, DOCX, XLSX);
#   3. the same figures as hand-written SQL in psql (deploy/bench/sql/*.sql), $SQL_RUNS times;
#   4. wrk, 64 connections for $LOAD_SECONDS s: registering requests, then reading requests by id, as a clerk and as an
#      admin; PostgreSQL's own `pgbench -S` on the same server as the yardstick of the reads, and a plain Quarkus
#      service reading a row by id (deploy/bench/yardstick) with our JVM options and on JVM defaults; the public catalogue (a
#      page of one agency-year, a text search) without a token; then
#      $CHANGES times one registration followed by the application-service's statistics (recomputed after a change);
#   5. startup time of each service ($RESTARTS restarts with the data loaded) and resident memory (RSS) of each
#      service sampled every 0.5 s through every phase.
# Results: .run/bench/<size>-<time>/RESULTS.md (copy the tables into BENCHMARKS.md). Nothing is left running.
#
#   deploy/bench/bench.sh [S|M]        S: the reference city (Zhoukou, 2018), M: a province (10,000 agencies, 2M items)
#
# Environment: RUNS (timed calls per endpoint, default 50), IMPORTS (import rounds, 3), SQL_RUNS (20),
# LOAD_SECONDS (30), WARMUP_SECONDS (5: the same load before each measured round, not counted), CONNECTIONS (64), RESTARTS (3), CHANGES (20), JAVA_OPTS (for all four; default: as up.sh,
# java_opts of deploy/local/lib.sh), ITEMS (M only: fewer items), PROFILE (1: a JFR recording of each service in the
# run's folder).
source "$(dirname "${BASH_SOURCE[0]}")/../local/lib.sh"

SIZE="${1:-S}"
RUNS="${RUNS:-50}"
IMPORTS="${IMPORTS:-3}"
SQL_RUNS="${SQL_RUNS:-20}"
LOAD_SECONDS="${LOAD_SECONDS:-30}"
CONNECTIONS="${CONNECTIONS:-64}"
WARMUP_SECONDS="${WARMUP_SECONDS:-5}"
RESTARTS="${RESTARTS:-3}"
CHANGES="${CHANGES:-20}"
declare -A PORT=([report]=18080 [disclosure]=18081 [application]=18082 [appeals]=18083)
declare -A PID=()
OUT="$RUN_DIR/bench/$SIZE-$(date +%Y%m%d-%H%M%S)"
KEYS="$RUN_DIR/bench/keys"
mkdir -p "$OUT/logs" "$KEYS"
chmod 700 "$KEYS"

command -v wrk >/dev/null || { log "Installing wrk (Debian package)"; as_root apt-get install -y -qq wrk >/dev/null; }
ensure_postgres
ensure_databases
if needs_build; then
  log "Building (mvn package, tests skipped)"
  # -DskipTests, not -Dmaven.test.skip: the services resolve the platform's test-jar, which the latter never builds
  (cd "$ROOT" && mvn -B -ntp -q package -DskipTests)
fi

log "Fresh databases: ${SERVICES[*]/%/_bench}"
for s in "${SERVICES[@]}"; do
  psql_super -c "DROP DATABASE IF EXISTS ${s}_bench WITH (FORCE)" -c "CREATE DATABASE ${s}_bench OWNER $s TEMPLATE template0 ENCODING 'UTF8'"
done

SEEDS=(java -jar "$ROOT/seeds/target/seeds.jar")
token() { "${SEEDS[@]}" token --keys "$KEYS" --ttl 4h "$@"; }
ADMIN_TOKEN="$(token --role admin --subject bench)"
SERVICE_TOKEN="$(token --role service --subject report-service)"
[ -s "$KEYS/pii.key" ] || (umask 077 && head -c 32 /dev/urandom | base64 >"$KEYS/pii.key")

echo "$SIZE setup" >"$OUT/phase"
stop_all() {
  for s in "${!PID[@]}"; do kill "${PID[$s]}" 2>/dev/null || true; done
  for s in "${!PID[@]}"; do wait "${PID[$s]}" 2>/dev/null || true; done
  PID=()
}
SAMPLER=""
trap 'stop_all; [ -z "$SAMPLER" ] || kill "$SAMPLER" 2>/dev/null || true' EXIT

# Starts one service and waits until it is ready; STARTED_MS is the wall time from exec to ready.
start_service() {
  local s="$1" begin
  begin="$(date +%s%N)"
  (
    export QUARKUS_HTTP_PORT="${PORT[$s]}"
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/${s}_bench"
    export MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$KEYS/public.pem"
    # the agency directory the sources replicate (supervisors' subtrees) is the report-service of this run
    export OPENDATA_DIRECTORY_URL="http://127.0.0.1:${PORT[report]}"
    case "$s" in
      application) OPENDATA_PII_KEY="$(cat "$KEYS/pii.key")"; export OPENDATA_PII_KEY ;;
      report)
        export OPENDATA_SOURCES_TOKEN="$SERVICE_TOKEN"
        export QUARKUS_REST_CLIENT_DISCLOSURE_URL="http://127.0.0.1:${PORT[disclosure]}"
        export QUARKUS_REST_CLIENT_APPLICATION_URL="http://127.0.0.1:${PORT[application]}"
        export QUARKUS_REST_CLIENT_APPEALS_URL="http://127.0.0.1:${PORT[appeals]}"
        export REPORT_PUBLIC_URL="http://127.0.0.1:${PORT[report]}" ;;
    esac
    # shellcheck disable=SC2086
    # PROFILE=1: a JFR recording of each service process (profile settings), written when it stops
    exec_service "$s" ${JAVA_OPTS:-$(java_opts "$s")} \
      ${PROFILE:+-XX:StartFlightRecording=filename=$OUT/$s-$(date +%s%N).jfr,settings=profile,dumponexit=true} >>"$OUT/logs/$s.log" 2>&1
  ) &
  PID[$s]=$!
  echo "${PID[$s]}" >"$OUT/$s.pid"
  until curl -fsS "http://127.0.0.1:${PORT[$s]}/q/health/ready" >/dev/null 2>&1; do
    kill -0 "${PID[$s]}" 2>/dev/null || { log "$s-service exited: $OUT/logs/$s.log"; tail -20 "$OUT/logs/$s.log" >&2; exit 1; }
    sleep 0.05
  done
  STARTED_MS=$(( ($(date +%s%N) - begin) / 1000000 ))
}

# One load round, measured warm as the issue's yardstick service was: $WARMUP_SECONDS of the same load first (the
# first seconds of a path in a fresh JVM are class loading and compilation, up to a second per request), not counted.
# RUN (the register round's tracking numbers) gets a suffix in the warm-up, so the measured calls create new requests.
load_round() {
  local out="$1"; shift
  if [ "$WARMUP_SECONDS" -gt 0 ]; then
    RUN="${RUN:-}w" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" "$@" >"${out%.txt}-warmup.txt"
  fi
  wrk -t2 -c"$CONNECTIONS" -d"${LOAD_SECONDS}s" --latency "$@" | tee "$out"
}

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

sampler() {
  while true; do
    local phase; phase="$(cat "$OUT/phase" 2>/dev/null || echo none)"
    for s in "${SERVICES[@]}"; do
      [ -f "$OUT/$s.pid" ] && printf '%s\t%s\t%s\n' "$phase" "$s" "$(rss_kb "$(cat "$OUT/$s.pid")")"
    done
    sleep 0.5
  done >>"$OUT/rss.tsv"
}

for s in "${SERVICES[@]}"; do
  start_service "$s"
  printf '%s\tcold\t%s\t%s\n' "$s" "$STARTED_MS" "$(rss_kb "${PID[$s]}")" >>"$OUT/startup.tsv"
  log "$s-service ready in $STARTED_MS ms (first start: empty database, migrations run)"
done
sampler & SAMPLER=$!

log "Loading and timing size $SIZE (seeds.jar bench)"
"${SEEDS[@]}" bench --size "$SIZE" --runs "$RUNS" --imports "$IMPORTS" --out "$OUT" --token "$ADMIN_TOKEN" \
  ${ITEMS:+--items "$ITEMS"} \
  --report "http://127.0.0.1:${PORT[report]}" --disclosure "http://127.0.0.1:${PORT[disclosure]}" \
  --application "http://127.0.0.1:${PORT[application]}" --appeals "http://127.0.0.1:${PORT[appeals]}" | tee "$OUT/bench.log"
# shellcheck disable=SC1091
source "$OUT/bench.env"

log "Hand-written SQL for the same figures ($SQL_RUNS runs per database, year $YEAR and $((YEAR - 1)))"
echo "sql" >"$OUT/phase"
for s in disclosure application appeals; do
  for i in $(seq 1 "$SQL_RUNS"); do
    # \timing prints one "Time:" line per statement; a run's time is their sum
    { echo '\timing on'; cat "$ROOT/deploy/bench/sql/$s.sql"; } \
      | PGPASSWORD="$s" psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$s" -d "${s}_bench" -v year="$YEAR" -v ON_ERROR_STOP=1 -f - \
      | awk -v s="$s" '/^Time: / {t += $2} END {printf "%s\t%.1f\n", s, t}' >>"$OUT/sql.tsv"
  done
done

# The issue's yardsticks, measured on this machine and this data: PostgreSQL's own COPY of the items into a table
# like theirs (same indexes and constraints), and one plain GROUP BY over them for the report year
log "This machine's yardsticks: COPY of every item, and a plain GROUP BY of one year ($SQL_RUNS runs)"
echo "reference" >"$OUT/phase"
psql_super -d disclosure_bench -c "\\copy (SELECT * FROM disclosure_item) TO '$OUT/items.copy'"
psql_super -d disclosure_bench -c "DROP TABLE IF EXISTS copy_yardstick" -c "CREATE TABLE copy_yardstick (LIKE disclosure_item INCLUDING ALL)"
begin="$(date +%s%N)"
psql_super -d disclosure_bench -c "\\copy copy_yardstick FROM '$OUT/items.copy'"
printf 'copy\t%s\t%s\n' "$(( ($(date +%s%N) - begin) / 1000000 ))" "$(psql_super -d disclosure_bench -Atc 'SELECT count(*) FROM copy_yardstick')" >"$OUT/yardsticks.tsv"
psql_super -d disclosure_bench -c "DROP TABLE copy_yardstick"
rm -f "$OUT/items.copy"
for i in $(seq 1 "$SQL_RUNS"); do
  { echo '\timing on'; echo "SELECT agency, count(*) FROM disclosure_item WHERE published_year = $YEAR GROUP BY agency;"; } \
    | psql_super -d disclosure_bench -o /dev/null -f - | awk '/^Time: / {printf "group-by\t%s\n", $2}' >>"$OUT/yardsticks.tsv"
done

CLERK_TOKEN="$(token --role clerk --agency "$CLERK_AGENCY" --subject bench-clerk)"
log "Load: $CONNECTIONS connections for $LOAD_SECONDS s, registering requests as a clerk of $CLERK_AGENCY"
echo "load-register" >"$OUT/phase"
TOKEN="$CLERK_TOKEN" AGENCY="$CLERK_AGENCY" RUN="$(date +%s)" load_round "$OUT/wrk-register.txt" -s "$ROOT/deploy/bench/wrk/register.lua" "http://127.0.0.1:${PORT[application]}"
if [ "$(psql_super -Atc 'SHOW autovacuum')" = "off" ]; then
  # Debian's PostgreSQL runs autovacuum, which re-plans the agency's queries a minute after the thousands of
  # registrations above at the latest; where it is off (this machine's), do what it would have done
  log "autovacuum is off on this PostgreSQL: ANALYZE application_bench as autovacuum would after the registrations"
  psql_super -d application_bench -c "ANALYZE" >/dev/null
  echo "autovacuum off: ANALYZE run by bench.sh after the register load" >"$OUT/autovacuum.txt"
fi
log "Load: reading requests by id as that clerk (applicant in clear, each read audited)"
echo "load-read" >"$OUT/phase"
TOKEN="$CLERK_TOKEN" IDS="$OUT/read-ids.txt" load_round "$OUT/wrk-read.txt" -s "$ROOT/deploy/bench/wrk/read.lua" "http://127.0.0.1:${PORT[application]}"
log "Load: reading the same requests as an admin (applicant masked, not audited)"
echo "load-read-admin" >"$OUT/phase"
TOKEN="$ADMIN_TOKEN" IDS="$OUT/read-ids.txt" load_round "$OUT/wrk-read-admin.txt" -s "$ROOT/deploy/bench/wrk/read.lua" "http://127.0.0.1:${PORT[application]}"

# Issue 24's yardstick: PostgreSQL's own select-by-primary-key on the same server, in the same run
log "Yardstick: pgbench -S, 32 clients, $LOAD_SECONDS s"
echo "pgbench" >"$OUT/phase"
psql_super -c "DROP DATABASE IF EXISTS pgbench_yardstick WITH (FORCE)" -c "CREATE DATABASE pgbench_yardstick" >/dev/null
pgbench_bin="$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1)"
[ -n "$pgbench_bin" ] || { log "Installing pgbench (Debian's postgresql-contrib)"; as_root apt-get install -y -qq postgresql-contrib >/dev/null; pgbench_bin="$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -1)"; }
PGUSER=postgres "$pgbench_bin" -h "$PG_HOST" -p "$PG_PORT" -i -q -s 10 pgbench_yardstick >/dev/null 2>&1
PGUSER=postgres "$pgbench_bin" -h "$PG_HOST" -p "$PG_PORT" -S -c 32 -j 2 -T "$LOAD_SECONDS" -n pgbench_yardstick | tee "$OUT/pgbench.txt"
psql_super -c "DROP DATABASE pgbench_yardstick WITH (FORCE)" >/dev/null

# Issue 24's second yardstick: a plain blocking Quarkus REST + Panache service reading one row by id, no security
# (deploy/bench/yardstick, as the Quarkus workshop's rest-villains), against the same PostgreSQL: once with this run's
# JVM options (as our services run) and once on JVM defaults (as the issue measured it). Our services stay up, idle.
log "Yardstick: a plain Quarkus service reading by id, with our JVM options and on JVM defaults"
echo "plain-service" >"$OUT/phase"
YARD="$ROOT/deploy/bench/yardstick"
if [ ! -f "$YARD/target/quarkus-app/quarkus-run.jar" ] \
    || [ -n "$(find "$YARD/src" "$YARD/pom.xml" -newer "$YARD/target/quarkus-app/quarkus-run.jar" -print -quit)" ]; then
  (cd "$YARD" && mvn -B -ntp -q package -DskipTests)
fi
psql_super -c "DROP DATABASE IF EXISTS yardstick_bench WITH (FORCE)" -c "CREATE DATABASE yardstick_bench" >/dev/null
for flags in ours defaults; do
  opts=""
  [ "$flags" = defaults ] || opts="${JAVA_OPTS:-$(java_opts application)}"
  # shellcheck disable=SC2086
  (cd "$YARD/target/quarkus-app" && exec java $opts -jar quarkus-run.jar) >"$OUT/logs/yardstick-$flags.log" 2>&1 &
  ypid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:18090/api/villains/1" 2>/dev/null; do
    kill -0 "$ypid" 2>/dev/null || { log "the yardstick service exited: $OUT/logs/yardstick-$flags.log"; exit 1; }
    sleep 0.1
  done
  load_round "$OUT/wrk-plain-$flags.txt" -s "$ROOT/deploy/bench/wrk/villain.lua" "http://127.0.0.1:18090"
  printf 'plain-%s\t%s\n' "$flags" "$(rss_kb "$ypid")" >>"$OUT/yardstick-rss.tsv"
  kill "$ypid"; wait "$ypid" 2>/dev/null || true
done
psql_super -c "DROP DATABASE yardstick_bench WITH (FORCE)" >/dev/null

CATALOGUE_AGENCY="$(psql_super -d disclosure_bench -Atc "SELECT agency FROM disclosure_item WHERE published_year = $YEAR GROUP BY agency ORDER BY count(*) DESC, agency LIMIT 1")"
log "Load: the public catalogue without a token, $CATALOGUE_AGENCY $YEAR, 20 items a page"
echo "load-catalogue" >"$OUT/phase"
AGENCY="$CATALOGUE_AGENCY" YEAR="$YEAR" load_round "$OUT/wrk-catalogue.txt" -s "$ROOT/deploy/bench/wrk/catalogue.lua" "http://127.0.0.1:${PORT[disclosure]}"
log "Load: a text search in that catalogue"
echo "load-search" >"$OUT/phase"
AGENCY="$CATALOGUE_AGENCY" YEAR="$YEAR" Q="%E9%80%9A%E7%9F%A5" PAGES=1 load_round "$OUT/wrk-search.txt" -s "$ROOT/deploy/bench/wrk/catalogue.lua" "http://127.0.0.1:${PORT[disclosure]}"

log "Statistics after one change: $CHANGES times, register one request, then time GET /api/v1/statistics/$YEAR"
echo "after-change" >"$OUT/phase"
for i in $(seq 1 "$CHANGES"); do
  curl -fsS -o /dev/null -H "Authorization: Bearer $CLERK_TOKEN" -H "Content-Type: application/json" \
    -d "{\"agency\":\"$CLERK_AGENCY\",\"trackingNumber\":\"CHANGE-$(date +%s%N)\",\"channel\":\"IN_PERSON\",\"applicantType\":\"NATURAL_PERSON\",\"applicant\":{\"name\":\"王伟\"},\"subject\":\"申请公开第$i号文件\",\"arrivedAt\":\"$YEAR-11-27T10:00:00+08:00\"}" \
    "http://127.0.0.1:${PORT[application]}/api/v1/requests"
  curl -fsS -o /dev/null -w 'application\t%{time_total}\n' -H "Authorization: Bearer $ADMIN_TOKEN" \
    "http://127.0.0.1:${PORT[application]}/api/v1/statistics/$YEAR" >>"$OUT/after-change.tsv"
done

log "Restarting each service $RESTARTS times with its data in place"
echo "restart" >"$OUT/phase"
for s in "${SERVICES[@]}"; do
  for i in $(seq 1 "$RESTARTS"); do
    kill "${PID[$s]}"; wait "${PID[$s]}" 2>/dev/null || true
    start_service "$s"
    printf '%s\twarm\t%s\t%s\n' "$s" "$STARTED_MS" "$(rss_kb "${PID[$s]}")" >>"$OUT/startup.tsv"
  done
done
kill "$SAMPLER"; SAMPLER=""

"$ROOT/deploy/bench/summarise.sh" "$OUT" "$SIZE" >"$OUT/RESULTS.md"
cat "$OUT/RESULTS.md"
log "Results: $OUT/RESULTS.md"
