#!/usr/bin/env bash
# Starts Debian's redis-server on a free loopback port, daemonised, and waits for PING -> PONG.
# Writes RUN_DIR/env (REDIS_URL=redis://127.0.0.1:<port>, REDIS_PID, REDIS_PORT).
# Usage: start.sh [--dir RUN_DIR] [--reuse] [--persist] [--secure] [--timeout SECONDS]
#   --dir      run directory (default infra/.run/redis): pidfile, logfile, data, env
#   --reuse    restart on the port of RUN_DIR/env (after stop.sh or kill.sh); secure if it was
#   --persist  append-only file in RUN_DIR (default: no persistence at all)
#   --secure   the default user off, one ACL user with a random password, and a TLS port with a fresh
#              test CA in RUN_DIR/tls; RUN_DIR/env (mode 600) adds REDIS_USERNAME, REDIS_PASSWORD,
#              REDIS_TLS_URL, REDIS_TLS_CA_FILE
#   --timeout  readiness timeout in seconds (default 10)
set -euo pipefail
INFRA_TAG=redis
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib.sh"

run_dir="$INFRA_RUN_ROOT/redis"
reuse=0
persist=0
secure=0
timeout=10
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
    --persist)
      persist=1
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
      sed -n '2,11p' "$0"
      exit 0
      ;;
    *) infra_die 2 "unknown argument: $1 (see --help)" ;;
  esac
done
case "$timeout" in '' | *[!0-9]*) infra_die 2 "--timeout must be a whole number of seconds" ;; esac

hint="Install it (Debian/Ubuntu: apt-get install -y redis-server), or point REDIS_URL at an existing Redis."
infra_require_cmd redis-server "$hint"
infra_require_cmd redis-cli "$hint"

mkdir -p "$run_dir"
run_dir="$(cd "$run_dir" && pwd)"
env_file="$run_dir/env"
pid_file="$run_dir/redis.pid"
log_file="$run_dir/redis.log"

old_pid="$(infra_env_get "$env_file" REDIS_PID)"
# Redis retitles its process to "redis-server 127.0.0.1:<port>", which guards against pid reuse.
if [ -n "$old_pid" ] && infra_pid_matches "$old_pid" "127.0.0.1:$(infra_env_get "$env_file" REDIS_PORT)"; then
  infra_log "already running (pid $old_pid): $(infra_env_get "$env_file" REDIS_URL); stop.sh first to restart"
  echo "$env_file"
  exit 0
fi

if [ "$reuse" = 1 ]; then
  port="$(infra_env_get "$env_file" REDIS_PORT)"
  [ -n "$port" ] || infra_die 2 "--reuse: no REDIS_PORT in $env_file from an earlier start"
  tls_port="$(infra_env_get "$env_file" REDIS_TLS_PORT)"
  password="$(infra_env_get "$env_file" REDIS_PASSWORD)"
  if [ "$secure" = 1 ] && [ -z "$tls_port" ]; then infra_die 2 "--reuse --secure: $env_file is not from a secure start"; fi
  # A secure Redis restarts secure (the chaos tests pass --reuse only).
  if [ -n "$password" ]; then secure=1; fi
else
  read -r port tls_port <<<"$(infra_free_ports 2)"
  if [ "$secure" = 1 ]; then
    infra_require_cmd openssl "Install it (Debian: apt-get install -y openssl)."
    password="$(openssl rand -hex 16)"
    "$INFRA_DIR/make-test-certs.sh" "$run_dir/tls"
  fi
  rm -f "$run_dir/appendonly.aof" "$run_dir/dump.rdb"
  rm -rf "$run_dir/appendonlydir"
fi

persist_opts=(--appendonly no)
[ "$persist" = 1 ] && persist_opts=(--appendonly yes --appendfsync everysec)

# The one ACL user of the secure mode; the password stays in files (mode 600), off the command line.
username=wirestream
secure_opts=()
if [ "$secure" = 1 ]; then
  (
    umask 077
    printf 'user default off\nuser %s on >%s ~* &* +@all\n' "$username" "$password" >"$run_dir/users.acl"
  )
  tls="$run_dir/tls"
  secure_opts=(--aclfile "$run_dir/users.acl" --tls-port "$tls_port" --tls-cert-file "$tls/server.pem"
    --tls-key-file "$tls/server.key" --tls-ca-cert-file "$tls/ca.pem" --tls-auth-clients no)
fi

rm -f "$pid_file"
[ -f "$log_file" ] && mv -f "$log_file" "$run_dir/redis.prev.log"
t0="$(infra_now_ms)"
redis-server --port "$port" --bind 127.0.0.1 --protected-mode yes \
  --daemonize yes --pidfile "$pid_file" --logfile "$log_file" --dir "$run_dir" \
  --save '' "${persist_opts[@]}" "${secure_opts[@]}" ||
  infra_die 1 "redis-server failed to start (see $log_file)"

deadline=$((t0 + timeout * 1000))
cli_auth=()
if [ "$secure" = 1 ]; then
  cli_auth=(--user "$username")
  export REDISCLI_AUTH="$password"
fi
until [ "$(redis-cli -h 127.0.0.1 -p "$port" "${cli_auth[@]}" ping 2>/dev/null || true)" = PONG ]; do
  if [ "$(infra_now_ms)" -ge "$deadline" ]; then
    tail -n 20 "$log_file" >&2 || true
    infra_die 1 "no PONG from 127.0.0.1:$port after ${timeout}s"
  fi
  sleep 0.05
done
# The pidfile is written just after the daemon forks, before or after it answers PING.
until [ -s "$pid_file" ]; do sleep 0.02; done
pid="$(cat "$pid_file")"
start_ms=$(($(infra_now_ms) - t0))

{
  echo "REDIS_URL=redis://127.0.0.1:$port"
  echo "REDIS_PID=$pid"
  echo "REDIS_PORT=$port"
  if [ "$secure" = 1 ]; then
    echo "REDIS_USERNAME=$username"
    echo "REDIS_PASSWORD=$password"
    echo "REDIS_TLS_PORT=$tls_port"
    echo "REDIS_TLS_URL=rediss://127.0.0.1:$tls_port"
    echo "REDIS_TLS_CA_FILE=$run_dir/tls/ca.pem"
  fi
} >"$env_file.tmp"
if [ "$secure" = 1 ]; then chmod 600 "$env_file.tmp"; fi
mv -f "$env_file.tmp" "$env_file"

infra_log "started $(redis-server --version | sed -n 's/.* v=\([^ ]*\).*/redis \1/p') at 127.0.0.1:$port, pid $pid, persistence $([ "$persist" = 1 ] && echo aof || echo off)"
infra_log "start ${start_ms} ms, RSS $(infra_rss_mib "$pid")"
echo "$env_file"
