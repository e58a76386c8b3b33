#!/usr/bin/env bash
# Deploys the Compose stacks: first start, rolling upgrade to an image tag, rollback to the tag
# before. An upgrade replaces the backends one at a time and waits for each to be healthy
# (/health/ready), so nginx always has a replica to send requests to. The tags rolled out are
# kept in docker/.deploy-history; docker/.env holds the current one (TK_VERSION).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# services replaced one by one during an upgrade, in this order (prod); then the frontend
BACKENDS=(backend-1 backend-2)

usage() {
  cat <<'TXT'
Usage: scripts/deploy/deploy-compose.sh [--env dev|prod] COMMAND

Commands:
  up              build (dev) or pull (prod) and start everything; waits until all are healthy
  upgrade TAG     prod: pull TAG, replace backend-1, then backend-2, then the frontend, each only
                  after the one before is healthy; records TAG in docker/.env and the history.
                  A replica that does not turn healthy is put back on the current tag together
                  with those already replaced (exit 1).
  rollback [TAG]  prod: the same rolling replacement back to TAG (default: the tag before the
                  current one in docker/.deploy-history)
  status          docker-compose ps plus the health of each container
Options: --env (default prod), --timeout SECONDS per service (default 300).
Environment: TK_COMPOSE (default "docker-compose"; e.g. "docker compose"),
TK_COMPOSE_ENV_FILE (docker/.env), TK_DEPLOY_HISTORY (docker/.deploy-history).
Schema migrations run when a backend starts (Flyway): a rollback does not undo them - migrations
must stay compatible with the version before (see docs/operations/README.md).
TXT
}

env_name=prod
timeout=300
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --env) env_name=${2:?--env needs dev or prod}; shift ;;
    --timeout) timeout=${2:?--timeout needs seconds}; shift ;;
    *) args+=("$1") ;;
  esac
  shift
done
[ ${#args[@]} -gt 0 ] || { usage >&2; exit 2; }
case "$env_name" in dev | prod) ;; *) usage >&2; exit 2 ;; esac

file=$ROOT/docker/docker-compose.$env_name.yml
env_file=${TK_COMPOSE_ENV_FILE:-$ROOT/docker/.env}
history=${TK_DEPLOY_HISTORY:-$ROOT/docker/.deploy-history}
read -r -a compose_cmd <<<"${TK_COMPOSE:-docker-compose}"
compose() {
  if [ -f "$env_file" ]; then
    "${compose_cmd[@]}" --env-file "$env_file" -f "$file" "$@"
  else
    "${compose_cmd[@]}" -f "$file" "$@"
  fi
}
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }

# wait_healthy SERVICE: until its container's health check passes; 1 when it turns unhealthy,
# exits or the timeout passes
wait_healthy() {
  local service=$1 id state deadline=$((SECONDS + timeout))
  while :; do
    id=$(compose ps -q "$service")
    # "running healthy", "running starting", "exited starting" (an exited container keeps its last
    # health status), or only the status when the image has no health check
    state=$([ -n "$id" ] && docker inspect -f '{{.State.Status}}{{if .State.Health}} {{.State.Health.Status}}{{end}}' "$id" 2>/dev/null || echo missing)
    case " $state" in
      *" healthy" | " running") log "$service is healthy"; return 0 ;;
      *" unhealthy" | " exited"* | " dead"*)
        log "$service is $state; see: ${compose_cmd[*]} -f $file logs $service" >&2
        return 1
        ;;
    esac
    if [ $SECONDS -ge "$deadline" ]; then
      log "$service not healthy after ${timeout}s (state: $state)" >&2
      return 1
    fi
    sleep 3
  done
}

current_tag() { sed -n 's/^TK_VERSION=//p' "$env_file" 2>/dev/null | tail -1; }
set_tag() {
  if grep -q '^TK_VERSION=' "$env_file" 2>/dev/null; then
    sed -i "s/^TK_VERSION=.*/TK_VERSION=$1/" "$env_file"
  else
    echo "TK_VERSION=$1" >>"$env_file"
  fi
  printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$1" >>"$history"
}

# roll_back_and_fail TAG PREVIOUS SERVICE...: a replica did not turn healthy on TAG: put the
# services already replaced (newest first) back on PREVIOUS, one at a time, so the stack runs one
# version again and the unhealthy replica stops receiving requests that fail; then exit 1.
roll_back_and_fail() {
  local tag=$1 previous=$2 service
  shift 2
  if [ -z "$previous" ] || [ "$previous" = "$tag" ]; then
    die "tag $tag failed on $1 and there is no earlier tag to go back to"
  fi
  log "tag $tag failed on $1: rolling $* back to $previous"
  export TK_VERSION=$previous
  for service in "$@"; do
    compose up -d --no-deps "$service"
    wait_healthy "$service" || die "$service is not healthy on $previous either"
  done
  die "tag $tag failed on $1; $* back on $previous (docker/.env unchanged)"
}

roll_to() {
  local tag=$1 service
  [[ $tag =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || die "not an image tag: $tag"
  [ "$env_name" = prod ] || die "upgrade/rollback are for --env prod (dev: up rebuilds)"
  local previous replaced=()
  previous=$(current_tag || true)
  log "rolling out tag $tag (was: ${previous:-none})"
  export TK_VERSION=$tag
  compose pull "${BACKENDS[@]}" frontend
  for service in "${BACKENDS[@]}" frontend; do
    replaced=("$service" "${replaced[@]}")
    compose up -d --no-deps "$service"
    wait_healthy "$service" || roll_back_and_fail "$tag" "$previous" "${replaced[@]}"
  done
  set_tag "$tag"
  log "tag $tag is live on ${BACKENDS[*]} and frontend"
}

command=${args[0]}
case "$command" in
  up)
    if [ "$env_name" = dev ]; then compose up -d --build; else compose pull && compose up -d; fi
    for service in $(compose config --services); do wait_healthy "$service" || die "$service did not start"; done
    ;;
  upgrade)
    [ ${#args[@]} -eq 2 ] || die "upgrade needs a TAG"
    roll_to "${args[1]}"
    ;;
  rollback)
    tag=${args[1]:-}
    if [ -z "$tag" ]; then
      now=$(current_tag || true)
      tag=$(awk '{print $2}' "$history" 2>/dev/null | grep -vxF -- "${now:-}" | tail -1 || true)
      [ -n "$tag" ] || die "no earlier tag in $history: name one (rollback TAG)"
    fi
    roll_to "$tag"
    ;;
  status)
    compose ps
    for id in $(compose ps -q); do
      docker inspect -f '{{.Name}} {{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$id"
    done
    ;;
  *) usage >&2; exit 2 ;;
esac
