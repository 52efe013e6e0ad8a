#!/usr/bin/env bash
# Runs every test: unit, service (real PostgreSQL), browser and end-to-end. Usage: deploy/local/test.sh [extra mvn args]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_postgres
ensure_databases
"$ROOT/deploy/local/ensure-browser.sh"
"$ROOT/deploy/local/ensure-office.sh"

cd "$ROOT"
exec mvn -B -ntp verify "$@"
