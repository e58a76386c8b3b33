#!/usr/bin/env bash
# Runs a Compose file of docker/ with podman-compose (Debian package): the production file
# (backend-1, backend-2, frontend, edge nginx) or with --dev the development file (backend,
# frontend, edge nginx), with every setting of the file, against the host's test services instead
# of the data services and Keycloak (their images are not reachable here). compose-transform.py
# derives the file podman-compose runs and prints each change it makes; then the stack is brought
# up with `podman-compose up -d`, each container waits for its own health check, the production
# settings are checked against the containers (read-only root, tmpfs, secrets as files, no
# capabilities, memory limit) and the edge is exercised over TLS with a token of the issuer the
# file names; `podman-compose down` at the end.
# Needs the images of scripts/containers/check.sh (run it first) and the shared lock:
#   flock /tmp/tk-liberty.lock scripts/containers/compose.sh [--dev]
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=services.sh
. "$TK_CONTAINERS_DIR/services.sh"

usage() {
  cat <<'TXT'
Usage: scripts/containers/compose.sh [--prod|--dev] [--keep] [TAG]

Runs docker/docker-compose.prod.yml (--prod, the default; project tkpc, database tk_ops_compose),
with --dev docker/docker-compose.dev.yml (project tkpd, database tk_ops_compose_dev; TK_COMPOSE_DB
sets the database).
TAG: the image tag of ticket-knowledge/backend and /frontend to run (default check-a, built by
scripts/containers/check.sh). --keep leaves the stack running (podman-compose -p PROJECT ... down).
Installs podman-compose from Debian when missing. Exit 1 when a check fails; 0 with SKIP when
podman or podman-compose cannot run here.
TXT
}
keep=false
variant=prod
tag=check-a
for arg in "$@"; do
  case "$arg" in
    -h | --help) usage; exit 0 ;;
    --keep) keep=true ;;
    --prod | --dev) variant=${arg#--} ;;
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
if [ "$variant" = dev ]; then
  PROJECT=tkpd DB=${TK_COMPOSE_DB:-tk_ops_compose_dev}
else
  PROJECT=tkpc DB=${TK_COMPOSE_DB:-tk_ops_compose}
fi
export RUN_DIR=$TK_CONTAINERS_DIR/.run-compose-$variant CHECK_NAME=tk-compose-$variant-check
CHECK_DB_URL=${TK_DB_URL%/*}/$DB
rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"
"$TK_ROOT/scripts/setup/setup-compose.sh" "$variant" --secrets-dir "$RUN_DIR/secrets" --env-file "$RUN_DIR/unused.env" >/dev/null
printf '%s' "$TK_DB_PASSWORD" >"$RUN_DIR/secrets/db_password"
printf '%s' "$TK_S3_ACCESS_KEY" >"$RUN_DIR/secrets/s3_access_key"
printf '%s' "$TK_S3_SECRET_KEY" >"$RUN_DIR/secrets/s3_secret_key"
printf '%s' "$TK_REDIS_URL" >"$RUN_DIR/secrets/redis_url"
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB" -c "create database $DB owner $TK_DB_USER" >/dev/null 2>&1
write_upstreams "$variant"
set_topic_env

# the settings a file leaves to the environment (docker/.env): image tag, registry, secrets, the
# check's database; dev: Keycloak's port is the stand-in's; then the derived file
export TK_VERSION=$tag TK_REGISTRY=$registry TK_SECRETS_DIR=$RUN_DIR/secrets TK_DB_URL=$CHECK_DB_URL
keycloak_port=${TK_OIDC_ISSUER#*://*:}
export TK_DEV_KEYCLOAK_PORT=${keycloak_port%%/*}
backend_env=$(
  printf '{"TK_HTTP_HOST": "127.0.0.1", "TK_DB_URL": "%s", "TK_DB_USER": "%s", "TK_KAFKA_BOOTSTRAP": "%s",' \
    "$CHECK_DB_URL" "$TK_DB_USER" "$TK_KAFKA_BOOTSTRAP"
  printf ' "TK_ES_URL": "%s", "TK_S3_ENDPOINT": "%s", "TK_S3_BUCKET": "%s", "TK_SEARCH_INDEX_PREFIX": "%s-",' \
    "$TK_ES_URL" "$TK_S3_ENDPOINT" "$TK_S3_BUCKET" "$CHECK_NAME"
  printf ' "TK_REDIS_URL": "%s", "TK_OIDC_JWKS_URI": "%s"' "$TK_REDIS_URL" "$TK_OIDC_JWKS_URI"
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
derived=$RUN_DIR/docker-compose.$variant.podman.yml
python3 "$TK_CONTAINERS_DIR/compose-transform.py" "$TK_ROOT/docker/docker-compose.$variant.yml" "$derived" "$settings"

# (the shim works around podman-compose 1.0.3 adding a network next to network_mode)
compose() { podman-compose --podman-path "$TK_CONTAINERS_DIR/shims/podman-network-mode.sh" -p "$PROJECT" -f "$derived" "$@"; }
mapfile -t services < <(python3 -c 'import sys, yaml; print("\n".join(yaml.safe_load(open(sys.argv[1]))["services"]))' "$derived")
mapfile -t backends < <(printf '%s\n' "${services[@]}" | grep '^backend')
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
# containers of check.sh and of the other Compose file's run would hold the same ports
podman ps -aq --filter "name=^$PREFIX-" --filter "name=^tkp[cd]_" | xargs -r podman rm -f -t 5 >/dev/null 2>&1 || true
down

t=$(now_ms)
compose up -d >"$RUN_DIR/up.log" 2>&1 || { tail -30 "$RUN_DIR/up.log" >&2; die "podman-compose up failed"; }
mapfile -t containers < <(podman ps -a --filter "label=io.podman.compose.project=$PROJECT" --format '{{.Names}}' | sort)
log "podman-compose started: ${containers[*]}"
expect "podman-compose: the ${#services[@]} application services run (${services[*]})" test "${#containers[@]}" -eq "${#services[@]}"
name_of() { printf '%s' "${PROJECT}_$1_1"; }
healthy_s=()
for service in "${services[@]}"; do
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
    pass "$service: healthy (the $variant file's health check)"
  else
    podman logs --tail 20 "$c" >&2 || true
    fail "$service: healthy"
  fi
done
log "healthy after podman-compose up: ${healthy_s[*]}"
b1=$(name_of "${backends[0]}")
inspect() { podman inspect -f "$2" "$(name_of "$1")"; }
ready=$(curl -fsS --max-time 30 "http://127.0.0.1:${BACKEND_PORTS[0]}/health/ready" || true)
expect "backend: readiness UP (database, Redis, Kafka, Elasticsearch, S3, keystore)" \
  bash -c "grep -q '\"status\":\"UP\"' <<<'$ready' && grep -q '\"name\":\"keystore\",\"status\":\"UP\"' <<<'$ready'"
expect "backend: secrets mounted as files under /run/secrets" \
  podman exec "$b1" test -r /run/secrets/db_password -a -r /run/secrets/keystore_password

# ---- the production file's settings, as podman-compose applied them ---------------------------
production_settings() {
  local service
  for service in "${services[@]}"; do
    expect "$service: read-only root file system" test "$(inspect "$service" '{{.HostConfig.ReadonlyRootfs}}')" = true
    expect "$service: no capabilities (cap_drop ALL)" test "$(inspect "$service" '{{.EffectiveCaps}}')" = "[]"
    expect "$service: no-new-privileges" grep -q no-new-privileges <<<"$(inspect "$service" '{{.HostConfig.SecurityOpt}}')"
  done
  expect "backend: memory limit of the production file (1536M)" test "$(inspect backend-1 '{{.HostConfig.Memory}}')" = $((1536 * 1024 * 1024))
  expect "backend: runs as uid 1001" test "$(podman exec "$b1" id -u)" = 1001
  expect "backend: Redis from the redis_url secret file" podman exec "$b1" test -r /run/secrets/redis_url
  expect "backend: the production tmpfs mounts are writable" \
    podman exec "$b1" touch /tmp/w /logs/w /opt/ol/wlp/output/w /opt/ol/wlp/usr/servers/defaultServer/apps/expanded/w
  expect "backend: the server configuration is not writable" bash -c "! podman exec $b1 touch /config/server.xml"
  local grace
  grace=$(inspect backend-1 '{{.Config.StopTimeout}}')
  if [ "$grace" = 30 ]; then
    pass "backend: stop grace period 30 s"
  else
    log "GAP backend: stop_grace_period 30s of the production file is not applied by podman-compose $(dpkg-query -W -f '${Version}' podman-compose 2>/dev/null || true) (stop timeout $grace s); scripts/deploy/deploy-compose.sh stops with the grace period itself"
  fi
}
[ "$variant" = dev ] || production_settings

# ---- the edge over TLS, with a token of the issuer the file names ---------------------------------
ca=$RUN_DIR/secrets/tls/tls.crt
edge=https://localhost:$EDGE_HTTPS_PORT
tls() { curl -4 -sS --cacert "$ca" --max-time 30 "$@"; }
code() { tls -o /dev/null -w '%{http_code}' "$@"; }
# the issuer as podman-compose resolved it (dev: http://localhost:8180/..., the stand-in's port)
issuer=$(podman inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$b1" | sed -n 's/^TK_OIDC_ISSUER=//p')
log "backend trusts the issuer $issuer"
token=$(curl -fsS --max-time 30 -d grant_type=password -d client_id=tk-cli -d scope=openid -d username=agent1 -d password=agent1-pass \
  "$issuer/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/' || true)
expect "Keycloak stand-in: a token from the issuer the backend trusts" test -n "$token"
expect "edge: the portal at / over TLS (verified)" test "$(code "$edge/")" = 200
expect "edge: /api/ticket without a token is the backend's 401" test "$(code "$edge/api/ticket/tickets")" = 401
expect "edge: /api/ticket with a token reaches a backend" test "$(code -H "Authorization: Bearer $token" "$edge/api/ticket/tickets")" = 200
expect "edge: /api/knowledge with a token reaches a backend" test "$(code -H "Authorization: Bearer $token" "$edge/api/knowledge/articles")" = 200
expect "edge: /health/ready is 404 publicly" test "$(code "$edge/health/ready")" = 404
expect "edge: /health/ready is 200 on the internal listener" \
  test "$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$EDGE_OPS_PORT/health/ready")" = 200
expect "frontend: its own /api/ proxy (TK_API_UPSTREAM) reaches the backend" \
  test "$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$FRONTEND_PORT/api/ticket/tickets")" = 200
rid=tkcompose-$(date +%s)-$RANDOM
tls -o /dev/null -H "X-Request-ID: $rid" -H "Authorization: Bearer $token" "$edge/api/ticket/tickets" || true
sleep 2
expect "request id: in a backend's JSON access log line" \
  bash -c "for b in ${backends[*]}; do podman logs ${PROJECT}_\${b}_1; done 2>/dev/null | grep '\"type\":\"liberty_accesslog\"' | grep -qF '$rid'"
# the portal signs in at the provider its bundle was built for (VITE_OIDC_AUTHORITY; default: the
# embedded profile's provider of the same origin, which a production-profile backend does not have)
if tls -f "$edge/oidc/endpoint/OP/.well-known/openid-configuration" 2>/dev/null | grep -q '"issuer"'; then
  pass "portal: its sign-in provider answers at the edge"
else
  log "GAP portal: no sign-in provider at $edge/oidc/endpoint/OP (the portal's default authority): a browser cannot sign in to this stack's portal unless it is built with VITE_OIDC_AUTHORITY=<issuer> and the realm has its client tk-portal"
fi

log "load average: $(cut -d' ' -f1-3 /proc/loadavg); total $(secs_since "$started") s"
if [ ${#failures[@]} -gt 0 ]; then
  log "FAILED ${#failures[@]} check(s):"
  printf '  %s\n' "${failures[@]}" >&2
  exit 1
fi
log "all podman-compose checks of docker-compose.$variant.yml passed"
