#!/usr/bin/env bash
# Prepares a Docker host for the Compose stacks: the secret files the Compose files mount (random
# passwords), a self-signed TLS certificate for development, and for production a docker/.env with
# the settings that have no default. Existing files are kept (so re-running never changes a
# password a database was initialised with) unless --force.
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: scripts/setup/setup-compose.sh dev|prod [--secrets-dir DIR] [--env-file FILE] [--force]

Creates in DIR (default: $TK_SECRETS_DIR or docker/secrets; mode 0700, files 0644 so the
containers' non-root users can read them while other host users cannot reach the directory):
  db_admin_password  db_password  s3_access_key  s3_secret_key  keystore_password
  minio_root_user  minio_root_password  redis_acl  redis_url  keycloak_admin_password (dev)
  tls/tls.crt  tls/tls.key   dev: self-signed for localhost; prod: only when missing, also
                             self-signed, with a warning - put the real certificate there
prod also writes FILE (default docker/.env) when missing, with TK_VERSION, TK_OIDC_ISSUER,
TK_OIDC_JWKS_URI taken from the environment (empty ones must be filled in before `up`).
  --force   regenerate every secret (never on a host whose volumes already hold data)
TXT
}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
env_name=""
secrets_dir=${TK_SECRETS_DIR:-$ROOT/docker/secrets}
env_file=$ROOT/docker/.env
force=false
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    dev | prod) env_name=$1 ;;
    --secrets-dir) secrets_dir=${2:?--secrets-dir needs a directory}; shift ;;
    --env-file) env_file=${2:?--env-file needs a file}; shift ;;
    --force) force=true ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
[ -n "$env_name" ] || { usage >&2; exit 2; }
command -v openssl >/dev/null || { echo "setup-compose: openssl is needed" >&2; exit 1; }

umask 077
mkdir -p "$secrets_dir/tls"
chmod 0700 "$secrets_dir"
# tls/ is mounted as a directory: nginx (uid 101) must be able to enter it
chmod 0755 "$secrets_dir/tls"

# write NAME VALUE: only when missing (or --force)
write_secret() {
  local file=$secrets_dir/$1
  if [ -s "$file" ] && ! $force; then return 0; fi
  printf '%s' "$2" >"$file"
  chmod 0644 "$file"
  echo "setup-compose: wrote $file"
}
random() { openssl rand -hex "${1:-24}"; }

write_secret db_admin_password "$(random)"
write_secret db_password "$(random)"
write_secret s3_access_key "tk-$(random 8)"
write_secret s3_secret_key "$(random)"
write_secret keystore_password "$(random)"
# MinIO's root (prod): only MinIO and the one-shot minio-setup get it; the backend's s3_* user is
# limited to the attachment bucket
write_secret minio_root_user "tk-root-$(random 4)"
write_secret minio_root_password "$(random)"
# The application's Redis user "tk-app": its own keys (tk:*) and the commands of a cache, no
# administration, no dangerous commands (KEYS, FLUSHALL, CONFIG, DEBUG ...); "default" is off;
# "healthcheck" may only PING (Compose health check). An ACL of an older setup (+@all) is replaced.
REDIS_APP_RULES="~tk:* resetchannels -@all +@read +@write +@keyspace +@string +@hash +@scripting +@connection +@transaction -@dangerous -@admin +ping +time"
if [ ! -s "$secrets_dir/redis_acl" ] || $force || grep -q '+@all' "$secrets_dir/redis_acl"; then
  redis_password=$(random)
  rm -f "$secrets_dir/redis_acl"
  write_secret redis_acl "user default off
user tk-app on >$redis_password $REDIS_APP_RULES
user healthcheck on nopass -@all +ping
"
  # the URL must match the ACL: both are rewritten together
  printf '%s' "redis://tk-app:$redis_password@redis:6379" >"$secrets_dir/redis_url"
  chmod 0644 "$secrets_dir/redis_url"
  echo "setup-compose: wrote $secrets_dir/redis_url"
fi
if [ "$env_name" = dev ]; then write_secret keycloak_admin_password "$(random)"; fi

crt=$secrets_dir/tls/tls.crt
key=$secrets_dir/tls/tls.key
if [ ! -s "$crt" ] || [ ! -s "$key" ] || { $force && [ "$env_name" = dev ]; }; then
  openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days 825 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$key" -out "$crt" 2>/dev/null
  # nginx runs as uid 101 and reads the key at start
  chmod 0644 "$crt" "$key"
  echo "setup-compose: wrote a self-signed certificate for localhost to $secrets_dir/tls/"
  if [ "$env_name" = prod ]; then
    echo "setup-compose: WARNING: replace $crt and $key with the real certificate and key" >&2
  fi
fi

if [ "$env_name" = prod ] && [ ! -e "$env_file" ]; then
  cat >"$env_file" <<ENV
# Settings of docker/docker-compose.prod.yml without a default (read by docker-compose from the
# project directory). TK_VERSION is the image tag scripts/deploy/deploy-compose.sh rolls out.
TK_VERSION=${TK_VERSION:-}
TK_REGISTRY=${TK_REGISTRY:-ticket-knowledge}
TK_OIDC_ISSUER=${TK_OIDC_ISSUER:-}
TK_OIDC_JWKS_URI=${TK_OIDC_JWKS_URI:-}
TK_OIDC_AUDIENCE=${TK_OIDC_AUDIENCE:-tk-api}
TK_SECRETS_DIR=$secrets_dir
ENV
  chmod 0600 "$env_file"
  echo "setup-compose: wrote $env_file (fill in the empty values)"
fi
echo "setup-compose: $env_name secrets ready in $secrets_dir"
