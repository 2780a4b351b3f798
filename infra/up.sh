#!/usr/bin/env bash
# Starts the local infrastructure (Kafka broker + Redis) and writes one combined env file,
# infra/.run/env, whose path is printed on stdout. Source it with: set -a; . infra/.run/env; set +a
# A KAFKA_BROKERS or REDIS_URL already set in the environment is an external service: it is written
# through to the env file and nothing is started for it.
# Usage: up.sh [--reuse]   (--reuse: restart both with their previous ports and data)
set -euo pipefail
INFRA_TAG=infra
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

reuse_args=()
case "${1:-}" in
  --reuse) reuse_args=(--reuse) ;;
  -h | --help)
    sed -n '2,6p' "$0"
    exit 0
    ;;
  '') ;;
  *) infra_die 2 "unknown argument: $1 (usage: up.sh [--reuse])" ;;
esac

mkdir -p "$INFRA_RUN_ROOT"
combined="$INFRA_RUN_ROOT/env"
rm -f "$combined"
t0="$(infra_now_ms)"
started=()
cleanup() {
  local s
  for s in "${started[@]}"; do "$INFRA_DIR/$s/stop.sh" --dir "$INFRA_RUN_ROOT/$s" || true; done
}
trap 'cleanup' ERR

if [ -n "${REDIS_URL:-}" ]; then
  infra_log "using external Redis REDIS_URL=$REDIS_URL"
  redis_url="$REDIS_URL"
else
  "$INFRA_DIR/redis/start.sh" --dir "$INFRA_RUN_ROOT/redis" "${reuse_args[@]}" >/dev/null
  started+=(redis)
  redis_url="$(infra_env_get "$INFRA_RUN_ROOT/redis/env" REDIS_URL)"
fi

if [ -n "${KAFKA_BROKERS:-}" ]; then
  infra_log "using external Kafka KAFKA_BROKERS=$KAFKA_BROKERS"
  brokers="$KAFKA_BROKERS"
else
  # start.sh fetches the jars first when they are missing or their versions changed.
  "$INFRA_DIR/kafka/start.sh" --dir "$INFRA_RUN_ROOT/kafka" "${reuse_args[@]}" >/dev/null
  started+=(kafka)
  brokers="$(infra_env_get "$INFRA_RUN_ROOT/kafka/env" KAFKA_BROKERS)"
fi
trap - ERR

{
  echo "KAFKA_BROKERS=$brokers"
  echo "REDIS_URL=$redis_url"
} >"$combined.tmp"
mv -f "$combined.tmp" "$combined"
infra_log "up in $(($(infra_now_ms) - t0)) ms: KAFKA_BROKERS=$brokers REDIS_URL=$redis_url"
echo "$combined"
