#!/usr/bin/env bash
# One line per backing service: up/down, port, and whether up.sh started it.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"

usage() {
  cat <<EOF
Usage: scripts/services/status.sh [-q] [-h|--help]

Prints one line per service (${ALL_SERVICES[*]}):
  NAME  up|down  PORT  started by up.sh (pid N) | external
Exit status 0 when all are up, 1 otherwise.

  -q          print nothing, only the exit status
  -h, --help  this help
EOF
}

QUIET=""
case ${1:-} in
  -h | --help) usage; exit 0 ;;
  -q) QUIET=1 ;;
  "") ;;
  *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
esac

rc=0
for s in "${ALL_SERVICES[@]}"; do
  port=$(service_port "$s")
  if service_up "$s"; then state=up; else state=down; rc=1; fi
  who=""
  if pid=$(service_pid "$s"); then
    who="started by up.sh (pid $pid)"
  elif [ "$state" = up ]; then
    who="external"
  fi
  if [ "$s" = keycloak ] && [ "$state" = up ] && ! kc_realm_ready; then
    who="$who; realm $KC_REALM MISSING"
    rc=1
  fi
  [ -n "$QUIET" ] || printf '%-14s %-5s %-6s %s\n' "$s" "$state" "$port" "$who"
done
exit "$rc"
