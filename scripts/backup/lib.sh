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
  # the keys go to curl as a config file on its standard input, never on its command line (ps)
  local user="$S3_ACCESS_KEY:$S3_SECRET_KEY"
  user=${user//\\/\\\\}
  curl -sS --fail-with-body --retry 2 -X "$method" -K - \
    --aws-sigv4 "aws:amz:$S3_REGION:s3" \
    -H "x-amz-content-sha256: $payload" "$@" "$S3_ENDPOINT$path" <<<"user = \"${user//\"/\\\"}\""
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

# ---- protection of backup files: encryption, checksum, signature -----------------------------
# Backups are written with umask 077 (owner only). With TK_BACKUP_ENCRYPTION_KEY_FILE (a file
# holding a random key, e.g. `openssl rand -hex 32`) the file is encrypted with openssl
# (AES-256-CBC, key derived by PBKDF2) into FILE.enc; with TK_BACKUP_SIGNING_KEY_FILE (an Ed25519
# private key, `openssl genpkey -algorithm ed25519`) the checksum file is signed (.sha256.sig), so
# the restore can prove who made the backup (TK_BACKUP_VERIFY_KEY_FILE, the public key) and not
# only that it is intact. The key files must not lie in the backup directory.
BACKUP_CIPHER=(-aes-256-cbc -pbkdf2 -iter 200000 -md sha256 -salt)

# key_file VAR: the readable key file named by VAR, or empty when VAR is not set
key_file() {
  local var=$1
  [ -n "${!var:-}" ] || return 0
  { [ -r "${!var}" ] && [ -s "${!var}" ]; } || die "$var names '${!var}', which is not a readable, non-empty file"
  printf '%s' "${!var}"
}

# key_apart KEYFILE DIR: dies when the key file lies inside the backup directory
key_apart() {
  local key dir
  key=$(realpath "$1")
  dir=$(realpath "$2")
  case "$key/" in "$dir"/*) die "the key file $1 lies in the backup directory $2: keep keys apart from the backups" ;; esac
}

# backup_seal DIR NAME: encrypts DIR/NAME (when a key is configured), writes the checksum file and
# its signature; prints the name of the backup file (NAME or NAME.enc)
backup_seal() {
  local dir=$1 name=$2 enc sign
  enc=$(key_file TK_BACKUP_ENCRYPTION_KEY_FILE)
  sign=$(key_file TK_BACKUP_SIGNING_KEY_FILE)
  need openssl
  if [ -n "$enc" ]; then
    key_apart "$enc" "$dir"
    openssl enc -e "${BACKUP_CIPHER[@]}" -pass "file:$enc" -in "$dir/$name" -out "$dir/$name.enc.partial" ||
      die "encryption of $name failed"
    mv "$dir/$name.enc.partial" "$dir/$name.enc"
    rm -f "$dir/$name"
    name=$name.enc
  else
    printf '%s: WARNING: %s is not encrypted (set TK_BACKUP_ENCRYPTION_KEY_FILE)\n' "${TK_SCRIPT:-tk}" "$name" >&2
  fi
  (cd "$dir" && sha256sum "$name" >"$name.sha256")
  if [ -n "$sign" ]; then
    key_apart "$sign" "$dir"
    openssl pkeyutl -sign -inkey "$sign" -rawin -in "$dir/$name.sha256" -out "$dir/$name.sha256.sig" ||
      die "signing the checksum of $name failed"
  else
    printf '%s: WARNING: the checksum of %s is not signed (set TK_BACKUP_SIGNING_KEY_FILE)\n' "${TK_SCRIPT:-tk}" "$name" >&2
  fi
  printf '%s' "$name"
}

# backup_files FILE: the files that belong to a backup (itself, checksum, signature), those present
backup_files() { local f; for f in "$1" "$1.sha256" "$1.sha256.sig"; do [ ! -e "$f" ] || printf '%s\n' "$f"; done; }

# backup_verify FILE: exit 3 unless the checksum matches and, when a verification key is set or a
# signature lies next to the file, the signature of the checksum is valid
backup_verify() {
  local file=$1 expected actual verify
  [ -f "$file.sha256" ] || die "no checksum file $file.sha256: refusing an unverifiable backup"
  expected=$(cut -d' ' -f1 "$file.sha256")
  actual=$(sha256sum "$file" | cut -d' ' -f1)
  if [ "$expected" != "$actual" ]; then
    echo "${TK_SCRIPT:-tk}: checksum mismatch for $file (expected $expected, got $actual): the file is damaged; nothing was restored" >&2
    exit 3
  fi
  verify=$(key_file TK_BACKUP_VERIFY_KEY_FILE)
  if [ -n "$verify" ]; then
    need openssl
    [ -f "$file.sha256.sig" ] || { echo "${TK_SCRIPT:-tk}: no signature $file.sha256.sig: refusing an unsigned backup" >&2; exit 3; }
    if ! openssl pkeyutl -verify -pubin -inkey "$verify" -rawin -in "$file.sha256" -sigfile "$file.sha256.sig" >/dev/null 2>&1; then
      echo "${TK_SCRIPT:-tk}: bad signature on $file.sha256: not made with the backup signing key; nothing was restored" >&2
      exit 3
    fi
    info "signature OK"
  elif [ -f "$file.sha256.sig" ]; then
    printf '%s: WARNING: %s is signed but TK_BACKUP_VERIFY_KEY_FILE is not set: signature not checked\n' "${TK_SCRIPT:-tk}" "$file" >&2
  fi
}

# backup_open FILE WORKDIR: the plaintext of a verified backup: FILE itself, or for FILE.enc its
# decryption in WORKDIR (needs TK_BACKUP_ENCRYPTION_KEY_FILE); prints the path
backup_open() {
  local file=$1 work=$2 enc out
  if [[ $file != *.enc ]]; then printf '%s' "$file"; return 0; fi
  enc=$(key_file TK_BACKUP_ENCRYPTION_KEY_FILE)
  [ -n "$enc" ] || die "$file is encrypted: set TK_BACKUP_ENCRYPTION_KEY_FILE"
  need openssl
  out=$work/$(basename "${file%.enc}")
  (umask 077 && openssl enc -d "${BACKUP_CIPHER[@]}" -pass "file:$enc" -in "$file" -out "$out") 2>/dev/null ||
    die "cannot decrypt $file with the key in $enc"
  printf '%s' "$out"
}
