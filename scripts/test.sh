#!/usr/bin/env bash
# The test command of README (`npm test`): build, lint, typecheck, format check, the quality
# floors of `npm run eval`, unit tests,
# then the integration and end-to-end tests on a real Kafka broker and Redis. Every step runs
# even when an earlier one fails, and the last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false FORCE_COLOR=0
results=tmp/test-results
rm -rf "$results" && mkdir -p "$results"
checks="$results/checks.txt"
: >"$checks"

step() {
  local name=$1
  shift
  echo "== $name: $*"
  local started=$SECONDS
  "$@"
  local status=$?
  echo "$name $status" >>"$checks"
  echo "== $name: exit $status in $((SECONDS - started)) s"
}

step build npx tsc -b tsconfig.json
step lint npx nx run-many -t lint --parallel=2 --outputStyle=static
step typecheck npx nx run-many -t typecheck --parallel=2 --outputStyle=static
step format npx prettier --check .
# Quality on the evaluation corpus: fails when a figure drops below its floor in docs/quality.json.
step eval npm run --silent eval -- --check
echo "== unit tests"
npx jest -c jest.config.cjs --ci --json --outputFile="$results/unit.json" 2>&1 | tail -n 400
echo "== integration and end-to-end tests (real Kafka and Redis)"
npx jest -c jest.int.config.cjs --runInBand --ci --json --outputFile="$results/int.json" 2>&1 | tail -n 400
echo "== chaos (CI variant, its own Kafka and Redis): npm run chaos -- --ci"
npm run --silent chaos -- --ci 2>&1 | tail -n 80
node scripts/test-summary.cjs "$checks" "$results/unit.json" "$results/int.json" --chaos tmp/chaos/results.json
