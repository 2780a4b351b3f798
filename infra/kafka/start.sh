#!/usr/bin/env bash
# Starts a single-node KRaft Kafka broker on free loopback ports, in the background, and waits until
# it is ready. Writes RUN_DIR/env (KAFKA_BROKERS=127.0.0.1:<port>, KAFKA_PID, ...).
# Usage: start.sh [--dir RUN_DIR] [--reuse] [--secure] [--timeout SECONDS]
#   --dir      run directory (default infra/.run/kafka): config, data, log, env
#   --reuse    restart with the ports and data of RUN_DIR/env (after stop.sh or kill.sh); secure if it was
#   --secure   SASL (PLAIN, SCRAM-SHA-256/512) on SASL_PLAINTEXT and SASL_SSL listeners, a fresh test
#              CA in RUN_DIR/tls; RUN_DIR/env (mode 600) adds KAFKA_SSL_BROKERS, KAFKA_SASL_*, KAFKA_TLS_CA_FILE
#   --timeout  readiness timeout in seconds (default 90, or KAFKA_START_TIMEOUT)
# Env: BENCH=1 full JIT (slower start, faster run); KAFKA_HEAP_OPTS (default -Xms256m -Xmx512m);
#      KAFKA_JAVA_OPTS extra JVM flags.
set -euo pipefail
INFRA_TAG=kafka
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib.sh"
infra_load_versions

KAFKA_DIR="$INFRA_DIR/kafka"
run_dir="$INFRA_RUN_ROOT/kafka"
reuse=0
secure=0
timeout="${KAFKA_START_TIMEOUT:-90}"
while [ $# -gt 0 ]; do
  case "$1" in
    --dir)
      [ $# -ge 2 ] || infra_die 2 "--dir needs a value"
      run_dir="$2"
      shift 2
      ;;
    --reuse)
      reuse=1
      shift
      ;;
    --secure)
      secure=1
      shift
      ;;
    --timeout)
      [ $# -ge 2 ] || infra_die 2 "--timeout needs a value"
      timeout="$2"
      shift 2
      ;;
    -h | --help)
      sed -n '2,12p' "$0"
      exit 0
      ;;
    *) infra_die 2 "unknown argument: $1 (see --help)" ;;
  esac
done
case "$timeout" in '' | *[!0-9]*) infra_die 2 "--timeout must be a whole number of seconds" ;; esac

infra_require_cmd java "Install a JDK 17+ (Debian: apt-get install -y openjdk-17-jre-headless)."
"$KAFKA_DIR/fetch-jars.sh"

mkdir -p "$run_dir"
run_dir="$(cd "$run_dir" && pwd)"
env_file="$run_dir/env"
props="$run_dir/server.properties"
log_file="$run_dir/kafka.log"
marker="$props"

old_pid="$(infra_env_get "$env_file" KAFKA_PID)"
if [ -n "$old_pid" ] && infra_pid_matches "$old_pid" "$marker"; then
  infra_log "already running (pid $old_pid): $(infra_env_get "$env_file" KAFKA_BROKERS); stop.sh first to restart"
  echo "$env_file"
  exit 0
fi

if [ "$reuse" = 1 ]; then
  [ -f "$env_file" ] || infra_die 2 "--reuse: no $env_file from an earlier start"
  port="$(infra_env_get "$env_file" KAFKA_PORT)"
  controller_port="$(infra_env_get "$env_file" KAFKA_CONTROLLER_PORT)"
  data_dir="$(infra_env_get "$env_file" KAFKA_LOG_DIR)"
  cluster_id="$(infra_env_get "$env_file" KAFKA_CLUSTER_ID)"
  ssl_port="$(infra_env_get "$env_file" KAFKA_SSL_PORT)"
  sasl_password="$(infra_env_get "$env_file" KAFKA_SASL_PASSWORD)"
  admin_password="$(infra_env_get "$env_file" KAFKA_ADMIN_PASSWORD)"
  keystore_password="$(infra_env_get "$env_file" KAFKA_KEYSTORE_PASSWORD)"
  if [ "$secure" = 1 ] && [ -z "$ssl_port" ]; then infra_die 1 "--reuse --secure: $env_file is not from a secure start"; fi
  # A secure broker restarts secure (restart.sh and the chaos tests pass --reuse only).
  if [ -n "$sasl_password" ]; then secure=1; fi
  if [ -z "$port" ] || [ -z "$controller_port" ] || [ ! -d "$data_dir" ]; then
    infra_die 1 "--reuse: $env_file lacks ports or its data dir is gone"
  fi
else
  read -r port controller_port ssl_port <<<"$(infra_free_ports 3)"
  if [ "$secure" = 1 ]; then
    infra_require_cmd openssl "Install it (Debian: apt-get install -y openssl)."
    sasl_password="$(openssl rand -hex 16)"
    admin_password="$(openssl rand -hex 16)"
    keystore_password="$(openssl rand -hex 16)"
    "$INFRA_DIR/make-test-certs.sh" "$run_dir/tls" --p12-password "$keystore_password"
  fi
  data_dir="$run_dir/data"
  rm -rf "$data_dir"
  mkdir -p "$data_dir"
  cluster_id="$(infra_random_kafka_uuid)"
fi

