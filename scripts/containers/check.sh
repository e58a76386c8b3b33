#!/usr/bin/env bash
# Builds the images of docker/ and runs them for real with podman, production settings, against the
# test services scripts/services/up.sh started on 127.0.0.1, and checks what the operations guide
# promises: non-root users, read-only root file systems, secrets from files, heap from the memory
# limit, health checks, clean SIGTERM shutdown, the edge nginx over TLS (routes, headers, internal
# listener, request ids), and a rolling upgrade by scripts/deploy/deploy-compose.sh with a client
# opening tickets throughout (zero failed requests), including the rollback of an image that fails.
# On a machine where podman cannot run (not root, no apt, no runtime) it prints SKIP and exits 0.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=services.sh
. "$TK_CONTAINERS_DIR/services.sh"

usage() {
  cat <<TXT
Usage: scripts/containers/check.sh [--keep] [--no-upgrade] [--no-compose]

Needs: the test services running (scripts/services/up.sh, which writes .services/env), the EAR
built (mvn -B package -DskipTests), root (podman, debootstrap). Installs podman, runc,
debootstrap, slirp4netns from Debian when missing; builds the local base images once
(scripts/containers/bases.sh, cached). Run it under the shared lock on shared machines:
  flock /tmp/tk-liberty.lock scripts/containers/check.sh
Containers: $PREFIX-backend-1/-2 (host network, 127.0.0.1:${BACKEND_PORTS[0]}/${BACKEND_PORTS[1]}),
$PREFIX-frontend (127.0.0.1:$FRONTEND_PORT), $PREFIX-nginx (127.0.0.1:$EDGE_HTTPS_PORT HTTPS,
:$EDGE_HTTP_PORT HTTP, :$EDGE_OPS_PORT operations). Database: \$TK_CONTAINERS_DB (default tk_ops),
dropped and created at each run. Exit 1 when a check fails; 0 with SKIP when podman cannot run.
  --keep        leave the containers running at the end (remove them: podman rm -f -t 0 \$(podman ps -aq --filter name=$PREFIX-))
  --no-upgrade  skip the rolling upgrade and the rollback (saves three server starts)
  --no-compose  skip scripts/containers/compose.sh (both Compose files with podman-compose)
TXT
}

keep=false
upgrade=true
compose=true
for arg in "$@"; do
  case "$arg" in
    -h | --help) usage; exit 0 ;;
    --keep) keep=true ;;
    --no-upgrade) upgrade=false ;;
    --no-compose) compose=false ;;
    *) usage >&2; exit 2 ;;
  esac
done

skip() { log "SKIP: $* - the container checks did not run"; exit 0; }
started=$(now_ms)
[ "$(id -u)" -eq 0 ] || skip "not root (rootful podman and debootstrap are needed)"
install_tools || skip "podman/runc/debootstrap are not installed and apt-get could not install them"
podman_ready || skip "podman cannot run containers here (podman info failed)"

[ -f "$TK_ROOT/.services/env" ] || die "no .services/env: start the test services first (scripts/services/up.sh)"
set -a
# shellcheck disable=SC1091
. "$TK_ROOT/.services/env"
set +a
ear=$TK_ROOT/ear/target/ticket-knowledge.ear
if [ ! -s "$ear" ] || ! ls "$TK_ROOT"/ear/target/jdbc/postgresql-*.jar >/dev/null 2>&1; then
  die "no $ear or ear/target/jdbc/: run mvn -B package -DskipTests first"
fi
for port in "${BACKEND_PORTS[@]}" "${BACKEND_TLS_PORTS[@]}" "$FRONTEND_PORT" "$EDGE_HTTP_PORT" "$EDGE_HTTPS_PORT" "$EDGE_OPS_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    podman ps -q --filter "name=^$PREFIX-" | grep -q . || die "port $port is taken by another program"
  fi
done

