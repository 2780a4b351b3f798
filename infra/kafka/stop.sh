#!/usr/bin/env bash
# Stops the broker started by start.sh: SIGTERM (controlled shutdown), then SIGKILL after a timeout.
# Idempotent: nothing running is not an error. Keeps RUN_DIR (start.sh --reuse restarts from it).
# Usage: stop.sh [--dir RUN_DIR] [--timeout SECONDS (default 30)]
set -euo pipefail
INFRA_TAG=kafka
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib.sh"

run_dir="$INFRA_RUN_ROOT/kafka"
timeout=30
while [ $# -gt 0 ]; do
  case "$1" in
    --dir)
      [ $# -ge 2 ] || infra_die 2 "--dir needs a value"
      run_dir="$2"
      shift 2
      ;;
    --timeout)
      [ $# -ge 2 ] || infra_die 2 "--timeout needs a value"
      timeout="$2"
      shift 2
      ;;
    -h | --help)
      sed -n '2,4p' "$0"
      exit 0
      ;;
    *) infra_die 2 "unknown argument: $1 (see --help)" ;;
  esac
done

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
t0="$(infra_now_ms)"
infra_stop_pid "$pid" "$timeout" "broker"
infra_log "stopped pid $pid in $(($(infra_now_ms) - t0)) ms"
