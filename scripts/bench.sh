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
)
for bench in "${benches[@]}"; do
  if [ "$#" -gt 0 ] && ! printf '%s\n' "$@" | grep -qF "$(basename "$bench" .bench.ts)"; then continue; fi
  echo "== $bench ($(date -u +%FT%TZ), $(nproc) cores, node $(node --version))"
  node --expose-gc --conditions=@wirestream/source --import tsx "$bench"
done