export RUN_DIR=$TK_CONTAINERS_DIR/.run
export CHECK_NAME=tk-containers-check
DB=${TK_CONTAINERS_DB:-tk_ops}
export CHECK_DB_URL=${TK_DB_URL%/*}/$DB
export TK_REGISTRY=ticket-knowledge
registry=localhost/$TK_REGISTRY
set_topic_env

failures=()
pass() { log "PASS $*"; }
fail() { log "FAIL $*"; failures+=("$*"); }
# expect DESCRIPTION COMMAND...: PASS when the command succeeds
expect() {
  local what=$1
  shift
  if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}
remove_containers() {
  podman ps -aq --filter "name=^$PREFIX-" | xargs -r podman rm -f -t 5 >/dev/null 2>&1 || true
}
client_pid=""
cleanup() {
  [ -z "$client_pid" ] || kill "$client_pid" 2>/dev/null || true
  if $keep; then log "containers kept: podman ps --filter name=$PREFIX-"; else remove_containers; fi
}
trap cleanup EXIT

remove_containers
rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR/logs"

# ---- 1. local base images (cached) ------------------------------------------------------------
t=$(now_ms)
"$TK_CONTAINERS_DIR/bases.sh" | grep -v '^localhost/' || true
bases_s=$(secs_since "$t")
read -r -a base_args <<<"$("$TK_CONTAINERS_DIR/bases.sh" --print)"

# ---- 2. the images of docker/, built as a user would, with the local bases --------------------
declare -A build_s size_mb
# build_image NAME DOCKERFILE TAG [ARG...]: podman build from the repository root
build_image() {
  local name=$1 dockerfile=$2 tag=$3 t
  shift 3
  t=$(now_ms)
  podman build -q --format docker --ignorefile "$TK_ROOT/$dockerfile.dockerignore" -f "$TK_ROOT/$dockerfile" \
    "${base_args[@]}" "$@" -t "$registry/$name:$tag" "$TK_ROOT" >"$RUN_DIR/logs/build-$name-$tag.log" 2>&1 ||
    { tail -30 "$RUN_DIR/logs/build-$name-$tag.log" >&2; die "podman build of $dockerfile failed"; }
  build_s[$name:$tag]=$(secs_since "$t")
  size_mb[$name:$tag]=$(($(podman image inspect -f '{{.Size}}' "$registry/$name:$tag") / 1000000))
  log "built $registry/$name:$tag in ${build_s[$name:$tag]} s, ${size_mb[$name:$tag]} MB"
}
build_image backend docker/backend/Dockerfile check-a
build_image frontend docker/frontend/Dockerfile check-a
build_image nginx docker/nginx/Dockerfile check-a --build-arg UPSTREAMS=prod
# the "next release": the same build with another version label (another image id)
build_image backend docker/backend/Dockerfile check-b --label org.opencontainers.image.version=check-b
build_image frontend docker/frontend/Dockerfile check-b --label org.opencontainers.image.version=check-b
# a broken release: a password baked into the image while the deployment mounts the secret file;
# the entrypoint refuses to start (secrets-to-env.sh), so the upgrade must roll back
printf 'FROM %s\nENV TK_DB_PASSWORD=baked-into-the-image\n' "$registry/backend:check-b" >"$RUN_DIR/bad.Containerfile"
podman build -q --format docker -f "$RUN_DIR/bad.Containerfile" -t "$registry/backend:check-bad" "$RUN_DIR" >/dev/null
podman tag "$registry/frontend:check-b" "$registry/frontend:check-bad"

# ---- 3. secrets and TLS by the setup script; the test services' credentials -------------------
"$TK_ROOT/scripts/setup/setup-compose.sh" dev --secrets-dir "$RUN_DIR/secrets" >/dev/null
printf '%s' "$TK_DB_PASSWORD" >"$RUN_DIR/secrets/db_password"
printf '%s' "$TK_S3_ACCESS_KEY" >"$RUN_DIR/secrets/s3_access_key"
printf '%s' "$TK_S3_SECRET_KEY" >"$RUN_DIR/secrets/s3_secret_key"
ca=$RUN_DIR/secrets/tls/tls.crt
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB" -c "create database $DB owner $TK_DB_USER" >/dev/null
unset TK_DB_PASSWORD TK_S3_ACCESS_KEY TK_S3_SECRET_KEY # the containers get them from files only

# ---- 4. backends and frontend ----------------------------------------------------------------
# wait_healthy NAME TIMEOUT: runs the image's HEALTHCHECK (no systemd timer here) until it passes
wait_healthy() {
  local deadline=$((SECONDS + $2))
  while [ $SECONDS -lt $deadline ]; do
    [ "$(podman inspect -f '{{.State.Running}}' "$1")" = true ] || { podman logs --tail 30 "$1" >&2; return 1; }
    podman healthcheck run "$1" >/dev/null 2>&1 && return 0
    sleep 3
  done
  podman logs --tail 30 "$1" >&2
  return 1
}
declare -A ready_s
t=$(now_ms)
run_backend 1 "$registry/backend:check-a"
run_backend 2 "$registry/backend:check-a"
run_frontend "$registry/frontend:check-a"
for c in backend-1 backend-2 frontend; do
  wait_healthy "$PREFIX-$c" 600 || die "$c did not turn healthy"
  ready_s[$c]=$(secs_since "$t")
  log "$c healthy ${ready_s[$c]} s after the start of both backends"
done

b1=$PREFIX-backend-1
# Liberty's own figure (CWWKF0011I), comparable with a server started outside a container
liberty_started=$(podman logs "$b1" 2>/dev/null | grep -o 'CWWKF0011I[^"]*' | grep -o '[0-9.]* seconds' | head -1 || true)
log "backend-1: Liberty reports it started in ${liberty_started:-?}"
in_b1() { podman exec "$b1" bash -c "$1"; }
health_status() { podman inspect -f '{{.State.Health.Status}}' "$1"; }
expect "backend: the image's HEALTHCHECK reports healthy" test "$(health_status "$b1")" = healthy
expect "backend: runs as uid 1001" test "$(in_b1 'id -u')" = 1001
expect "backend: root file system is read-only" test "$(podman inspect -f '{{.HostConfig.ReadonlyRootfs}}' "$b1")" = true
expect "backend: cannot write the server configuration" bash -c "! podman exec $b1 touch /config/server.xml"
expect "backend: cannot write the application directory" bash -c "! podman exec $b1 touch /opt/ol/wlp/usr/servers/defaultServer/apps/x"
expect "backend: writes only to its tmpfs mounts (/tmp, /logs, output, apps/expanded)" \
  in_b1 'touch /tmp/w /logs/w /opt/ol/wlp/output/w /opt/ol/wlp/usr/servers/defaultServer/apps/expanded/w'
expect "backend: the EAR was expanded (writable apps/expanded)" \
  in_b1 'test -d /opt/ol/wlp/usr/servers/defaultServer/apps/expanded/ticket-knowledge.ear'
# shellcheck disable=SC2016 # (expanded inside the container)
# (the pattern does not match this command's own command line)
java_env=$(in_b1 'for d in /proc/[0-9]*; do if grep -q "ws-serve[r][.]jar" "$d/cmdline" 2>/dev/null; then tr "\0" "\n" <"$d/environ"; break; fi; done')
expect "backend: TK_DB_PASSWORD comes from /run/secrets/db_password" \
  test "$(sed -n 's/^TK_DB_PASSWORD=//p' <<<"$java_env")" = "$(cat "$RUN_DIR/secrets/db_password")"
expect "backend: TK_KEYSTORE_PASSWORD comes from its secret file" \
  test "$(sed -n 's/^TK_KEYSTORE_PASSWORD=//p' <<<"$java_env")" = "$(cat "$RUN_DIR/secrets/keystore_password")"
expect "backend: no *_FILE variable is left in the server's environment" bash -c "! grep -q '^TK_.*_FILE=' <<<'$java_env'"
ready_json=$(curl -fsS "http://127.0.0.1:${BACKEND_PORTS[0]}/health/ready" || true)
expect "backend: readiness UP with the S3 credentials from files (S3Proxy checks them)" \
  grep -q '"name":"blobs","status":"UP"' <<<"$ready_json"
metrics=$(curl -fsS "http://127.0.0.1:${BACKEND_PORTS[0]}/metrics" || true)
heap=$(awk '/^memory_maxHeap_bytes/ {printf "%d", $2; exit}' <<<"$metrics")
limit=$(podman inspect -f '{{.HostConfig.Memory}}' "$b1")
log "backend: max heap ${heap:-?} bytes with a memory limit of $limit bytes"
expect "backend: max heap is 75 % of the container's memory limit (70-76 %)" \
  test "${heap:-0}" -ge $((limit * 70 / 100)) -a "${heap:-0}" -le $((limit * 76 / 100))
# an operator's mistake: the production image without the keystore password must not start (a
# server without its keystore refuses every token with 401 while its readiness says UP)
nokey=$(podman run --rm --network none "${hardening[@]}" -e TK_DB_PASSWORD=x "$registry/backend:check-a" 2>&1 || true)
expect "backend: refuses to start without TK_KEYSTORE_PASSWORD, saying why" grep -q 'without TK_KEYSTORE_PASSWORD' <<<"$nokey"
frontend_headers=$(curl -sS -D - -o /dev/null "http://127.0.0.1:$FRONTEND_PORT/" || true)
for h in strict-transport-security x-content-type-options x-frame-options referrer-policy content-security-policy; do
  expect "frontend: header $h" grep -qi "^$h:" <<<"$frontend_headers"
done
f=$PREFIX-frontend
expect "frontend: healthy, uid 101, read-only root" \
  test "$(health_status "$f") $(podman exec "$f" id -u) $(podman inspect -f '{{.HostConfig.ReadonlyRootfs}}' "$f")" = "healthy 101 true"

# ---- 5. the edge nginx over TLS --------------------------------------------------------------
write_upstreams prod
run_edge "$registry/nginx:check-a"
wait_healthy "$PREFIX-nginx" 60 || die "the edge nginx did not turn healthy"
expect "edge: healthy, uid 101" test "$(health_status "$PREFIX-nginx") $(podman exec "$PREFIX-nginx" id -u)" = "healthy 101"
edge=https://localhost:$EDGE_HTTPS_PORT
ops=http://127.0.0.1:$EDGE_OPS_PORT
tls() { curl -4 -sS --cacert "$ca" --max-time 30 "$@"; }
code() { tls -o /dev/null -w '%{http_code}' "$@"; }
token() {
  curl -fsS -d grant_type=password -d client_id=tk-cli -d scope=openid -d "username=$1" -d "password=$1-pass" \
    "$TK_OIDC_TOKEN_URL" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
agent=$(token agent1)
headers=$(tls -D - -o "$RUN_DIR/portal.html" "$edge/")
expect "edge: the portal at / over TLS, verified against the setup script's certificate" \
  grep -q '^HTTP/[0-9.]* 200' <<<"$headers"
expect "edge: HTTP/2 negotiated" test "$(tls --http2 -o /dev/null -w '%{http_version}' "$edge/")" = 2
for h in strict-transport-security x-content-type-options x-frame-options referrer-policy content-security-policy permissions-policy; do
  expect "edge: header $h" grep -qi "^$h:" <<<"$headers"
done
expect "edge: no nginx version in Server" bash -c "! grep -qi '^server: nginx/' <<<'$headers'"
expect "edge: plain HTTP redirects to HTTPS" \
  test "$(curl -4 -sS -o /dev/null -w '%{http_code} %{redirect_url}' "http://localhost:$EDGE_HTTP_PORT/x")" = "301 https://localhost/x"
expect "edge: TLS 1.2 is accepted" tls --tlsv1.2 --tls-max 1.2 -o /dev/null "$edge/"
expect "edge: TLS 1.3 is accepted" tls --tlsv1.3 -o /dev/null "$edge/"
# (the client's own security level would refuse TLS 1.1 anyway: lowered, so the server is tested)
expect "edge: TLS 1.1 is refused" \
  bash -c "! curl -4 -sS --cacert '$ca' --ciphers 'DEFAULT@SECLEVEL=0' --tlsv1.1 --tls-max 1.1 -o /dev/null '$edge/'"
expect "edge: /api/ticket without a token is the backend's 401" test "$(code "$edge/api/ticket/tickets")" = 401
expect "edge: /api/ticket with a token reaches the Ticket module" \
  test "$(code -H "Authorization: Bearer $agent" "$edge/api/ticket/tickets")" = 200
expect "edge: /api/knowledge with a token reaches the Knowledge module" \
  test "$(code -H "Authorization: Bearer $agent" "$edge/api/knowledge/articles")" = 200
expect "edge: other /api/ paths are 404 at the edge" test "$(code -H "Authorization: Bearer $agent" "$edge/api/other/x")" = 404
for p in /health/ready /metrics /openapi; do
  expect "edge: $p is 404 on the public listener" test "$(code "$edge$p")" = 404
  expect "edge: $p is 200 on the internal listener" test "$(curl -sS -o /dev/null -w '%{http_code}' "$ops$p")" = 200
done
rid=tkcheck-$(date +%s)-$RANDOM
secret_term=personal$RANDOM$RANDOM
# a made-up X-Forwarded-For: the edge replaces it, the backend must log the edge's view of the client
expect "edge: a client's X-Request-ID is returned" \
  grep -qi "^x-request-id: $rid" <(tls -D - -o /dev/null -H "X-Request-ID: $rid" -H "X-Forwarded-For: 198.51.100.77" \
    -H "Authorization: Bearer $agent" "$edge/api/ticket/tickets?limit=5&q=$secret_term")
edge_line=$(podman logs "$PREFIX-nginx" 2>/dev/null | grep "\"request_id\":\"$rid\"" | tail -1 || true)
expect "edge: the request id is in the edge's JSON access log" test -n "$edge_line"
# the backend's JSON access log line of that request (type liberty_accesslog), on either replica
backend_line=""
for _ in 1 2 3 4 5; do
  backend_line=$( (podman logs "$b1" 2>/dev/null; podman logs "$PREFIX-backend-2" 2>/dev/null) |
    grep '"type":"liberty_accesslog"' | grep -F "$rid" | tail -1 || true)
  [ -z "$backend_line" ] || break
  sleep 1
done
log "backend access log line: ${backend_line:-none}"
expect "backend: the edge's request id is in the backend's JSON access log line" test -n "$backend_line"
plain_line=${backend_line//\\/} # (JSON escapes its slashes)
expect "backend: the access log has the path without the query string (no search terms)" \
  bash -c "grep -q '\"ibm_uriPath\":\"/api/ticket/tickets\"' <<<'$plain_line' && ! grep -q '$secret_term' <<<'$plain_line'"
edge_remote=$(sed -n 's/.*"remote":"\([^"]*\)".*/\1/p' <<<"$edge_line")
expect "backend: logs the client address the edge saw ($edge_remote; remoteIp), not a forged X-Forwarded-For" \
  bash -c "grep -q ':\"$edge_remote\"' <<<'$backend_line' && ! grep -q 198.51.100.77 <<<'$backend_line'"
location=$(tls -D - -o /dev/null -H "Authorization: Bearer $(token requester1)" -H 'Content-Type: application/json' \
  -d '{"subject":"Location 檢查","description":"https Location behind the edge"}' "$edge/api/ticket/tickets" |
  tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
log "edge: Location of a created ticket: ${location:-none}"
expect "backend: Location headers behind the TLS edge say https:// (remoteIp, X-Forwarded-Proto)" \
  grep -q '^https://localhost[:/]' <<<"$location"

# ---- 6. rolling upgrade with deploy-compose.sh, a client opening tickets throughout -----------
if $upgrade; then
  results=$RUN_DIR/client.log
  : >"$results"
  echo initial >"$RUN_DIR/phase"
  # client: one ticket every 0.25 s through the edge (below the API's rate limit of 10/s per user)
  (
    tok=$(token requester1) tok_at=$SECONDS n=0
    while [ ! -e "$RUN_DIR/stop-client" ]; do
      if [ $((SECONDS - tok_at)) -gt 120 ]; then tok=$(token requester1) tok_at=$SECONDS; fi
      n=$((n + 1))
      c=$(curl -4 -s --cacert "$ca" --max-time 60 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $tok" \
        -H 'Content-Type: application/json' -d "{\"subject\":\"滾動升級 $n\",\"description\":\"rolling upgrade check\"}" \
        "$edge/api/ticket/tickets" || true)
      echo "$(date +%s%3N) $c $(cat "$RUN_DIR/phase")" >>"$results"
      sleep 0.25
    done
  ) &
  client_pid=$!
  compose_env=$RUN_DIR/compose.env
  echo "TK_VERSION=check-a" >"$compose_env"
  deploy() {
    PATH=$TK_CONTAINERS_DIR/shims:$PATH TK_COMPOSE=$TK_CONTAINERS_DIR/shims/compose-podman.sh \
      TK_COMPOSE_ENV_FILE=$compose_env TK_DEPLOY_HISTORY=$RUN_DIR/deploy-history \
      "$TK_ROOT/scripts/deploy/deploy-compose.sh" --env prod --timeout 600 "$@"
  }
  # the containers were started by hand: replacing them now goes through the deploy script
  sleep 5
  echo upgrade >"$RUN_DIR/phase"
  t=$(now_ms)
  if deploy upgrade check-b >"$RUN_DIR/logs/deploy-upgrade.log" 2>&1; then
    pass "upgrade: deploy-compose.sh rolled backend-1, backend-2, frontend to check-b"
  else
    cat "$RUN_DIR/logs/deploy-upgrade.log" >&2
    fail "upgrade: deploy-compose.sh upgrade check-b"
  fi
  upgrade_s=$(secs_since "$t")
  for c in backend-1 backend-2 frontend; do
    expect "upgrade: $c runs check-b" grep -q ':check-b$' <<<"$(podman inspect -f '{{.ImageName}}' "$PREFIX-$c")"
  done
  echo rollback >"$RUN_DIR/phase"
  t=$(now_ms)
  if deploy upgrade check-bad >"$RUN_DIR/logs/deploy-bad.log" 2>&1; then
    fail "rollback: the upgrade to a failing image succeeded"
  else
    pass "rollback: the upgrade to a failing image stopped (exit 1)"
  fi
  rollback_s=$(secs_since "$t")
  expect "rollback: backend-1 is back on check-b and healthy" \
    test "$(podman inspect -f '{{.ImageName}} {{.State.Health.Status}}' "$b1")" = "$registry/backend:check-b healthy"
  expect "rollback: backend-2 was not touched" grep -q ':check-b$' <<<"$(podman inspect -f '{{.ImageName}}' "$PREFIX-backend-2")"
  expect "rollback: docker/.env keeps check-b" grep -qx 'TK_VERSION=check-b' "$compose_env"
  echo after >"$RUN_DIR/phase"
  sleep 3
  touch "$RUN_DIR/stop-client"
  wait "$client_pid" || true
  client_pid=""
  total=$(wc -l <"$results")
  created=$(awk '$2 == 201' "$results" | wc -l)
  failed=$(awk '$2 != 201' "$results" | wc -l)
  log "client: $total requests, $created tickets created, $failed failed (by phase: $(awk '$2 != 201 {print $3 ":" $2}' "$results" | sort | uniq -c | tr '\n' ' '))"
  expect "client: requests during upgrade and rollback (at least 50)" test "$total" -ge 50
  expect "client: zero failed requests" test "$failed" -eq 0
  # SIGTERM: each replaced backend stopped cleanly within the grace period (137 = killed)
  while read -r service _ _ secs _ _ exit_code _ image; do
    case "$service $image" in *check-bad) continue ;; backend-*) ;; *) continue ;; esac
    expect "SIGTERM: $service ($image) stopped in $secs s with exit $exit_code, within ${STOP_GRACE} s" \
      test "$exit_code" != 137 -a "${secs%.*}" -lt "$STOP_GRACE"
  done <"$RUN_DIR/stops.log"
  expect "SIGTERM: the server logged its clean stop (CWWKE0036I)" grep -l CWWKE0036I "$RUN_DIR"/logs/backend-*.log
  # every ticket the client was told about exists, and its event left the outbox (relay)
  sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "$1"; }
  for _ in $(seq 1 30); do
    [ "$(sql 'select count(*) from ticket.outbox where published_at is null')" = 0 ] && break
    sleep 2
  done
  expect "outbox: every created ticket is stored ($created)" test "$(sql 'select count(*) from ticket.tickets')" -ge "$created"
  expect "outbox: no unpublished outbox row is left" test "$(sql 'select count(*) from ticket.outbox where published_at is null')" = 0
  expect "outbox: one ticket.opened event per ticket" \
    test "$(sql "select count(*) from ticket.outbox where event_type = 'ticket.opened'")" = "$(sql 'select count(*) from ticket.tickets')"