escape() { printf '%s' "$1" | sed 's/[&|\\]/\\&/g'; }
# The one SASL user of the secure mode, for PLAIN and both SCRAM mechanisms.
sasl_username=wirestream
template="$KAFKA_DIR/server.properties.template"
if [ "$secure" = 1 ]; then template="$KAFKA_DIR/server-secure.properties.template"; fi
(
  umask 077
  sed -e "s|{{KAFKA_PORT}}|$port|g" \
    -e "s|{{KAFKA_CONTROLLER_PORT}}|$controller_port|g" \
    -e "s|{{KAFKA_LOG_DIR}}|$(escape "$data_dir")|g" \
    -e "s|{{KAFKA_SSL_PORT}}|${ssl_port:-}|g" \
    -e "s|{{KAFKA_KEYSTORE}}|$(escape "$run_dir/tls/server.p12")|g" \
    -e "s|{{KEYSTORE_PASSWORD}}|${keystore_password:-}|g" \
    -e "s|{{ADMIN_PASSWORD}}|${admin_password:-}|g" \
    -e "s|{{SASL_USERNAME}}|$sasl_username|g" \
    -e "s|{{SASL_PASSWORD}}|${sasl_password:-}|g" \
    "$template" >"$props"
)

cp="$KAFKA_DIR/libs/*"
log4j="-Dlog4j.configuration=file:$KAFKA_DIR/log4j.properties"

format_ms=0
scram_args=()
if [ "$secure" = 1 ]; then
  for mechanism in SCRAM-SHA-256 SCRAM-SHA-512; do
    scram_args+=(--add-scram "$mechanism=[name=$sasl_username,password=$sasl_password]")
  done
fi
if [ "$reuse" = 0 ]; then
  t0="$(infra_now_ms)"
  java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$cp" "$log4j" \
    kafka.tools.StorageTool format -t "$cluster_id" -c "$props" --ignore-formatted "${scram_args[@]}" \
    >"$run_dir/format.log" 2>&1 || {
    cat "$run_dir/format.log" >&2
    infra_die 1 "storage format failed"
  }
  format_ms=$(($(infra_now_ms) - t0))
  infra_log "formatted $data_dir (cluster $cluster_id) in $format_ms ms"
fi

# A slower JIT tier only for benchmarks; C1-only starts a second or two faster on two cores.
jit_opts=(-XX:TieredStopAtLevel=1)
[ "${BENCH:-0}" = 1 ] && jit_opts=()
# shellcheck disable=SC2206 # heap and extra opts are word lists on purpose
heap_opts=(${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m})
# shellcheck disable=SC2206
extra_opts=(${KAFKA_JAVA_OPTS:-})

[ -f "$log_file" ] && mv -f "$log_file" "$run_dir/kafka.prev.log"
t0="$(infra_now_ms)"
nohup java "${heap_opts[@]}" -XX:+UseSerialGC "${jit_opts[@]}" -Djava.awt.headless=true \
  "${extra_opts[@]}" -cp "$cp" "$log4j" kafka.Kafka "$props" >"$log_file" 2>&1 </dev/null &
pid=$!

{
  echo "KAFKA_BROKERS=127.0.0.1:$port"
  echo "KAFKA_PID=$pid"
  echo "KAFKA_PORT=$port"
  echo "KAFKA_CONTROLLER_PORT=$controller_port"
  echo "KAFKA_LOG_DIR=$data_dir"
  echo "KAFKA_CLUSTER_ID=$cluster_id"
  echo "KAFKA_VERSION=$KAFKA_VERSION"
  if [ "$secure" = 1 ]; then
    echo "KAFKA_SSL_BROKERS=127.0.0.1:$ssl_port"
    echo "KAFKA_SSL_PORT=$ssl_port"
    echo "KAFKA_SASL_MECHANISM=plain"
    echo "KAFKA_SASL_USERNAME=$sasl_username"
    echo "KAFKA_SASL_PASSWORD=$sasl_password"
    echo "KAFKA_TLS_CA_FILE=$run_dir/tls/ca.pem"
    echo "KAFKA_ADMIN_PASSWORD=$admin_password"
    echo "KAFKA_KEYSTORE_PASSWORD=$keystore_password"
  fi
} >"$env_file.tmp"
if [ "$secure" = 1 ]; then chmod 600 "$env_file.tmp"; fi
mv -f "$env_file.tmp" "$env_file"

fail() {
  infra_log "last lines of $log_file:"
  tail -n 40 "$log_file" >&2 || true
  # Our own child, so wait reaps it: no half-started broker (or zombie) outlives a failed start.
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  infra_die 1 "$1"
}

deadline=$((t0 + timeout * 1000))
until infra_port_open "$port"; do
  infra_pid_alive "$pid" || fail "broker exited during start"
  [ "$(infra_now_ms)" -lt "$deadline" ] || fail "port $port not open after ${timeout}s"
  sleep 0.1
done
# The port opens before the broker has caught up with its metadata; the log line marks full readiness.
until grep -qE 'Kafka ?Server started' "$log_file"; do
  infra_pid_alive "$pid" || fail "broker exited during start"
  [ "$(infra_now_ms)" -lt "$deadline" ] || fail "no 'Kafka Server started' in the log after ${timeout}s"
  sleep 0.1
done
start_ms=$(($(infra_now_ms) - t0))

infra_log "started Kafka $KAFKA_VERSION at 127.0.0.1:$port (controller $controller_port), pid $pid"
if [ "$secure" = 1 ]; then infra_log "secure: SASL_PLAINTEXT 127.0.0.1:$port, SASL_SSL 127.0.0.1:$ssl_port, user $sasl_username"; fi
infra_log "format ${format_ms} ms, start ${start_ms} ms, RSS $(infra_rss_mib "$pid")"
echo "$env_file"
