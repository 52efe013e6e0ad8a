#!/usr/bin/env bash
# Restores the four databases from a folder written by backup.sh, into fresh databases (dropped and recreated empty):
#   deploy/local/restore.sh DIR [--suffix _e2e]
# Stop the services first (down.sh); on start Flyway finds the schema at its version and changes nothing.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DIR=""
SUFFIX=""
while [ $# -gt 0 ]; do
  case "$1" in
    --suffix) SUFFIX="$2"; shift 2 ;;
    -*) echo "usage: $0 DIR [--suffix _e2e]" >&2; exit 2 ;;
    *) DIR="$1"; shift ;;
  esac
done
[ -n "$DIR" ] && [ -d "$DIR" ] || { echo "usage: $0 DIR [--suffix _e2e]" >&2; exit 2; }
( cd "$DIR" && sha256sum --quiet -c SHA256SUMS ) || { log "The archives in $DIR do not match their checksums"; exit 1; }

ensure_postgres
for s in "${SERVICES[@]}"; do
  [ -f "$DIR/$s.dump" ] || { log "No $DIR/$s.dump"; exit 1; }
done
for s in "${SERVICES[@]}"; do
  db="$s$SUFFIX"
  printf 'DROP DATABASE IF EXISTS "%s" WITH (FORCE);\nCREATE DATABASE "%s" OWNER "%s" ENCODING %s TEMPLATE template0;\n' \
    "$db" "$db" "$s" "'UTF8'" | psql_super -f - >/dev/null
  PGPASSWORD="${PGPASSWORD:-$s}" pg_restore -h "$PG_HOST" -p "$PG_PORT" -U "$s" --no-owner --no-privileges --exit-on-error \
    --single-transaction -d "$db" "$DIR/$s.dump"
  log "Restored $db from $DIR/$s.dump"
done
