#!/usr/bin/env bash
# Runs the production Compose file with podman-compose (Debian package): the application services
# backend-1, backend-2, frontend and the edge nginx, with every setting of docker-compose.prod.yml,
# against the host's test services instead of the data services (their images are not reachable
# here). compose-transform.py derives the file podman-compose runs and prints each change it makes;
# then the stack is brought up with `podman-compose up -d`, each container is checked against the
# production file (read-only root, tmpfs, secrets as files, no capabilities, memory limit, health
# check) and the edge is exercised over TLS; `podman-compose down` at the end.
# Needs the images of scripts/containers/check.sh (run it first) and the shared lock:
#   flock /tmp/tk-liberty.lock scripts/containers/compose.sh
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=services.sh
. "$TK_CONTAINERS_DIR/services.sh"

usage() {
  cat <<'TXT'
Usage: scripts/containers/compose.sh [--keep] [TAG]

TAG: the image tag of ticket-knowledge/backend and /frontend to run (default check-a, built by
scripts/containers/check.sh). --keep leaves the stack running (podman-compose -p tkpc ... down).
Installs podman-compose from Debian when missing. Exit 1 when a check fails; 0 with SKIP when
podman or podman-compose cannot run here.
TXT
}
keep=false
tag=check-a
for arg in "$@"; do
  case "$arg" in
    -h | --help) usage; exit 0 ;;
    --keep) keep=true ;;
    -*) usage >&2; exit 2 ;;
    *) tag=$arg ;;
  esac
done
skip() { log "SKIP: $* - the podman-compose check did not run"; exit 0; }
[ "$(id -u)" -eq 0 ] || skip "not root"
podman_ready || skip "podman cannot run containers here"
if ! command -v podman-compose >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman-compose >/dev/null 2>&1 || skip "podman-compose is not installable"
fi
started=$(now_ms)
registry=localhost/ticket-knowledge
for image in "$registry/backend:$tag" "$registry/frontend:$tag" "$BASE_NGINX"; do
  podman image exists "$image" || die "no image $image: run scripts/containers/check.sh first"
