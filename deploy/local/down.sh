#!/usr/bin/env bash
# Stops exactly the processes up.sh started (by their PID files), and nothing else.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for s in "${SERVICES[@]}"; do
  pid_file="$RUN_DIR/$s.pid"
  [ -f "$pid_file" ] || continue
  pid="$(cat "$pid_file")"
  # Only a process still running our jar: a PID reused by something else is left alone.
  if kill -0 "$pid" 2>/dev/null && runs_service "$s" "$pid"; then
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    log "Stopped $s-service (pid $pid)"
  fi
  rm -f "$pid_file"
done
# Keycloak last: the services no longer need it
"$ROOT/deploy/local/keycloak.sh" stop
