#!/usr/bin/env bash
# `npm run bench` (never part of `npm test`): builds, starts its own Kafka and Redis, runs the
# benchmarks of issue 10 and writes docs/benchmarks.md and docs/benchmarks.json; stops what it
# started. One part: `npm run bench -- stage-cpu|dedup-redis|pipeline|report` (several allowed).
# The older per-library benches run by name: `npm run bench -- segment-text` (or clean, dedup,
# tag-entities, extract-strikes). Env: BENCH_TIMEOUT (seconds, default 1500) bounds each part;
# BENCH_PIPELINE_N, BENCH_HOP_N, BENCH_LATENCY_SECONDS size the pipeline bench.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true

parts=(stage-cpu dedup-redis pipeline report)
libs=(
  libs/nlp/text/bench/clean.bench.ts
  libs/dedup/bench/dedup.bench.ts
  libs/nlp/segmentation/bench/segment-text.bench.ts
  libs/nlp/entities/bench/tag-entities.bench.ts
  libs/nlp/strike-count/bench/extract-strikes.bench.ts
)
known=("${parts[@]}")
for bench in "${libs[@]}"; do known+=("$(basename "$bench" .bench.ts)"); done
if [ "$#" -gt 0 ]; then
  parts=("$@")
  for part in "${parts[@]}"; do
    if ! printf '%s\n' "${known[@]}" | grep -qxF "$part"; then
      echo "bench: unknown part '$part' (known: ${known[*]})" >&2
      exit 2
    fi
  done
fi
wants() { printf '%s\n' "${parts[@]}" | grep -qxF "$1"; }
timeout_s="${BENCH_TIMEOUT:-1500}"
kafka_dir=infra/.run/bench
redis_dir=infra/.run/bench-redis
t0=$(date +%s)
say() { printf '[bench %4ss] %s\n' "$(($(date +%s) - t0))" "$*" >&2; }

started=()
cleanup() {
  local code=$?
  for part in "${started[@]}"; do
    case "$part" in
      kafka) infra/kafka/stop.sh --dir "$kafka_dir" >/dev/null 2>&1 || infra/kafka/kill.sh --dir "$kafka_dir" >/dev/null 2>&1 || true ;;
      redis) infra/redis/stop.sh --dir "$redis_dir" >/dev/null 2>&1 || true ;;
    esac
  done
  [ "${#started[@]}" -gt 0 ] && say "stopped the bench's ${started[*]}"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

run() { # name, command...
  local name=$1
  shift
  say "== $name ($(date -u +%FT%TZ), $(nproc) cores, node $(node --version))"
  if ! timeout --kill-after=30 "$timeout_s" "$@"; then
    say "$name FAILED (see the lines above); its figures will be null in the report"
    failed+=("$name")
  fi
}
failed=()
node_ts=(node --expose-gc --conditions=@wirestream/source --import tsx)

say "building (tsc -b)"
npx tsc -b tsconfig.json

if wants pipeline; then
  say "starting the bench's Kafka ($kafka_dir, full JIT)"
  started+=(kafka)
  BENCH=1 infra/kafka/start.sh --dir "$kafka_dir" >/dev/null
  set -a
  # shellcheck disable=SC1091
  . "$kafka_dir/env"
  set +a
fi
if wants pipeline || wants dedup-redis; then
  say "starting the bench's Redis ($redis_dir)"
  started+=(redis)
  infra/redis/start.sh --dir "$redis_dir" >/dev/null
  set -a
  # shellcheck disable=SC1091
  . "$redis_dir/env"
  set +a
fi

mkdir -p tmp/bench
wants stage-cpu && run stage-cpu "${node_ts[@]}" test/bench/stage-cpu.bench.ts
wants dedup-redis && run dedup-redis "${node_ts[@]}" test/bench/dedup-redis.bench.ts
# Workers run their compiled dist/ like a deployment; the harness's own children load libs from dist too.
wants pipeline && run pipeline node --import tsx test/bench/pipeline/pipeline.bench.ts
for bench in "${libs[@]}"; do
  wants "$(basename "$bench" .bench.ts)" && run "$bench" "${node_ts[@]}" "$bench"
done
wants report && run report node --import tsx test/bench/report.ts
say "done in $(($(date +%s) - t0)) s${failed[*]:+; failed: ${failed[*]}}"
[ "${#failed[@]}" -eq 0 ]
