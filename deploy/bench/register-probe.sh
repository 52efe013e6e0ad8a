#!/usr/bin/env bash
# The registration probe of issue 24: the application-service alone (JVM options as up.sh / bench.sh start it) on a
# fresh database, wrk with wrk/register.lua: a 5 s warm-up, then 15 s at 16 connections and 15 s at 64. For each round
# it prints wrk's result and the CPU the service's JVM and PostgreSQL (all its processes) spent per registration,
# read from /proc. With PROFILE=1 the JVM records JFR (profile settings) into the run's folder.
# Run it under the build lock (/work/bin/locked or the like); it packages nothing:
#   mvn -o -q -B package -pl application-service,seeds -am -DskipTests
#   deploy/bench/register-probe.sh             results in .run/probe/register-<time>/
# Environment: ROUNDS (default "16 64"), SECONDS_EACH (15), WARMUP (5), PORT (18092), JAVA_OPTS (default: up.sh's).
source "$(dirname "${BASH_SOURCE[0]}")/../local/lib.sh"

ROUNDS="${ROUNDS:-16 64}"
SECONDS_EACH="${SECONDS_EACH:-15}"
WARMUP="${WARMUP:-5}"
PORT="${PORT:-18092}"
OUT="$RUN_DIR/probe/register-$(date +%Y%m%d-%H%M%S)"
KEYS="$RUN_DIR/probe/keys"
DB=application_probe
AGENCY=probe-agency
mkdir -p "$OUT" "$KEYS"
chmod 700 "$KEYS"

command -v wrk >/dev/null || { log "Installing wrk (Debian package)"; as_root apt-get install -y -qq wrk >/dev/null; }
ensure_postgres
ensure_databases
psql_super -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER application TEMPLATE template0 ENCODING 'UTF8'"

SEEDS=(java -jar "$ROOT/seeds/target/seeds.jar")
TOKEN="$("${SEEDS[@]}" token --keys "$KEYS" --ttl 4h --role clerk --agency "$AGENCY" --subject probe-clerk)"
[ -s "$KEYS/pii.key" ] || (umask 077 && head -c 32 /dev/urandom | base64 >"$KEYS/pii.key")

(
  export QUARKUS_HTTP_PORT="$PORT"
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
  export MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$KEYS/public.pem"
  OPENDATA_PII_KEY="$(cat "$KEYS/pii.key")"; export OPENDATA_PII_KEY
  # shellcheck disable=SC2086
  exec_service application ${JAVA_OPTS:-$(java_opts application)} \
    ${PROFILE:+-XX:StartFlightRecording=filename=$OUT/application.jfr,settings=profile,dumponexit=true} \
    >>"$OUT/application.log" 2>&1
) &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null' EXIT
until curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; do
  kill -0 "$PID" 2>/dev/null || { log "application-service exited: $OUT/application.log"; exit 1; }
  sleep 0.1
done

# CPU ticks (user + system) of one process, and of every PostgreSQL process
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pg_ticks() {
  local sum=0 p
  for p in $(pgrep -u postgres); do
    sum=$((sum + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$sum"
}
HZ="$(getconf CLK_TCK)"

register() { # connections seconds
  TOKEN="$TOKEN" AGENCY="$AGENCY" RUN="$(date +%s%N)" wrk -t2 -c"$1" -d"${2}s" --latency \
    -s "$ROOT/deploy/bench/wrk/register.lua" "http://127.0.0.1:$PORT"
}

log "Warm-up: ${WARMUP} s at 16 connections"
register 16 "$WARMUP" >"$OUT/warmup.txt"
# Without planner statistics (a fresh database; autovacuum is off on some machines) the similar-requests count and the
# statistics triggers' lookups scan whole tables that grow with every registration: analyse as autovacuum would
psql_super -d "$DB" -c "ANALYZE"
for c in $ROUNDS; do
  jvm0="$(ticks "$PID")"; pg0="$(pg_ticks)"
  register "$c" "$SECONDS_EACH" >"$OUT/wrk-$c.txt"
  jvm1="$(ticks "$PID")"; pg1="$(pg_ticks)"
  result="$(grep '^RESULT' "$OUT/wrk-$c.txt")"
  n="$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$result")"
  awk -v c="$c" -v r="$result" -v n="$n" -v j=$((jvm1 - jvm0)) -v p=$((pg1 - pg0)) -v hz="$HZ" 'BEGIN {
    printf "connections=%s %s jvm_cpu_s=%.1f pg_cpu_s=%.1f jvm_ms_per_req=%.2f pg_ms_per_req=%.2f\n",
      c, r, j / hz, p / hz, 1000 * j / hz / n, 1000 * p / hz / n }' | tee -a "$OUT/RESULTS.txt"
done
kill "$PID"; wait "$PID" 2>/dev/null
trap - EXIT
log "Results: $OUT/RESULTS.txt"
