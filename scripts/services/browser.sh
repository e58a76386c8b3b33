#!/usr/bin/env bash
# Installs Debian's Chromium for the portal's browser tests (playwright-core drives it; Playwright's
# own browser download does not work here), if missing. Idempotent; starts nothing.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"

case "${1:-}" in
  -h | --help) echo "Usage: scripts/services/browser.sh   (installs /usr/bin/chromium with apt-get if missing)"; exit 0 ;;
  "") ;;
  *) echo "Usage: scripts/services/browser.sh" >&2; exit 2 ;;
esac

if [ -x /usr/bin/chromium ]; then
  log "browser: chromium present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
log "browser: apt-get install chromium"
# another session may be installing at the same time: wait for dpkg's lock instead of failing
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
  --no-install-recommends chromium fonts-noto-cjk >/dev/null
log "browser: installed"
