# shellcheck shell=bash
# How the check runs each container: the production Compose settings (docker/docker-compose.prod.yml:
# read-only root file system with the same tmpfs mounts, secrets as files under /run/secrets, no
# capabilities, no-new-privileges, health check timing, memory limit), translated to podman for
# this machine's network (see docs/operations/containers.md, "Network"). Sourced by check.sh and
# by the podman stand-ins of docker-compose/docker that deploy-compose.sh drives.
# Needs: lib.sh sourced, RUN_DIR (secrets/, tls/, nginx-upstreams.conf), the TK_* service settings.

PREFIX=tkc
# host ports, all on 127.0.0.1: edge HTTP/HTTPS/operations, frontend, backend replicas (HTTP/HTTPS)
EDGE_HTTP_PORT=18080
EDGE_HTTPS_PORT=18443
EDGE_OPS_PORT=18081
FRONTEND_PORT=18088
BACKEND_PORTS=(19081 19082)
BACKEND_TLS_PORTS=(19441 19442)
# the host's 127.0.0.1 as seen from a slirp4netns network namespace (allow_host_loopback)
HOST_LOOPBACK=10.0.2.2
SLIRP=slirp4netns:allow_host_loopback=true
MEMORY_LIMIT=${TK_CONTAINERS_MEMORY:-1g}
# compose prod: stop_grace_period of the backends
STOP_GRACE=30

# tmpfs mounts as docker makes them: empty and writable by the container's user (docker: mode
# 1777). podman would copy the image's directory up, owner and mode included, and ignores a mode.
tmpfs() { local p; for p in "$@"; do printf -- '--mount\ntype=tmpfs,destination=%s,chown=true,notmpcopyup\n' "$p"; done; }

# common hardening of docker-compose.prod.yml (read_only, security_opt, cap_drop)
hardening=(--read-only --security-opt no-new-privileges --cap-drop ALL)
# the backend's compose healthcheck timing (prod: interval 15s, retries 8, start_period 180s)
backend_health=(--health-interval 15s --health-retries 8 --health-start-period 180s --health-timeout 5s)

# podman's messages go to $RUN_DIR/podman.log (it complains about the missing systemd at every
# start); shown when a start fails
podman_failed() {
  tail -5 "$RUN_DIR/podman.log" >&2
  return 1
}

# run_backend N IMAGE: replica N (1 or 2) on the host network (it reaches the test services on
# 127.0.0.1 exactly as a process would; Kafka advertises 127.0.0.1) on its own ports. The edge
# reaches it from 127.0.0.1 and the check's client comes from a private address (slirp4netns):
# only 127.0.0.1 is a trusted proxy, as an intranet deployment would set it.
run_backend() {
  local n=$1 image=$2 s=$RUN_DIR/secrets
  local mounts
  mapfile -t mounts < <(tmpfs /tmp /logs /opt/ol/wlp/output /opt/ol/wlp/usr/servers/defaultServer/apps/expanded)
  podman run -d --name "$PREFIX-backend-$n" --hostname "backend-$n" --network host \
    "${hardening[@]}" "${mounts[@]}" \
    --memory "$MEMORY_LIMIT" --stop-timeout "$STOP_GRACE" "${backend_health[@]}" \
    -e TK_HTTP_HOST=127.0.0.1 -e "TK_HTTP_PORT=${BACKEND_PORTS[$((n - 1))]}" \
    -e "TK_HTTPS_PORT=${BACKEND_TLS_PORTS[$((n - 1))]}" \
    -e "TK_DB_URL=$CHECK_DB_URL" -e "TK_DB_USER=$TK_DB_USER" -e TK_DB_PASSWORD_FILE=/run/secrets/db_password \
    -e "TK_REDIS_URL=$TK_REDIS_URL" -e "TK_KAFKA_BOOTSTRAP=$TK_KAFKA_BOOTSTRAP" -e "TK_ES_URL=$TK_ES_URL" \
    -e "TK_S3_ENDPOINT=$TK_S3_ENDPOINT" -e "TK_S3_BUCKET=$TK_S3_BUCKET" \
    -e TK_S3_ACCESS_KEY_FILE=/run/secrets/s3_access_key -e TK_S3_SECRET_KEY_FILE=/run/secrets/s3_secret_key \
    -e TK_KEYSTORE_PASSWORD_FILE=/run/secrets/keystore_password \
    -e "TK_OIDC_ISSUER=$TK_OIDC_ISSUER" -e "TK_OIDC_JWKS_URI=$TK_OIDC_JWKS_URI" -e "TK_OIDC_AUDIENCE=$TK_OIDC_AUDIENCE" \
    -e TK_LOG_FORMAT=json -e "TK_SEARCH_INDEX_PREFIX=$CHECK_NAME-" \
    -e 'TK_HTTP_TRUSTED_PROXIES=127\.0\.0\.1' \
    "${topic_env[@]}" \
    -v "$s/db_password:/run/secrets/db_password:ro" -v "$s/s3_access_key:/run/secrets/s3_access_key:ro" \
    -v "$s/s3_secret_key:/run/secrets/s3_secret_key:ro" -v "$s/keystore_password:/run/secrets/keystore_password:ro" \
    "$image" >/dev/null 2>>"$RUN_DIR/podman.log" || podman_failed
}

