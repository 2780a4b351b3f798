#!/usr/bin/env bash
# Stops what up.sh started (Kafka, then Redis) and removes infra/.run/env. Idempotent.
# Per-service run dirs stay, so up.sh --reuse can restart on the same ports and data.
# Usage: down.sh
set -euo pipefail
INFRA_TAG=infra
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

case "${1:-}" in
  -h | --help)
    sed -n '2,4p' "$0"
    exit 0
    ;;
  '') ;;
  *) infra_die 2 "unknown argument: $1 (usage: down.sh)" ;;
esac

rm -f "$INFRA_RUN_ROOT/env"
status=0
"$INFRA_DIR/kafka/stop.sh" --dir "$INFRA_RUN_ROOT/kafka" || status=1
"$INFRA_DIR/redis/stop.sh" --dir "$INFRA_RUN_ROOT/redis" || status=1
exit "$status"
