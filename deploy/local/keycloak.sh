#!/usr/bin/env bash
# The local identity provider: Keycloak's server distribution (a zip on Maven Central, fetched by Maven into .run/,
# never committed), on port 8180 with its data in PostgreSQL database `keycloak`, realm `opendata` imported from
# deploy/keycloak/realm-opendata.json. Usage: deploy/local/keycloak.sh start|stop|status|token USER
# Demo users' passwords and the confidential clients' secrets are generated on the first start into
# .run/keycloak/secrets.env (printed by up.sh); Keycloak's import fills them into the realm file's ${...} placeholders.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-8189}"
KC_DIR="$RUN_DIR/keycloak"
KC_HOME="$KC_DIR/keycloak-$KEYCLOAK_VERSION"
KC_PID="$RUN_DIR/keycloak.pid"
KC_SECRETS="$KC_DIR/secrets.env"
KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT"
KEYCLOAK_ISSUER="$KEYCLOAK_URL/realms/opendata"

keycloak_fetch() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  mkdir -p "$KC_DIR"
  local zip="$KC_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if [ ! -f "$zip" ]; then
    log "Fetching Keycloak $KEYCLOAK_VERSION through Maven (org.keycloak:keycloak-quarkus-dist, ~170 MB, once)"
    mvn -B -ntp -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$KC_DIR"
  fi
  (cd "$KC_DIR" && unzip -q -o "$zip")
}

secret() { head -c 18 /dev/urandom | base64 | tr -d '/+=' ; }

# The realm is imported once; its passwords and secrets must then stay those of secrets.env, so a lost secrets file
# means a fresh keycloak database.
keycloak_secrets() {
  if [ ! -f "$KC_SECRETS" ]; then
    mkdir -p "$KC_DIR"
    umask 077
    {
      echo "PASSWORD_CLERK_FUGOU=$(secret)"
      echo "PASSWORD_SUPERVISOR_ZK=$(secret)"
      echo "PASSWORD_PROVINCIAL_READER=$(secret)"
      echo "PASSWORD_OPERATOR=$(secret)"
      echo "REPORT_SERVICE_SECRET=$(secret)"
      echo "PROVINCIAL_PLATFORM_SECRET=$(secret)"
      echo "KEYCLOAK_ADMIN_PASSWORD=$(secret)"
    } >"$KC_SECRETS"
    psql_super -c 'DROP DATABASE IF EXISTS keycloak WITH (FORCE)' >/dev/null
  fi
  set -a; source "$KC_SECRETS"; set +a
}

keycloak_database() {
  printf '%s\n' \
    "SELECT 'CREATE ROLE keycloak LOGIN PASSWORD ''keycloak''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'keycloak')\\gexec" \
    "SELECT 'CREATE DATABASE keycloak OWNER keycloak ENCODING ''UTF8'' TEMPLATE template0' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'keycloak')\\gexec" \
    | psql_super -f - >/dev/null
}

# Runs the command with every file descriptor above 2 closed.
close_inherited_files() {
  local fd
  for fd in $(ls /proc/$BASHPID/fd); do
    [ "$fd" -gt 2 ] && eval "exec $fd>&-"
  done
  exec "$@"
}

keycloak_ready() { curl -fsS -o /dev/null "$KEYCLOAK_ISSUER/.well-known/openid-configuration" 2>/dev/null; }

keycloak_running() { [ -f "$KC_PID" ] && kill -0 "$(cat "$KC_PID")" 2>/dev/null; }

keycloak_start() {
  # already running: its secrets are still needed (the report-service's client secret, the users up.sh prints)
  if keycloak_running && keycloak_ready; then keycloak_secrets; return 0; fi
  ensure_postgres
  keycloak_fetch
  # secrets first: a first start (no secrets yet) drops a keycloak database left from an earlier realm
  keycloak_secrets
  keycloak_database
  mkdir -p "$KC_HOME/data/import"
  cp "$ROOT/deploy/keycloak/realm-opendata.json" "$KC_HOME/data/import/"
  log "Starting Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_URL (log: $KC_DIR/keycloak.log)"
  local started=$SECONDS
  # start-dev: plain HTTP on the loopback; the fixed hostname makes the issuer the same for browser and services.
  # The master realm's administrator (admin / KEYCLOAK_ADMIN_PASSWORD) is created on the first start only. Keycloak
  # outlives this script: it must not inherit its open files (a build lock held by a caller would stay held).
  (
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD"
    export JAVA_OPTS_KC_HEAP="${KEYCLOAK_HEAP:--Xms64m -Xmx320m}"
    close_inherited_files nohup "$KC_HOME/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
      --hostname="$KEYCLOAK_URL" --db=postgres --db-url="jdbc:postgresql://$PG_HOST:$PG_PORT/keycloak" \
      --db-username=keycloak --db-password=keycloak --import-realm --cache=local \
      >"$KC_DIR/keycloak.log" 2>&1
  ) &
  echo $! >"$KC_PID"
  for _ in $(seq 1 240); do
    if keycloak_ready; then
      log "Keycloak ready in $((SECONDS - started)) s, resident $(($(awk '/VmRSS/ {print $2}' "/proc/$(pgrep -P "$(cat "$KC_PID")" java || cat "$KC_PID")/status" 2>/dev/null || echo 0) / 1024)) MB"
      return 0
    fi
    keycloak_running || { log "Keycloak stopped; see $KC_DIR/keycloak.log"; tail -n 30 "$KC_DIR/keycloak.log" >&2; return 1; }
    sleep 1
  done
  log "Keycloak did not answer within 240 s; see $KC_DIR/keycloak.log"
  return 1
}

keycloak_stop() {
  keycloak_running || { rm -f "$KC_PID"; return 0; }
  local pid; pid="$(cat "$KC_PID")"
  # kc.sh runs java as its child: stop the pair, the child first
  local child; child="$(pgrep -P "$pid" java || true)"
  [ -n "$child" ] && kill "$child" 2>/dev/null
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  rm -f "$KC_PID"
  log "Stopped Keycloak (pid $pid)"
}

# A token by the password grant is not offered (the browser client uses the code flow): scripts use a client's
# credentials, e.g. the provincial platform's reader token.
keycloak_client_token() {
  keycloak_secrets
  local client="$1" secret="$2"
  curl -fsS -d grant_type=client_credentials -d client_id="$client" --data-urlencode client_secret="$secret" \
    "$KEYCLOAK_ISSUER/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    start) keycloak_start ;;
    stop) keycloak_stop ;;
    status) keycloak_running && keycloak_ready && echo "Keycloak up at $KEYCLOAK_URL" || { echo "Keycloak down"; exit 1; } ;;
    token) keycloak_secrets; keycloak_client_token provincial-platform "$PROVINCIAL_PLATFORM_SECRET" ;;
    *) echo "usage: $0 start|stop|status|token" >&2; exit 2 ;;
  esac
fi
