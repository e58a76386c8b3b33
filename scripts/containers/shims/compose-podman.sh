#!/usr/bin/env bash
# podman stand-in for the few docker-compose commands scripts/deploy/deploy-compose.sh uses
# (TK_COMPOSE=scripts/containers/shims/compose-podman.sh), so the real deploy script rolls real
# containers here: pull (the image must exist locally), up -d --no-deps SERVICE (stop with the
# grace period, remove, run the tag in TK_VERSION), ps -q SERVICE. Services and their settings:
# scripts/containers/services.sh. Each replacement is logged to $RUN_DIR/stops.log (stop time, exit code).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR/.. source=../lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
# shellcheck source-path=SCRIPTDIR/.. source=../services.sh
. "$TK_CONTAINERS_DIR/services.sh"

usage() {
  echo "Usage: compose-podman.sh [--env-file F] -f FILE pull SERVICE... | up -d --no-deps SERVICE | ps -q SERVICE"
  echo "Needs the environment of scripts/containers/check.sh (RUN_DIR, TK_* settings)."
}
file=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --env-file) shift ;;
    -f) file=$2; shift ;;
    *) break ;;
  esac
  shift
done
[ $# -gt 0 ] || { usage >&2; exit 2; }
: "${RUN_DIR:?run from scripts/containers/check.sh}"
set_topic_env
registry=localhost/${TK_REGISTRY:-ticket-knowledge}

# the Compose file stays the source of the service names
known() { [ -n "$file" ] && grep -q "^  $1:" "$file"; }
image_of() {
  case "$1" in backend-*) echo "$registry/backend:${TK_VERSION:?}" ;; frontend) echo "$registry/frontend:${TK_VERSION:?}" ;; esac
}

command=$1
shift
case "$command" in
  pull)
    for service in "$@"; do
      known "$service" || { echo "compose-podman: no service $service in $file" >&2; exit 1; }
      podman image exists "$(image_of "$service")" || { echo "compose-podman: no image $(image_of "$service")" >&2; exit 1; }
    done
    ;;
  up)
    service=${*: -1}
    known "$service" || { echo "compose-podman: no service $service in $file" >&2; exit 1; }
    name=$PREFIX-$service
    if podman container exists "$name"; then
      t=$(now_ms)
      podman stop -t "$STOP_GRACE" "$name" >/dev/null 2>&1 || true
      code=$(podman inspect -f '{{.State.ExitCode}}' "$name")
      podman logs "$name" >"$RUN_DIR/logs/$service-$(date +%H%M%S).log" 2>&1 || true
      echo "$service stopped in $(secs_since "$t") s exit $code image $(podman inspect -f '{{.ImageName}}' "$name")" >>"$RUN_DIR/stops.log"
      podman rm -f "$name" >/dev/null
    fi
    case "$service" in
      backend-1) run_backend 1 "$(image_of "$service")" ;;
      backend-2) run_backend 2 "$(image_of "$service")" ;;
      frontend) run_frontend "$(image_of "$service")" ;;
      *) echo "compose-podman: $service is not run by the check" >&2; exit 1 ;;
    esac
    echo "$service started $(date +%s%3N)" >>"$RUN_DIR/starts.log"
    ;;
  ps)
    [ "${1:-}" = -q ] && shift
    podman ps -a -q --no-trunc --filter "name=^$PREFIX-${1:?ps -q SERVICE}\$"
    ;;
  *) echo "compose-podman: '$command' is not supported" >&2; exit 2 ;;
esac
