#!/usr/bin/env bash
# Keeps one process running: `supervise.sh NAME LOG CMD...` starts CMD (output appended to LOG),
# reports on stderr at once when it exits, and starts it again after a backoff (SUPERVISE_DELAY_S,
# default 1 s, doubling to 30 s; back to the start after a run of a minute or more). TERM or INT
# stops CMD and the supervisor: `npm run distributed` runs one per worker.
set -uo pipefail
name=$1 log=$2
shift 2
initial=${SUPERVISE_DELAY_S:-1}
delay=$initial
child=
stop() {
  [ -n "$child" ] && kill -TERM "$child" 2>/dev/null && wait "$child" 2>/dev/null
  exit 0
}
trap stop TERM INT
while true; do
  started=$SECONDS
  "$@" >>"$log" 2>&1 &
  child=$!
  wait "$child"
  status=$?
  child=
  if ((SECONDS - started >= 60)); then delay=$initial; fi
  echo "[supervise] $name exited with status $status; restarting in ${delay} s (log $log)" >&2
  sleep "$delay" &
  wait $!
  delay=$(awk -v d="$delay" 'BEGIN { d *= 2; print (d > 30 ? 30 : d) }')
done
