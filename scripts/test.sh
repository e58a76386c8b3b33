#!/usr/bin/env bash
# Runs the whole test suite: unit tests, in-container (Arquillian) tests, black-box system tests
# of the EAR in the production profile, and a smoke test of scripts/run.sh (embedded profile). Starts the real services the tests need on 127.0.0.1
# (PostgreSQL, Redis, Kafka, Elasticsearch, an S3 server, Keycloak), installing what is missing,
# leaves alone those already running, and stops what it started.
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: scripts/test.sh [--keep-services] [maven arguments...]

  --keep-services   leave the services this run started running (faster reruns)
  maven arguments   passed to `mvn verify`, e.g. -pl system-tests -Dit.test=TicketSliceIT
TXT
}

cd "$(dirname "$0")/.."
keep=false
if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then usage; exit 0; fi
if [ "${1:-}" = "--keep-services" ]; then keep=true; shift; fi

started=$(date +%s)
# set before starting anything, so a failed start does not leave the started services behind
if ! $keep; then trap 'scripts/services/down.sh' EXIT; fi
scripts/services/up.sh
# command-line tools of the deployment checks (docker-compose, promtool, nginx, shellcheck, pg_dump)
scripts/services/tools.sh
scripts/services/browser.sh

set -a
# shellcheck disable=SC1091
. .services/env
set +a
# the test servers' TLS keystore is generated on first start; keep its password across runs
[ -s .services/keystore-password ] || head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > .services/keystore-password
TK_KEYSTORE_PASSWORD=$(cat .services/keystore-password)
export TK_KEYSTORE_PASSWORD

mvn -B verify "$@"
# the README's run command, end to end, in the embedded profile
if [ $# -eq 0 ]; then scripts/smoke-embedded.sh; fi
# the images of docker/ built and run with podman: containers, edge nginx over TLS, rolling upgrade
# (docs/operations/containers.md; prints SKIP where podman cannot run; TK_SKIP_CONTAINERS=1 skips)
if [ $# -eq 0 ] && [ "${TK_SKIP_CONTAINERS:-0}" != 1 ]; then scripts/containers/check.sh; fi
echo "scripts/test.sh: passed in $(( $(date +%s) - started )) s"
