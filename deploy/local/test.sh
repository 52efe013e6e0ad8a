#!/usr/bin/env bash
# Runs every test: unit, service (real PostgreSQL), browser and end-to-end. Usage: deploy/local/test.sh [extra mvn args]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/keycloak.sh"

ensure_postgres
ensure_databases
"$ROOT/deploy/local/ensure-browser.sh"

# The sign-in browser test signs in through the real Keycloak; stopped again afterwards unless it was running before
# (an up.sh session keeps its Keycloak).
STARTED_KEYCLOAK=no
if ! keycloak_running; then
  STARTED_KEYCLOAK=yes
fi
keycloak_start || log "Keycloak did not start: SignInBrowserIT will fail"
[ "$STARTED_KEYCLOAK" = yes ] && trap keycloak_stop EXIT

cd "$ROOT"
mvn -B -ntp verify "$@"
