#!/usr/bin/env bash
# `npm run chaos`: crash, zombie, Redis, poison and recovery tests of the distributed pipeline on its
# own Kafka broker and Redis (infra/.run/chaos, free loopback ports), stopped again on exit. Prints a
# table (test, dispatches, lost, doubled, recovery seconds, verdict) and writes tmp/chaos/results.json;
# exits non-zero if any verdict fails. See docs/reliability.md.
# Usage: chaos.sh [--ci] [SCENARIO...]   --ci: the fast variant of `npm test` (5,000 dispatches, each
#   kill once, short session and transaction timeouts); SCENARIO: crash, zombie, redis-restart,
#   dedup-crash-after-claim, poison, recovery (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true
case "${1:-}" in -h | --help)
  sed -n '2,8p' "$0"
  exit 0
  ;;
esac
run_dir="$PWD/infra/.run/chaos"
mkdir -p "$run_dir" tmp/chaos
# One chaos run per tree: a second would share (and stop) this run's broker and Redis.
exec 9>"$run_dir/lock"
flock -n 9 || {
  echo "[chaos] another chaos run holds $run_dir/lock" >&2
  exit 2
}
rm -f tmp/chaos/results.json

# shellcheck disable=SC2317 # called by the EXIT trap
stop_infra() {
  infra/kafka/stop.sh --dir "$run_dir/kafka" >/dev/null 2>&1 || true
  infra/redis/stop.sh --dir "$run_dir/redis" >/dev/null 2>&1 || true
  # A Redis restarted by a scenario whose start.sh timed out is not in the env file: its pidfile
  # and working directory (this run dir) still name it.
  local pid
  pid="$(cat "$run_dir/redis/redis.pid" 2>/dev/null || true)"
  if [ -n "$pid" ] && [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$run_dir/redis" ]; then
    kill -TERM "$pid" 2>/dev/null || true
  fi
}
trap stop_infra EXIT

started=$SECONDS
# The workers run from their compiled entry points; tsc -b rebuilds only what changed.
npx tsc -b tsconfig.json
# 9>&-: the daemons (and the Redis a scenario restarts) must not inherit the lock, or an orphan left by
# a killed run would block every later one.
infra/redis/start.sh --dir "$run_dir/redis" --persist >/dev/null 9>&-
infra/kafka/start.sh --dir "$run_dir/kafka" >/dev/null 9>&-
KAFKA_BROKERS="$(sed -n 's/^KAFKA_BROKERS=//p' "$run_dir/kafka/env")"
REDIS_URL="$(sed -n 's/^REDIS_URL=//p' "$run_dir/redis/env")"
echo "[chaos] infra up in $((SECONDS - started)) s: KAFKA_BROKERS=$KAFKA_BROKERS REDIS_URL=$REDIS_URL" >&2
status=0
KAFKA_BROKERS="$KAFKA_BROKERS" REDIS_URL="$REDIS_URL" CHAOS_RUN_DIR="$run_dir" \
  node --conditions=@wirestream/source --import tsx test/chaos/main.ts "$@" 9>&- || status=$?
echo "[chaos] finished in $((SECONDS - started)) s, exit $status" >&2
exit "$status"
