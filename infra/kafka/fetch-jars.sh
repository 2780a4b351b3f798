#!/usr/bin/env bash
# Copies the Kafka broker's runtime jars (versions from infra/versions.env) into infra/kafka/libs.
# Idempotent: a stamp keyed by the versions makes a second run a no-op. Maven's ~/.m2 cache makes a
# re-fetch after a version change or a wiped libs dir cheap too.
# Usage: fetch-jars.sh [--force]
# Env: INFRA_MVN_ARGS extra arguments for mvn (e.g. "-o" offline, "-s settings.xml").
set -euo pipefail
INFRA_TAG=kafka-jars
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib.sh"
infra_load_versions

force=0
case "${1:-}" in
  --force) force=1 ;;
  -h | --help)
    sed -n '2,7p' "$0"
    exit 0
    ;;
  '') ;;
  *) infra_die 2 "unknown argument: $1 (usage: fetch-jars.sh [--force])" ;;
esac

KAFKA_DIR="$INFRA_DIR/kafka"
LIBS="$KAFKA_DIR/libs"
STAMP="$LIBS/.fetched"
want="kafka_${SCALA_VERSION}=${KAFKA_VERSION} slf4j-reload4j=${SLF4J_RELOAD4J_VERSION} maven-dependency-plugin=${MAVEN_DEPENDENCY_PLUGIN_VERSION}"

is_fetched() { [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -f "$LIBS/kafka_${SCALA_VERSION}-${KAFKA_VERSION}.jar" ]; }

if [ "$force" = 0 ] && is_fetched; then
  infra_log "jars already fetched ($want) in $LIBS"
  exit 0
fi

infra_require_cmd java "Install a JDK 17+ (Debian: apt-get install -y openjdk-17-jre-headless)."
infra_require_cmd mvn "Install Maven 3.8+ (Debian: apt-get install -y maven)."

# Concurrent fetches (parallel CI steps, two terminals) would race on the libs dir.
mkdir -p "$INFRA_RUN_ROOT"
exec 9>"$INFRA_RUN_ROOT/fetch-jars.lock"
flock 9
if [ "$force" = 0 ] && is_fetched; then
  infra_log "jars fetched by a concurrent run ($want)"
  exit 0
fi

infra_log "fetching $want"
t0="$(infra_now_ms)"
tmp="$KAFKA_DIR/libs.tmp.$$"
rm -rf "$tmp"
trap 'rm -rf "$tmp"' EXIT
# Maven 3.8's jansi prints colour resets even in batch mode: stripped (pipefail keeps mvn's status).
# shellcheck disable=SC2086 # INFRA_MVN_ARGS is a list of words on purpose
mvn -B -q -Dstyle.color=never ${INFRA_MVN_ARGS:-} -f "$KAFKA_DIR/pom.xml" \
  -Dkafka.version="$KAFKA_VERSION" -Dscala.version="$SCALA_VERSION" \
  -Dslf4j.reload4j.version="$SLF4J_RELOAD4J_VERSION" \
  "org.apache.maven.plugins:maven-dependency-plugin:${MAVEN_DEPENDENCY_PLUGIN_VERSION}:copy-dependencies" \
  -DincludeScope=runtime -DoutputDirectory="$tmp" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2 ||
  infra_die 1 "mvn copy-dependencies failed (see above); Maven Central must be reachable or ~/.m2 warm"
[ -f "$tmp/kafka_${SCALA_VERSION}-${KAFKA_VERSION}.jar" ] || infra_die 1 "mvn finished but the kafka jar is missing from $tmp"
printf '%s\n' "$want" >"$tmp/.fetched"
rm -rf "$LIBS"
mv "$tmp" "$LIBS"
trap - EXIT
t1="$(infra_now_ms)"
count="$(find "$LIBS" -name '*.jar' | wc -l)"
size="$(du -sh "$LIBS" | cut -f1)"
infra_log "fetched $count jars ($size) into $LIBS in $((t1 - t0)) ms"