done
set -a
# shellcheck disable=SC1091
. "$TK_ROOT/.services/env"
set +a
export RUN_DIR=$TK_CONTAINERS_DIR/.run-compose CHECK_NAME=tk-compose-check
DB=${TK_COMPOSE_DB:-tk_ops_compose}
CHECK_DB_URL=${TK_DB_URL%/*}/$DB
PROJECT=tkpc
rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"
"$TK_ROOT/scripts/setup/setup-compose.sh" prod --secrets-dir "$RUN_DIR/secrets" --env-file "$RUN_DIR/unused.env" >/dev/null
printf '%s' "$TK_DB_PASSWORD" >"$RUN_DIR/secrets/db_password"
printf '%s' "$TK_S3_ACCESS_KEY" >"$RUN_DIR/secrets/s3_access_key"
printf '%s' "$TK_S3_SECRET_KEY" >"$RUN_DIR/secrets/s3_secret_key"
printf '%s' "$TK_REDIS_URL" >"$RUN_DIR/secrets/redis_url"
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB" -c "create database $DB owner $TK_DB_USER" >/dev/null 2>&1
write_upstreams
set_topic_env

# the settings the production file leaves to docker/.env, then the derived file
export TK_VERSION=$tag TK_REGISTRY=$registry TK_SECRETS_DIR=$RUN_DIR/secrets
backend_env=$(
  printf '{"TK_HTTP_HOST": "127.0.0.1", "TK_DB_URL": "%s", "TK_DB_USER": "%s", "TK_KAFKA_BOOTSTRAP": "%s",' \
    "$CHECK_DB_URL" "$TK_DB_USER" "$TK_KAFKA_BOOTSTRAP"
  printf ' "TK_ES_URL": "%s", "TK_S3_ENDPOINT": "%s", "TK_S3_BUCKET": "%s", "TK_SEARCH_INDEX_PREFIX": "%s-"' \
    "$TK_ES_URL" "$TK_S3_ENDPOINT" "$TK_S3_BUCKET" "$CHECK_NAME"
  for ((i = 1; i < ${#topic_env[@]}; i += 2)); do printf ', "%s": "%s"' "${topic_env[i]%%=*}" "${topic_env[i]#*=}"; done
  printf '}'
)
settings=$(
  cat <<JSON
{"backend": $backend_env, "backend_ports": [${BACKEND_PORTS[0]}, ${BACKEND_PORTS[1]}],
 "backend_tls_ports": [${BACKEND_TLS_PORTS[0]}, ${BACKEND_TLS_PORTS[1]}], "slirp": "$SLIRP",
 "frontend_port": $FRONTEND_PORT, "frontend_api": "$HOST_LOOPBACK:${BACKEND_PORTS[0]}",
 "edge_ports": [[$EDGE_HTTP_PORT, 8080], [$EDGE_HTTPS_PORT, 8443], [$EDGE_OPS_PORT, 8081]],
 "host_loopback": "$HOST_LOOPBACK", "nginx_image": "$BASE_NGINX", "upstreams": "$RUN_DIR/nginx-upstreams.conf"}
JSON
)
derived=$RUN_DIR/docker-compose.prod.podman.yml
python3 "$TK_CONTAINERS_DIR/compose-transform.py" "$TK_ROOT/docker/docker-compose.prod.yml" "$derived" "$settings"

# (the shim works around podman-compose 1.0.3 adding a network next to network_mode)
compose() { podman-compose --podman-path "$TK_CONTAINERS_DIR/shims/podman-network-mode.sh" -p "$PROJECT" -f "$derived" "$@"; }
failures=()
pass() { log "PASS $*"; }
fail() { log "FAIL $*"; failures+=("$*"); }
expect() {
  local what=$1
  shift
  if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}
down() { compose down -t 30 >"$RUN_DIR/down.log" 2>&1 || true; }
cleanup() { if $keep; then log "kept: podman-compose -p $PROJECT -f $derived down"; else down; fi; }
trap cleanup EXIT
# containers of check.sh would hold the same ports
podman ps -aq --filter "name=^$PREFIX-" | xargs -r podman rm -f -t 5 >/dev/null 2>&1 || true
down

t=$(now_ms)
compose up -d >"$RUN_DIR/up.log" 2>&1 || { tail -30 "$RUN_DIR/up.log" >&2; die "podman-compose up failed"; }
mapfile -t containers < <(podman ps -a --filter "label=io.podman.compose.project=$PROJECT" --format '{{.Names}}' | sort)
log "podman-compose started: ${containers[*]}"
expect "podman-compose: the four application services run" test "${#containers[@]}" -eq 4
name_of() { printf '%s' "${PROJECT}_$1_1"; }
healthy_s=()
for service in backend-1 backend-2 frontend nginx; do
  c=$(name_of "$service")
  deadline=$((SECONDS + 600))
  ok=false
  while [ $SECONDS -lt $deadline ]; do
    [ "$(podman inspect -f '{{.State.Running}}' "$c" 2>/dev/null)" = true ] || break
    if podman healthcheck run "$c" >/dev/null 2>&1; then ok=true; break; fi
    sleep 3
  done
  if $ok; then
    healthy_s+=("$service $(secs_since "$t") s")
    pass "$service: healthy (the production file's health check)"
  else
    podman logs --tail 20 "$c" >&2 || true
    fail "$service: healthy"
  fi
done
log "healthy after podman-compose up: ${healthy_s[*]}"

# ---- the production file's settings, as podman-compose applied them ---------------------------
inspect() { podman inspect -f "$2" "$(name_of "$1")"; }
for service in backend-1 backend-2 frontend nginx; do
  expect "$service: read-only root file system" test "$(inspect "$service" '{{.HostConfig.ReadonlyRootfs}}')" = true
  expect "$service: no capabilities (cap_drop ALL)" test "$(inspect "$service" '{{.EffectiveCaps}}')" = "[]"
  expect "$service: no-new-privileges" grep -q no-new-privileges <<<"$(inspect "$service" '{{.HostConfig.SecurityOpt}}')"
done
b1=$(name_of backend-1)
expect "backend: memory limit of the production file (1536M)" test "$(inspect backend-1 '{{.HostConfig.Memory}}')" = $((1536 * 1024 * 1024))
expect "backend: runs as uid 1001" test "$(podman exec "$b1" id -u)" = 1001
expect "backend: secrets mounted as files under /run/secrets" \
  podman exec "$b1" test -r /run/secrets/db_password -a -r /run/secrets/keystore_password -a -r /run/secrets/redis_url
expect "backend: the production tmpfs mounts are writable" \
  podman exec "$b1" touch /tmp/w /logs/w /opt/ol/wlp/output/w /opt/ol/wlp/usr/servers/defaultServer/apps/expanded/w
expect "backend: the server configuration is not writable" bash -c "! podman exec $b1 touch /config/server.xml"
ready=$(curl -fsS "http://127.0.0.1:${BACKEND_PORTS[0]}/health/ready" || true)
expect "backend: readiness UP (Redis from the redis_url secret file, S3 and keystore from files)" \
  bash -c "grep -q '\"status\":\"UP\"' <<<'$ready' && grep -q '\"name\":\"keystore\",\"status\":\"UP\"' <<<'$ready'"
grace=$(inspect backend-1 '{{.Config.StopTimeout}}')
if [ "$grace" = 30 ]; then
  pass "backend: stop grace period 30 s"
else
  log "GAP backend: stop_grace_period 30s of the production file is not applied by podman-compose $(dpkg-query -W -f '${Version}' podman-compose 2>/dev/null || true) (stop timeout $grace s); scripts/deploy/deploy-compose.sh stops with the grace period itself"
fi

# ---- the edge over TLS -----------------------------------------------------------------------
ca=$RUN_DIR/secrets/tls/tls.crt
edge=https://localhost:$EDGE_HTTPS_PORT
tls() { curl -4 -sS --cacert "$ca" --max-time 30 "$@"; }
code() { tls -o /dev/null -w '%{http_code}' "$@"; }
token=$(curl -fsS -d grant_type=password -d client_id=tk-cli -d scope=openid -d username=agent1 -d password=agent1-pass \
  "$TK_OIDC_TOKEN_URL" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
expect "edge: the portal at / over TLS (verified)" test "$(code "$edge/")" = 200
expect "edge: /api/ticket with a token reaches a backend" test "$(code -H "Authorization: Bearer $token" "$edge/api/ticket/tickets")" = 200
expect "edge: /api/knowledge with a token reaches a backend" test "$(code -H "Authorization: Bearer $token" "$edge/api/knowledge/articles")" = 200
expect "edge: /health/ready is 404 publicly" test "$(code "$edge/health/ready")" = 404
expect "edge: /health/ready is 200 on the internal listener" \
  test "$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$EDGE_OPS_PORT/health/ready")" = 200
rid=tkcompose-$(date +%s)-$RANDOM
tls -o /dev/null -H "X-Request-ID: $rid" -H "Authorization: Bearer $token" "$edge/api/ticket/tickets" || true
sleep 2
expect "request id: in a backend's JSON access log line" \
  bash -c "(podman logs $b1; podman logs $(name_of backend-2)) 2>/dev/null | grep '\"type\":\"liberty_accesslog\"' | grep -qF '$rid'"

log "load average: $(cut -d' ' -f1-3 /proc/loadavg); total $(secs_since "$started") s"
if [ ${#failures[@]} -gt 0 ]; then
  log "FAILED ${#failures[@]} check(s):"
  printf '  %s\n' "${failures[@]}" >&2
  exit 1
fi
log "all podman-compose checks passed"
