#!/usr/bin/env bash
# Stops the redis-server started by start.sh: SIGTERM, then SIGKILL after a timeout. Idempotent.
# Usage: stop.sh [--dir RUN_DIR] [--kill]   (--kill: SIGKILL at once, a crash for chaos tests)
set -euo pipefail
INFRA_TAG=redis
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib.sh"

run_dir="$INFRA_RUN_ROOT/redis"
crash=0
while [ $# -gt 0 ]; do
  case "$1" in
    --dir)
      [ $# -ge 2 ] || infra_die 2 "--dir needs a value"
      run_dir="$2"
      shift 2
      ;;
    --kill)
      crash=1
      shift
      ;;
    -h | --help)
      sed -n '2,3p' "$0"
      exit 0
      ;;
    *) infra_die 2 "unknown argument: $1 (see --help)" ;;
  esac
done

[ -d "$run_dir" ] || {
  infra_log "not running (no $run_dir)"
  exit 0
}
pid="$(infra_env_get "$run_dir/env" REDIS_PID)"
if [ -z "$pid" ] || ! infra_pid_matches "$pid" "127.0.0.1:$(infra_env_get "$run_dir/env" REDIS_PORT)"; then
  infra_log "not running"
  exit 0
fi
if [ "$crash" = 1 ]; then
  kill -KILL "$pid" 2>/dev/null || true
  while infra_pid_alive "$pid"; do sleep 0.05; done
  infra_log "killed pid $pid"
else
  infra_stop_pid "$pid" 10 "redis-server"
  infra_log "stopped pid $pid"
fi
