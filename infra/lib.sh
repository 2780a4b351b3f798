# shellcheck shell=bash
# Helpers shared by the infra scripts. Sourced, never executed.
# Exit codes used throughout: 1 = failed, 2 = bad usage, 3 = a required tool is missing.

INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
INFRA_RUN_ROOT="${INFRA_RUN_ROOT:-$INFRA_DIR/.run}"

infra_log() { printf '[%s] %s\n' "${INFRA_TAG:-infra}" "$*" >&2; }

infra_die() {
  local code="$1"
  shift
  infra_log "error: $*"
  exit "$code"
}

# versions.env holds plain KEY=VALUE lines, so sourcing it is safe and exports nothing by itself.
infra_load_versions() {
  # shellcheck source=/dev/null # plain KEY=VALUE lines
  . "$INFRA_DIR/versions.env"
}

infra_require_cmd() {
  local cmd="$1" hint="$2"
  command -v "$cmd" >/dev/null 2>&1 || infra_die 3 "'$cmd' not found on PATH. $hint"
}

infra_now_ms() { date +%s%3N; }

# Runs a small snippet with python3, falling back to node; both are expected on dev machines and CI.
infra_script() {
  local py="$1" js="$2"
  if command -v python3 >/dev/null 2>&1 && python3 -c 'pass' >/dev/null 2>&1; then
    python3 -c "$py"
  elif command -v node >/dev/null 2>&1; then
    node -e "$js"
  else
    infra_die 3 "neither python3 nor node found (needed to pick free ports)"
  fi
}

# Prints N distinct free loopback ports. All sockets are held open together so the kernel cannot hand
# out the same port twice; there is still a small window before the server binds, as with any port-0 trick.
infra_free_ports() {
  local n="$1"
  infra_script \
    "import socket
ss=[socket.socket() for _ in range($n)]
for s in ss: s.bind(('127.0.0.1', 0))
print(' '.join(str(s.getsockname()[1]) for s in ss))
for s in ss: s.close()" \
    "const net=require('net');const ports=[];const ss=[];
const next=()=>{if(ports.length===$n){console.log(ports.join(' '));ss.forEach(s=>s.close());return;}
const s=net.createServer();ss.push(s);s.listen(0,'127.0.0.1',()=>{ports.push(s.address().port);next();});};next();"
}

# Kafka cluster ids are 16 random bytes in unpadded base64url; Kafka's own generator also avoids a
# leading '-' (it would read as a command-line flag), so we do too. Saves a JVM start over StorageTool.
infra_random_kafka_uuid() {
  infra_script \
    "import base64,os
while True:
    u=base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip('=')
    if not u.startswith('-'): break
print(u)" \
    "const c=require('crypto');let u;do{u=c.randomBytes(16).toString('base64url');}while(u.startsWith('-'));console.log(u);"
}

infra_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A zombie still answers kill -0, so it is checked for explicitly (an unreaped broker counts as gone).
infra_pid_alive() {
  [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
  ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

# True when pid is alive and its command line contains the given marker (guards against pid reuse).
infra_pid_matches() {
  local pid="$1" marker="$2"
  infra_pid_alive "$pid" || return 1
  [ -r "/proc/$pid/cmdline" ] || return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker"
}

infra_rss_mib() {
  local kb
  kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || true)"
  if [ -n "$kb" ]; then echo "$((kb / 1024)) MiB"; else echo "unknown"; fi
}

# Reads KEY from a KEY=VALUE file without sourcing it.
infra_env_get() {
  local file="$1" key="$2"
  [ -f "$file" ] || return 0
  sed -n "s/^${key}=//p" "$file" | tail -n 1
}

# Sends SIGTERM, waits up to timeout seconds, then SIGKILL. Returns once the process is gone.
infra_stop_pid() {
  local pid="$1" timeout="$2" what="$3" waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while infra_pid_alive "$pid"; do
    if [ "$waited" -ge "$((timeout * 10))" ]; then
      infra_log "$what (pid $pid) still running after ${timeout}s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  while infra_pid_alive "$pid"; do sleep 0.05; done
}