fi

# ---- 7. the Compose files themselves, with podman-compose (compose.sh, compose.sh --dev) -------
declare -A compose_s
if $compose && ! $keep; then
  remove_containers
  for variant in prod dev; do
    log_file=$RUN_DIR/logs/compose-$variant.log
    t=$(now_ms)
    if "$TK_CONTAINERS_DIR/compose.sh" "--$variant" check-a >"$log_file" 2>&1; then
      grep -E '^\[[0-9:]+\] (SKIP|GAP|healthy after)' "$log_file" || true
      pass "podman-compose: docker-compose.$variant.yml's application services up, healthy, settings and edge checked (compose.sh --$variant)"
    else
      grep -E 'FAIL|ERROR' "$log_file" >&2 || tail -20 "$log_file" >&2
      fail "podman-compose: scripts/containers/compose.sh --$variant (log: $log_file)"
    fi
    compose_s[$variant]=$(secs_since "$t")
  done
fi

# ---- summary ---------------------------------------------------------------------------------
log "images: $(for k in "${!size_mb[@]}"; do printf '%s %s MB (%s s)  ' "$k" "${size_mb[$k]}" "${build_s[$k]}"; done)"
[ ${#compose_s[@]} -eq 0 ] || log "podman-compose: production file ${compose_s[prod]} s, development file ${compose_s[dev]} s"
log "bases ${bases_s} s; both backends healthy after ${ready_s[backend-1]}/${ready_s[backend-2]} s (in parallel; Liberty: ${liberty_started:-?})${upgrade_s:+; upgrade ${upgrade_s} s; failed upgrade with rollback ${rollback_s} s}"
[ ! -s "$RUN_DIR/stops.log" ] || log "stops: $(tr '\n' ';' <"$RUN_DIR/stops.log")"
log "load average: $(cut -d' ' -f1-3 /proc/loadavg); total $(secs_since "$started") s"
if [ ${#failures[@]} -gt 0 ]; then
  log "FAILED ${#failures[@]} check(s):"
  printf '  %s\n' "${failures[@]}" >&2
  exit 1
fi
log "all container checks passed"
