#!/usr/bin/env bash
# Runs the whole system locally: PostgreSQL (found or installed), the four services, the reference data.
# Safe to run twice: running services are left alone, data loads are idempotent. Stop with down.sh.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

declare -A PORT=([report]=8080 [disclosure]=8081 [application]=8082 [appeals]=8083)

ensure_postgres
ensure_databases
mkdir -p "$RUN_DIR/logs"

jar_of() { echo "$ROOT/$1-service/target/quarkus-app/quarkus-run.jar"; }

needs_build() {
  for s in "${SERVICES[@]}"; do
    local jar; jar="$(jar_of "$s")"
    [ -f "$jar" ] || return 0
    [ -z "$(find "$ROOT/$s-service/src" "$ROOT/$s-service/pom.xml" -newer "$jar" -print -quit)" ] || return 0
  done
  [ -f "$ROOT/seeds/target/seeds.jar" ] || return 0
  [ -z "$(find "$ROOT/seeds/src" "$ROOT/seeds/pom.xml" -newer "$ROOT/seeds/target/seeds.jar" -print -quit)" ] || return 0
  return 1
}

if needs_build; then
  log "Building (mvn package, tests skipped; run deploy/local/test.sh for the tests)"
  (cd "$ROOT" && mvn -B -ntp -q package -DskipTests -Dmaven.test.skip=true)
fi

running() { local pid_file="$RUN_DIR/$1.pid"; [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

for s in "${SERVICES[@]}"; do
  if running "$s"; then
    log "$s-service already running (pid $(cat "$RUN_DIR/$s.pid"))"
    continue
  fi
  log "Starting $s-service on port ${PORT[$s]}"
  nohup java -Xmx256m -jar "$(jar_of "$s")" >"$RUN_DIR/logs/$s.log" 2>&1 &
  echo $! >"$RUN_DIR/$s.pid"
done

for s in "${SERVICES[@]}"; do
  for i in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:${PORT[$s]}/q/health/ready" >/dev/null 2>&1; then break; fi
    if ! running "$s"; then log "$s-service exited: see $RUN_DIR/logs/$s.log"; exit 1; fi
    [ "$i" -eq 120 ] && { log "$s-service not ready after 120 s: see $RUN_DIR/logs/$s.log"; exit 1; }
    sleep 1
  done
  log "$s-service ready"
done

log "Loading the reference data through the public APIs (idempotent)"
java -jar "$ROOT/seeds/target/seeds.jar" load \
  --report "http://127.0.0.1:8080" --disclosure "http://127.0.0.1:8081" \
  --application "http://127.0.0.1:8082" --appeals "http://127.0.0.1:8083"

cat <<URLS

The system is running.
  Dashboard              http://127.0.0.1:8080/
  Zhoukou 2018 report    http://127.0.0.1:8080/api/v1/reports/zk/2018.html?format=LEGACY_2008&scope=SUBTREE
  Zhoukou 2025 report    http://127.0.0.1:8080/api/v1/reports/zk/2025.html?format=NATIONAL_2021&scope=SUBTREE
  Swagger UI             report      http://127.0.0.1:8080/q/swagger-ui
                         disclosure  http://127.0.0.1:8081/q/swagger-ui
                         application http://127.0.0.1:8082/q/swagger-ui
                         appeals     http://127.0.0.1:8083/q/swagger-ui
  Logs                   $RUN_DIR/logs/
Stop with deploy/local/down.sh
URLS
