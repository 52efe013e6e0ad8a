#!/usr/bin/env bash
# Backs up the four databases: one pg_dump custom-format archive per service in a dated folder (or the one named).
#   deploy/local/backup.sh [DIR] [--suffix _e2e]
# Each archive is a consistent snapshot of its database (pg_dump runs in one transaction); the four are taken one
# after the other, so stop the writers (down.sh) first when the set must be consistent across the services.
# Restore with restore.sh. See deploy/README.md, "Backup and restore".
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DIR=""
SUFFIX=""
while [ $# -gt 0 ]; do
  case "$1" in
    --suffix) SUFFIX="$2"; shift 2 ;;
    -*) echo "usage: $0 [DIR] [--suffix _e2e]" >&2; exit 2 ;;
    *) DIR="$1"; shift ;;
  esac
done
DIR="${DIR:-$RUN_DIR/backups/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$DIR"

ensure_postgres
for s in "${SERVICES[@]}"; do
  PGPASSWORD="${PGPASSWORD:-$s}" pg_dump -h "$PG_HOST" -p "$PG_PORT" -U "$s" --format=custom --no-owner --no-privileges \
    --file "$DIR/$s.dump" "$s$SUFFIX"
  log "Backed up $s$SUFFIX to $DIR/$s.dump"
done
( cd "$DIR" && sha256sum ./*.dump > SHA256SUMS )
echo "$DIR"
