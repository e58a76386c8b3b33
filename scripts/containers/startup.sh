#!/usr/bin/env bash
# Start-to-ready of the same EAR, two ways, one after the other in the same run, production profile,
# same test services, each on an empty database of its own (so both run the migrations):
#   host       as scripts/run.sh starts it: liberty-maven-plugin create + deploy (not timed, as the
#              build is not), then `liberty:start` of the ear module, then /health/ready polled
#   container  the backend image (one replica, production Compose settings, 1 GiB), `podman run`,
#              then /health/ready polled the same way (every 0.5 s)
# Prints both times, Liberty's own start figure (CWWKF0011I) of each and the ratio container/host.
# Needs what check.sh needs (run that first: it builds the image); run it under the shared lock:
#   flock /tmp/tk-liberty.lock scripts/containers/startup.sh
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=services.sh
. "$TK_CONTAINERS_DIR/services.sh"

usage() {
  cat <<'TXT'
Usage: scripts/containers/startup.sh [IMAGE]

IMAGE: the backend image to start (default localhost/ticket-knowledge/backend:check-a, built by
scripts/containers/check.sh). Prints "start to ready: host N s, container M s, ratio R".
Exit 1 when a server does not become ready within 600 s; 0 with SKIP when podman cannot run.
TXT
}
case "${1:-}" in
  -h | --help) usage; exit 0 ;;
esac
image=${1:-localhost/ticket-knowledge/backend:check-a}
if [ "$(id -u)" -ne 0 ] || ! podman_ready; then log "SKIP: podman cannot run here"; exit 0; fi
podman image exists "$image" || die "no image $image: run scripts/containers/check.sh first"
set -a
# shellcheck disable=SC1091
. "$TK_ROOT/.services/env"
set +a
export RUN_DIR=$TK_CONTAINERS_DIR/.run-startup CHECK_NAME=tk-startup-check
rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"
"$TK_ROOT/scripts/setup/setup-compose.sh" dev --secrets-dir "$RUN_DIR/secrets" >/dev/null
printf '%s' "$TK_DB_PASSWORD" >"$RUN_DIR/secrets/db_password"
printf '%s' "$TK_S3_ACCESS_KEY" >"$RUN_DIR/secrets/s3_access_key"
printf '%s' "$TK_S3_SECRET_KEY" >"$RUN_DIR/secrets/s3_secret_key"
set_topic_env
HOST_PORT=19090
cleanup() {
  podman rm -f -t 5 "$PREFIX-backend-1" >/dev/null 2>&1 || true
  (cd "$TK_ROOT" && mvn -B -o -q -pl ear liberty:stop >/dev/null 2>&1) || true
}
trap cleanup EXIT
cleanup

fresh_db() {
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $1" -c "create database $1 owner $TK_DB_USER" >/dev/null 2>&1
}
# ready PORT T0: seconds from T0 until /health/ready answers 200 (polled every 0.5 s)
ready_after() {
  local deadline=$((SECONDS + 600))
  while [ $SECONDS -lt $deadline ]; do
    if curl -fs -o /dev/null "http://127.0.0.1:$1/health/ready"; then secs_since "$2"; return 0; fi
    sleep 0.5
  done
  return 1
}

# ---- host: the way scripts/run.sh starts the server (without its build step) -----------------
fresh_db tk_start_host
log "host: liberty:create liberty:deploy (not timed)"
(cd "$TK_ROOT" && mvn -B -o -q -pl ear liberty:create liberty:deploy >"$RUN_DIR/host-create.log" 2>&1) ||
  { tail -20 "$RUN_DIR/host-create.log" >&2; die "liberty:create/deploy failed"; }
server_dir=$(find "$TK_ROOT/ear/target" -type d -path '*servers/ticketknowledge' | head -1)
rm -rf "${server_dir:?}/logs" "$server_dir/resources/security" "$server_dir/workarea" # a cold start, as in the container
t=$(now_ms)
topic_vars=()
for ((i = 1; i < ${#topic_env[@]}; i += 2)); do topic_vars+=("${topic_env[i]}"); done
(cd "$TK_ROOT" && env TK_PROFILE=production TK_HTTP_PORT=$HOST_PORT TK_HTTPS_PORT=$((HOST_PORT + 400)) \
  TK_DB_URL="${TK_DB_URL%/*}/tk_start_host" TK_KEYSTORE_PASSWORD="$(cat "$RUN_DIR/secrets/keystore_password")" \
  TK_LOG_FORMAT=json TK_SEARCH_INDEX_PREFIX="$CHECK_NAME-" "${topic_vars[@]}" \
  mvn -B -o -q -pl ear liberty:start >"$RUN_DIR/host-start.log" 2>&1) ||
  { tail -20 "$RUN_DIR/host-start.log" >&2; die "liberty:start failed"; }
host_s=$(ready_after "$HOST_PORT" "$t") || die "the host server did not become ready"
host_liberty=$(grep -ho 'CWWKF0011I[^"]*' "$server_dir"/logs/*.log 2>/dev/null | grep -o '[0-9.]* seconds' | head -1 || true)
log "host: ready after $host_s s (Liberty: ${host_liberty:-?})"
(cd "$TK_ROOT" && mvn -B -o -q -pl ear liberty:stop >/dev/null 2>&1) || true

# ---- container: the image, production Compose settings ----------------------------------------
fresh_db tk_start_container
export CHECK_DB_URL=${TK_DB_URL%/*}/tk_start_container
unset TK_DB_PASSWORD TK_S3_ACCESS_KEY TK_S3_SECRET_KEY
t=$(now_ms)
run_backend 1 "$image"
container_s=$(ready_after "${BACKEND_PORTS[0]}" "$t") || { podman logs --tail 30 "$PREFIX-backend-1" >&2; die "the container did not become ready"; }
container_liberty=$(podman logs "$PREFIX-backend-1" 2>/dev/null | grep -o 'CWWKF0011I[^"]*' | grep -o '[0-9.]* seconds' | head -1 || true)
log "container: ready after $container_s s (Liberty: ${container_liberty:-?})"
ratio=$(awk -v c="$container_s" -v h="$host_s" 'BEGIN { printf "%.2f", c / h }')
log "start to ready: host (scripts/run.sh way) $host_s s, container $container_s s, ratio container/host $ratio (load average $(cut -d' ' -f1-3 /proc/loadavg))"
for db in tk_start_host tk_start_container; do
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $db" >/dev/null 2>&1 || true
done
