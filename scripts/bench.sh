#!/usr/bin/env bash
# `npm run bench`: the per-stage benchmarks (never part of `npm test`). Each prints medians and
# ratios to a JSON parse + serialise of the same input, measured in one run. Pass file names to
# run only some, e.g. `npm run bench -- segment-text`.
set -euo pipefail
cd "$(dirname "$0")/.."
benches=(
  libs/nlp/text/bench/clean.bench.ts
  libs/dedup/bench/dedup.bench.ts
  libs/nlp/segmentation/bench/segment-text.bench.ts
  libs/nlp/entities/bench/tag-entities.bench.ts
  libs/nlp/strike-count/bench/extract-strikes.bench.ts
  test/bench/dedup-redis.bench.ts
)
# The Redis bench needs a Redis: use the one in infra/.run/env, or start one for the run.
started_infra=
if [ -z "${REDIS_URL:-}" ]; then
  if [ ! -f infra/.run/redis/env ] || ! infra/redis/start.sh >/dev/null 2>&1; then infra/redis/start.sh >/dev/null; fi
  started_infra=1
  # shellcheck disable=SC1091
  REDIS_URL=$(grep '^REDIS_URL=' infra/.run/redis/env | cut -d= -f2-)
  export REDIS_URL
fi
trap '[ -n "$started_infra" ] && infra/redis/stop.sh >/dev/null 2>&1 || true' EXIT
for bench in "${benches[@]}"; do
  if [ "$#" -gt 0 ] && ! printf '%s\n' "$@" | grep -qF "$(basename "$bench" .bench.ts)"; then continue; fi
  echo "== $bench ($(date -u +%FT%TZ), $(nproc) cores, node $(node --version))"
  node --expose-gc --conditions=@wirestream/source --import tsx "$bench"
done
