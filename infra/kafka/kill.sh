#!/usr/bin/env bash
# Kills the broker started by start.sh with SIGKILL (a crash, for chaos tests): no controlled
# shutdown, data left as is. Idempotent. Bring it back with start.sh --reuse (same ports and data).
# Usage: kill.sh [--dir RUN_DIR]
set -euo pipefail
INFRA_TAG=kafka
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib.sh"

run_dir="$INFRA_RUN_ROOT/kafka"
case "${1:-}" in
  --dir)
    [ $# -ge 2 ] || infra_die 2 "--dir needs a value"
    run_dir="$2"
    ;;
  -h | --help)
    sed -n '2,4p' "$0"
    exit 0
    ;;
  '') ;;
  *) infra_die 2 "unknown argument: $1 (see --help)" ;;
esac

[ -d "$run_dir" ] || {
  infra_log "not running (no $run_dir)"
  exit 0
}
run_dir="$(cd "$run_dir" && pwd)"
pid="$(infra_env_get "$run_dir/env" KAFKA_PID)"
if [ -z "$pid" ] || ! infra_pid_matches "$pid" "$run_dir/server.properties"; then
  infra_log "not running"
  exit 0
fi
kill -KILL "$pid" 2>/dev/null || true
while infra_pid_alive "$pid"; do sleep 0.05; done
infra_log "killed pid $pid"
