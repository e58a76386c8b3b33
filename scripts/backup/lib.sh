# shellcheck shell=bash
# Shared by the backup, restore and monitoring scripts. Sourced, not run: it inherits the caller's
# `set -euo pipefail`. Connection settings are the application's own TK_* variables (or PG*).

die() { printf '%s: %s\n' "${TK_SCRIPT:-tk}" "$*" >&2; exit 1; }
info() { printf '%s: %s\n' "${TK_SCRIPT:-tk}" "$*"; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is not installed (${2:-see scripts/services/tools.sh})"; }

# secret NAME: the value of NAME, or the content of the file named by NAME_FILE (Compose/K8s secrets)
secret() {
  local name=$1 file_var="${1}_FILE"
  if [ -n "${!name:-}" ]; then
    printf '%s' "${!name}"
  elif [ -n "${!file_var:-}" ]; then
    [ -r "${!file_var}" ] || die "$file_var names '${!file_var}', which is not readable"
    printf '%s' "$(<"${!file_var}")"
  fi
}

# PostgreSQL connection from TK_DB_URL (jdbc:postgresql://host[:port]/db[?...]), TK_DB_USER and
# TK_DB_PASSWORD[_FILE]; PG* variables already set win.
pg_connection() {
  local url=${TK_DB_URL:-} rest hostport
  if [ -n "$url" ]; then
    [[ $url == jdbc:postgresql://* ]] || die "TK_DB_URL must be jdbc:postgresql://host:port/db, not $url"
    rest=${url#jdbc:postgresql://}
    rest=${rest%%\?*}
    hostport=${rest%%/*}
    export PGHOST=${PGHOST:-${hostport%%:*}}
    if [[ $hostport == *:* ]]; then export PGPORT=${PGPORT:-${hostport##*:}}; fi
    export PGDATABASE=${PGDATABASE:-${rest#*/}}
  fi
  export PGUSER=${PGUSER:-${TK_DB_USER:-tk}}
  if [ -z "${PGPASSWORD:-}" ]; then
    PGPASSWORD=$(secret TK_DB_PASSWORD)
    export PGPASSWORD
  fi
  export PGDATABASE=${PGDATABASE:-tk}
  export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-10}
}

# pg_objects: how many things make the database "not empty": schemas besides the system ones and
# public, plus relations (tables, sequences, views...) in public.
pg_objects() {
  psql -X -q -t -A -v ON_ERROR_STOP=1 -c "SELECT
    (SELECT count(*) FROM pg_namespace n WHERE n.nspname NOT IN ('public', 'information_schema')
       AND n.nspname NOT LIKE 'pg\_%')
    + (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public')"
}

# ---- S3 (MinIO, S3Proxy, AWS) with curl's own SigV4 signing: no extra tool needed ------------
s3_setup() {
  need curl
  S3_ENDPOINT=${TK_S3_ENDPOINT:-http://127.0.0.1:9000}
  S3_ENDPOINT=${S3_ENDPOINT%/}
  S3_REGION=${TK_S3_REGION:-us-east-1}
  S3_ACCESS_KEY=$(secret TK_S3_ACCESS_KEY)
  S3_SECRET_KEY=$(secret TK_S3_SECRET_KEY)
  if [ -z "$S3_ACCESS_KEY" ] || [ -z "$S3_SECRET_KEY" ]; then
    die "S3 credentials missing: set TK_S3_ACCESS_KEY/TK_S3_SECRET_KEY (or *_FILE)"
  fi
}

# s3 METHOD PATH [curl args...]: a signed request; PATH is /bucket[/key] already URI-encoded.
# The body's sha256 goes into x-amz-content-sha256 (S3Proxy and AWS check it).
s3() {
  local method=$1 path=$2 payload=UNSIGNED-PAYLOAD
  shift 2
  local args=("$@") i
  for ((i = 0; i < ${#args[@]}; i++)); do
    if [ "${args[i]}" = --upload-file ]; then payload=$(sha256sum "${args[i + 1]}" | cut -d' ' -f1); fi
  done
  curl -sS --fail-with-body --retry 2 -X "$method" \
    --aws-sigv4 "aws:amz:$S3_REGION:s3" --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" \
    -H "x-amz-content-sha256: $payload" "$@" "$S3_ENDPOINT$path"
}

# uri_encode TEXT: percent-encodes all but unreserved characters and '/' (S3 object paths)
uri_encode() {
  local LC_ALL=C text=$1 out="" c i
  for ((i = 0; i < ${#text}; i++)); do
    c=${text:i:1}
    case "$c" in
      [A-Za-z0-9._~/-]) out+=$c ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

# file_name KEY: a flat, reversible file name for an object key ('/' encoded too)
key_to_file() { local e; e=$(uri_encode "$1"); printf '%s' "${e//\//%2F}"; }
# file_to_key NAME: the object key back from key_to_file
file_to_key() { printf '%b' "${1//%/\\x}"; }

xml_unescape() {
  local s=$1
  s=${s//&lt;/<}; s=${s//&gt;/>}; s=${s//&quot;/\"}; s=${s//&apos;/\'}; s=${s//&#39;/\'}
  printf '%s' "${s//&amp;/\&}"
}

# s3_list_keys BUCKET: every object key of the bucket, one per line (ListObjectsV2, all pages)
s3_list_keys() {
  local bucket=$1 token="" page query
  while :; do
    query="list-type=2&max-keys=1000"
    [ -z "$token" ] || query+="&continuation-token=$(uri_encode "$token" | sed 's#/#%2F#g')"
    page=$(s3 GET "/$bucket?$query") || die "cannot list bucket $bucket at $S3_ENDPOINT"
    grep -o '<Key>[^<]*</Key>' <<<"$page" | sed -e 's#^<Key>##' -e 's#</Key>$##' |
      while IFS= read -r key; do xml_unescape "$key"; printf '\n'; done
    grep -q '<IsTruncated>true</IsTruncated>' <<<"$page" || break
    token=$(grep -o '<NextContinuationToken>[^<]*' <<<"$page" | sed 's#^<NextContinuationToken>##')
    token=$(xml_unescape "$token")
    [ -n "$token" ] || die "bucket $bucket: truncated listing without a continuation token"
  done
}

s3_bucket_exists() { s3 HEAD "/$1" -o /dev/null 2>/dev/null; }
s3_ensure_bucket() { s3_bucket_exists "$1" || s3 PUT "/$1" -o /dev/null || die "cannot create bucket $1"; }
