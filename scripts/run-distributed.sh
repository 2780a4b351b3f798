#!/usr/bin/env bash
# The whole distributed pipeline on this machine in one command (`npm run distributed`):
# Kafka and Redis from infra/, then one worker per stage as separate processes, each restarted
# with backoff if it dies. Ctrl-C stops everything. Worker logs go to infra/.run/logs/<worker>.log.
set -euo pipefail
cd "$(dirname "$0")/.."
env_file=$(infra/up.sh)
set -a
# shellcheck disable=SC1090
. "$env_file"
set +a
npx tsc -b tsconfig.json
mkdir -p infra/.run/logs
pids=()
stop() {
  echo "stopping workers…" >&2
  # Each supervisor stops its worker, whichever restart it is on.
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  infra/down.sh
}
trap stop EXIT INT TERM
# One worker per stage of the registry (STAGES in libs/contracts), in flow order, each under a
# supervisor that reports a death at once and restarts it with backoff.
workers=$(node -p "const c = require('./libs/contracts/dist'); c.STAGE_NAMES.map((n) => c.STAGES[n].worker.service).join(' ')")
for worker in $workers; do
  log="infra/.run/logs/$worker.log"
  scripts/supervise.sh "$worker" "$log" node "services/$worker/dist/main.js" &
  pids+=($!)
  echo "started $worker (supervisor pid $!, log $log)" >&2
done
cat >&2 <<MSG

Distributed pipeline running: KAFKA_BROKERS=$KAFKA_BROKERS REDIS_URL=$REDIS_URL
In another terminal:
  export KAFKA_BROKERS=$KAFKA_BROKERS
  npx wire publish test/fixtures/dispatches
  npx wire tail dispatch.enriched --from-beginning
Ctrl-C stops the workers, Kafka and Redis.
MSG
wait "${pids[@]}"
