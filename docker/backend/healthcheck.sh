#!/usr/bin/env bash
# Docker HEALTHCHECK of the backend: GET a path on the local HTTP port and expect 200. Plain bash
# (/dev/tcp), because the UBI minimal image has no curl we could rely on.
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: healthcheck.sh [PATH]   (default /health/ready; port from TK_HTTP_PORT, default 9080)
Exit 0 when http://127.0.0.1:<port><PATH> answers 200, 1 otherwise.
TXT
}
case "${1:-}" in
  -h | --help) usage; exit 0 ;;
esac
path=${1:-/health/ready}
port=${TK_HTTP_PORT:-9080}

exec 3<>"/dev/tcp/127.0.0.1/$port" || { echo "nothing listens on port $port" >&2; exit 1; }
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS= read -r -t 5 status <&3 || status=""
exec 3>&-
case "$status" in
  "HTTP/1."[01]" 200"*) exit 0 ;;
  *) echo "GET $path: ${status:-no answer}" >&2; exit 1 ;;
esac
