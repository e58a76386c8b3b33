#!/usr/bin/env bash
# Installs the command-line tools the deployment checks run (Debian packages), if missing:
# docker-compose (compose files), promtool (Prometheus config and rules), nginx (nginx -t),
# ShellCheck (every script), pg_dump/pg_restore (backup and restore). Idempotent.
# No service is started: package post-install scripts are denied starting nginx or Prometheus.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"

usage() {
  cat <<'EOF2'
Usage: scripts/services/tools.sh [-h|--help]

Installs with apt-get, when the command is missing:
  docker-compose  (package docker-compose)
  promtool        (package prometheus; its service is not started)
  nginx           (package nginx-light; its service is not started)
  shellcheck      (package shellcheck)
  pg_dump         (package postgresql-client)
EOF2
}
case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  "") ;;
  *) usage >&2; exit 2 ;;
esac

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo

declare -A PACKAGE_OF=(
  [docker-compose]=docker-compose
  [promtool]=prometheus
  [nginx]=nginx-light
  [shellcheck]=shellcheck
  [pg_dump]=postgresql-client
)
missing=()
for tool in "${!PACKAGE_OF[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("${PACKAGE_OF[$tool]}")
done
if [ ${#missing[@]} -eq 0 ]; then
  log "tools: all present"
  exit 0
fi

# Services installed only for their command-line tools must not start (they would listen on all
# interfaces): without a policy-rc.d, install a denying one for the duration of the install.
POLICY=/usr/sbin/policy-rc.d
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod 755 "$POLICY"
  trap '$SUDO rm -f "$POLICY"' EXIT
fi
log "tools: apt-get install ${missing[*]}"
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
log "tools: installed"
