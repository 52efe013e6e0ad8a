#!/usr/bin/env bash
# Shared helpers for the local scripts: find or install PostgreSQL, create the roles and databases.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="$ROOT/.run"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
SERVICES=(disclosure application appeals report)
# How a service's JVM runs locally, as measured in BENCHMARKS.md on 2 cores: the C1 compiler only (C2's compile
# threads competed with the requests for the two cores: reads went from ~860 to ~1,190 per second; C2 imports 2M
# items ~20 % faster but its code and arenas cost ~40 MB), the serial collector, and heaps sized to keep each service
# under 300 MB resident at province scale: the report-service holds the sources' parsed statistics, the others
# stream. Re-measured for issue 24 (BENCHMARKS.md): tiered C2 in a 48 MB code cache read at about half the rate in
# 15 s rounds and took three services past 300 MB. SERVICE_JAVA_OPTS overrides all of it. glibc's per-core malloc arenas only add resident memory.
# The report-service's 128 MB (96 until stop 34) leaves room for one PDF render beside its data: a render holds its two
# fonts' glyph tables in memory (~30 MB at once), and at 96 MB every report PDF and publish ran out of heap. Its
# resident memory at 128 MB has not been measured yet (the 300 MB above was at 96 MB).
# The application-service's 112 MB is also the least that takes its largest allowed request import (50,000 lines,
# 62 MB) twice: at 104 MB the unchanged re-send ran out of heap. The disclosure-service streams its imports: 120 MB
# carried the province (2M items imported twice, its statistics, the catalogue under load) at 298 MB resident.
java_opts() {
  local heap
  case "$1" in
    disclosure) heap=120m ;;
    report) heap=128m ;;
    *) heap=112m ;;
  esac
  echo "${SERVICE_JAVA_OPTS:--Xmx$heap -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m$(native_trim)}"
}

# Native memory the JVM has freed (compiler arenas, parsed symbols) goes back to the system every 5 s instead of staying
# resident in glibc's heap: ~6 MB less after a load round (BENCHMARKS.md). JDK 17.0.9 and later know the option;
# an older JVM would refuse to start with it, so it is asked first.
native_trim() {
  if [ -z "${NATIVE_TRIM+x}" ]; then
    NATIVE_TRIM=""
    java -XX:TrimNativeHeapInterval=5000 -version >/dev/null 2>&1 && NATIVE_TRIM=" -XX:TrimNativeHeapInterval=5000"
  fi
  printf '%s' "$NATIVE_TRIM"
}
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pg_answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -h "$PG_HOST" -p "$PG_PORT" -q
  else
    (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null
  fi
}

# Uses PostgreSQL on $PG_HOST:$PG_PORT if it answers, else installs Debian's package and starts it.
ensure_postgres() {
  if pg_answers; then return 0; fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    log "PostgreSQL is not installed: installing Debian's postgresql package"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local version
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  log "Starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 60); do
    pg_answers && return 0
    sleep 1
  done
  log "PostgreSQL did not start on $PG_HOST:$PG_PORT"
  return 1
}

# Runs SQL as the database superuser: over TCP where trust auth allows it, else as the postgres OS user.
psql_super() {
  if PGCONNECT_TIMEOUT=5 psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -v ON_ERROR_STOP=1 -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres "$@"
  elif [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -p "$PG_PORT" -d postgres "$@")
  else
    (cd / && sudo -u postgres psql -v ON_ERROR_STOP=1 -q -p "$PG_PORT" -d postgres "$@")
  fi
}

# Each service's role owns its run, test and end-to-end databases. Local password = role name:
# these are development credentials only; deployments pass their own through the environment.
ensure_databases() {
  local sql=""
  for s in "${SERVICES[@]}"; do
    sql+="SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', '$s', '$s') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$s')\\gexec
"
    for suffix in "" _test _e2e; do
      sql+="SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', '$s$suffix', '$s', 'UTF8') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$s$suffix')\\gexec
"
    done
  done
  printf '%s' "$sql" | psql_super -f - >/dev/null
  log "Databases ready: ${SERVICES[*]} (+ _test, _e2e)"
}

# Drops the local run databases (not _test or _e2e); ensure_databases then creates them empty.
drop_run_databases() {
  local sql=""
  for s in "${SERVICES[@]}"; do
    sql+="DROP DATABASE IF EXISTS \"$s\" WITH (FORCE);
"
  done
  printf '%s' "$sql" | psql_super -f - >/dev/null
  log "Dropped the local databases: ${SERVICES[*]}"
}

jar_of() { echo "$ROOT/$1-service/target/quarkus-app/quarkus-run.jar"; }
app_dir() { echo "$ROOT/$1-service/target/quarkus-app"; }

# Runs a service's packaged jar in place of the calling shell: java, the options given, and the class-data archive that
# `mvn package` builds beside the jar (quarkus.package.jar.appcds.enabled in pom.xml; ~0.5 s less start-up, BENCHMARKS.md).
# The JVM only maps the archive when the class path is spelled as when it was dumped, so it runs from the quarkus-app
# folder with a relative -jar; without an archive (or with one a rebuild made stale) it starts as before.
exec_service() {
  local s="$1"; shift
  cd "$(app_dir "$s")"
  local cds=()
  [ -f app-cds.jsa ] && cds=(-XX:SharedArchiveFile=app-cds.jsa -Xlog:cds=off -Xlog:cds+dynamic=off)
  exec java "$@" "${cds[@]}" -jar quarkus-run.jar
}

# True when pid runs the packaged jar of service s (exec_service's working directory and jar).
runs_service() {
  [ "$(readlink "/proc/$2/cwd" 2>/dev/null)" = "$(app_dir "$1")" ] && tr '\0' ' ' <"/proc/$2/cmdline" | grep -q -- "-jar quarkus-run.jar"
}

# True when a service jar or the seeds jar is missing or older than its sources (the platform's included).
needs_build() {
  for s in "${SERVICES[@]}"; do
    local jar; jar="$(jar_of "$s")"
    [ -f "$jar" ] || return 0
    # the platform library and the root pom go into every service's jar
    [ -z "$(find "$ROOT/$s-service/src" "$ROOT/$s-service/pom.xml" "$ROOT/platform/src" "$ROOT/platform/pom.xml" "$ROOT/pom.xml" \
      -newer "$jar" -print -quit)" ] || return 0
  done
  [ -f "$ROOT/seeds/target/seeds.jar" ] || return 0
  [ -z "$(find "$ROOT/seeds/src" "$ROOT/seeds/pom.xml" -newer "$ROOT/seeds/target/seeds.jar" -print -quit)" ] || return 0
  return 1
}
