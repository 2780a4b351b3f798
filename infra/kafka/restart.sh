#!/usr/bin/env bash
# Restarts the broker keeping its ports and data: stop.sh (or kill.sh with --kill), then start.sh --reuse.
# Usage: restart.sh [--dir RUN_DIR] [--kill]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir_args=()
how=stop
while [ $# -gt 0 ]; do
  case "$1" in
    --dir)
      [ $# -ge 2 ] || {
        echo "[kafka] error: --dir needs a value" >&2
        exit 2
      }
      dir_args=(--dir "$2")
      shift 2
      ;;
    --kill)
      how='kill'
      shift
      ;;
    -h | --help)
      sed -n '2,3p' "$0"
      exit 0
      ;;
    *)
      echo "[kafka] error: unknown argument: $1 (see --help)" >&2
      exit 2
      ;;
  esac
done
"$here/$how.sh" "${dir_args[@]}"
exec "$here/start.sh" --reuse "${dir_args[@]}"
