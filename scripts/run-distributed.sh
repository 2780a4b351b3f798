#!/usr/bin/env bash
# The whole distributed pipeline on this machine in one command (`npm run distributed`):
# Kafka and Redis from infra/, then one worker per stage as separate processes. Ctrl-C stops
# everything. Worker logs go to infra/.run/logs/<worker>.log.
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
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  infra/down.sh
}
trap stop EXIT INT TERM
# One worker per stage of the registry (STAGES in libs/contracts), in flow order.
workers=$(node -p "const c = require('./libs/contracts/dist'); c.STAGE_NAMES.map((n) => c.STAGES[n].worker.service).join(' ')")
for worker in $workers; do
  node "services/$worker/dist/main.js" >"infra/.run/logs/$worker.log" 2>&1 &
  pids+=($!)
  echo "started $worker (pid $!, log infra/.run/logs/$worker.log)" >&2
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