# topics and consumer groups of this check only: the shared Kafka also serves other test runs
topic_env=()
set_topic_env() {
  local t=$CHECK_NAME
  topic_env=(
    -e "MP_MESSAGING_OUTGOING_TICKET_EVENTS_OUT_TOPIC=$t.ticket.events"
    -e "MP_MESSAGING_OUTGOING_KNOWLEDGE_EVENTS_OUT_TOPIC=$t.knowledge.events"
    -e "TK_EVENTS_DEAD_LETTER_TOPIC=$t.dead-letters"
    -e "MP_MESSAGING_INCOMING_KNOWLEDGE_TICKET_EVENTS_TOPIC=$t.ticket.events"
    -e "MP_MESSAGING_INCOMING_KNOWLEDGE_TICKET_EVENTS_GROUP_ID=$t.knowledge.ticket-signals"
    -e "MP_MESSAGING_INCOMING_TICKET_SEARCH_EVENTS_TOPIC=$t.ticket.events"
    -e "MP_MESSAGING_INCOMING_TICKET_SEARCH_EVENTS_GROUP_ID=$t.ticket.search-index"
    -e "MP_MESSAGING_INCOMING_TICKET_AUTOMATION_EVENTS_TOPIC=$t.ticket.events"
    -e "MP_MESSAGING_INCOMING_TICKET_AUTOMATION_EVENTS_GROUP_ID=$t.ticket.automation"
  )
}

# run_frontend IMAGE: own network namespace, published on 127.0.0.1 only; its /api/ proxy goes to replica 1
run_frontend() {
  local mounts
  mapfile -t mounts < <(tmpfs /tmp /etc/nginx/conf.d)
  podman run -d --name "$PREFIX-frontend" --hostname frontend --network "$SLIRP" \
    "${hardening[@]}" "${mounts[@]}" --memory 128m \
    -p "127.0.0.1:$FRONTEND_PORT:8080" \
    -e "TK_API_UPSTREAM=$HOST_LOOPBACK:${BACKEND_PORTS[0]}" \
    "$1" >/dev/null 2>>"$RUN_DIR/podman.log" || podman_failed
}

# run_edge IMAGE: the edge nginx with the production upstream file rewritten to this machine's
# addresses (nginx-upstreams.conf) and the TLS files of the setup script
run_edge() {
  local mounts
  mapfile -t mounts < <(tmpfs /tmp)
  podman run -d --name "$PREFIX-nginx" --hostname nginx --network "$SLIRP" \
    "${hardening[@]}" "${mounts[@]}" --memory 256m \
    -p "127.0.0.1:$EDGE_HTTP_PORT:8080" -p "127.0.0.1:$EDGE_HTTPS_PORT:8443" -p "127.0.0.1:$EDGE_OPS_PORT:8081" \
    --add-host "backend-1:$HOST_LOOPBACK" --add-host "backend-2:$HOST_LOOPBACK" --add-host "frontend:$HOST_LOOPBACK" \
    -v "$RUN_DIR/nginx-upstreams.conf:/etc/nginx/upstreams.conf:ro" \
    -v "$RUN_DIR/secrets/tls:/etc/nginx/certs:ro" \
    "$1" >/dev/null 2>>"$RUN_DIR/podman.log" || podman_failed
}

# the upstream file of production with this machine's ports (host names stay: --add-host)
write_upstreams() {
  sed -e "s/backend-1:9080/backend-1:${BACKEND_PORTS[0]}/" -e "s/backend-2:9080/backend-2:${BACKEND_PORTS[1]}/" \
    -e "s/frontend:8080/frontend:$FRONTEND_PORT/" "$TK_ROOT/docker/nginx/upstreams/prod.conf" >"$RUN_DIR/nginx-upstreams.conf"
  grep -q "backend-2:${BACKEND_PORTS[1]}" "$RUN_DIR/nginx-upstreams.conf" ||
    die "docker/nginx/upstreams/prod.conf no longer names backend-2:9080"
}
