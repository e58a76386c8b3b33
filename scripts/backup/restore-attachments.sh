#!/usr/bin/env bash
# Restores an archive of backup-attachments.sh into a bucket: checks the archive's checksum file
# and every object's checksum from the manifest before uploading anything, refuses a bucket that
# holds objects unless --force, uploads each object with its content type, then checks that every
# key of the manifest is in the bucket. The archive is not trusted: every entry is validated before
# anything is extracted or uploaded (only regular files under the expected names, no links, no path
# tricks; keys.tsv and the manifest name exactly the files present; every key is the one its file
# name encodes, without "." or ".." segments; content types are plain media types), so a crafted
# archive can neither upload local files nor write outside the target bucket.
set -euo pipefail
umask 077
TK_SCRIPT=restore-attachments
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'TXT'
Usage: scripts/backup/restore-attachments.sh [--force] [--bucket BUCKET] <archive.tar>

  <archive.tar>   made by backup-attachments.sh (.tar or .tar.enc); <archive>.sha256 must be next
                  to it (TK_BACKUP_ENCRYPTION_KEY_FILE decrypts .enc; with TK_BACKUP_VERIFY_KEY_FILE
                  the signature <archive>.sha256.sig must be valid)
  --bucket B      target bucket (default $TK_S3_BUCKET or tk-attachments; created when missing)
  --force         restore into a bucket that already has objects (same keys are overwritten,
                  other objects stay)
Exit codes: 0 restored, 1 error, 2 usage, 3 checksum or signature mismatch, 4 bucket not empty,
5 invalid archive (an entry, file name, key or content type that backup-attachments.sh never writes).
S3: TK_S3_ENDPOINT, TK_S3_REGION, TK_S3_ACCESS_KEY[_FILE], TK_S3_SECRET_KEY[_FILE].
TXT
}

bucket=${TK_S3_BUCKET:-tk-attachments}
force=false
archive=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --force) force=true ;;
    --bucket) bucket=${2:?--bucket needs a name}; shift ;;
    -*) usage >&2; exit 2 ;;
    *) [ -z "$archive" ] || { usage >&2; exit 2; }; archive=$1 ;;
  esac
  shift
done
[ -n "$archive" ] || { usage >&2; exit 2; }
[ -f "$archive" ] || die "no archive $archive"
# S3 bucket names: 3-63 lower-case letters, digits, dots and hyphens
[[ $bucket =~ ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$ && $bucket != *..* ]] || die "invalid bucket name: $bucket"
need tar
need sha256sum

backup_verify "$archive"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source_archive=$archive
archive=$(backup_open "$archive" "$work")

invalid() {
  echo "restore-attachments: invalid archive $source_archive: $*; nothing was restored" >&2
  exit 5
}
# a flat file name as key_to_file writes it: unreserved characters and %XX only
FILE_NAME='^[A-Za-z0-9._~-]*(%[0-9A-F]{2}[A-Za-z0-9._~-]*)*$'
valid_file() { [[ $1 =~ $FILE_NAME && -n $1 && $1 != . && $1 != .. ]]; }

# 1. the entries, before extracting: only the three names, regular files and one directory
listing=$(tar -tvf "$archive" 2>/dev/null) || invalid "not a readable tar archive"
names=$(tar -tf "$archive")
while IFS= read -r line; do
  case "${line:0:1}" in
    -) ;;
    d) ;;
    *) invalid "entry of type '${line:0:1}' (links and devices are refused): $line" ;;
  esac
done <<<"$listing"
while IFS= read -r entry; do
  case "$entry" in
    manifest.sha256 | keys.tsv | objects | objects/) ;;
    objects/*) valid_file "${entry#objects/}" || invalid "entry name '$entry'" ;;
    *) invalid "entry name '$entry'" ;;
  esac
done <<<"$names"
[ "$(grep -c '^objects/\?$' <<<"$names")" -le 1 ] || invalid "objects/ twice"
dups=$(sort <<<"$names" | uniq -d)
[ -z "$dups" ] || invalid "entries twice: $dups"
mkdir "$work/archive"
tar -C "$work/archive" --no-same-owner --no-same-permissions -xf "$archive" || invalid "cannot extract"
work_archive=$work/archive
if [ ! -f "$work_archive/manifest.sha256" ] || [ ! -f "$work_archive/keys.tsv" ]; then die "$source_archive has no manifest"; fi
mkdir -p "$work_archive/objects"
[ -z "$(find "$work_archive/objects" -mindepth 1 ! -type f -print -quit)" ] || invalid "objects/ holds something else than files"

# 2. keys.tsv: file, key, content type; every key the one its file name encodes
CONTENT_TYPE='^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+( *; *[A-Za-z0-9!#$&^_.+-]+=("[^"]*"|[A-Za-z0-9!#$&^_.+-]+))*$'
declare -A listed=()
n=0
while IFS= read -r line || [ -n "$line" ]; do
  n=$((n + 1))
  [[ $line != *$'\r'* ]] || invalid "keys.tsv line $n: carriage return"
  IFS=$'\t' read -r file key type rest <<<"$line"
  [ -z "${rest:-}" ] || invalid "keys.tsv line $n: more than three fields"
  valid_file "$file" || invalid "keys.tsv line $n: file name '$file'"
  [ -z "${listed[$file]:-}" ] || invalid "keys.tsv line $n: $file listed twice"
  listed[$file]=1
  [ -f "$work_archive/objects/$file" ] || invalid "keys.tsv line $n: no object file $file"
  [ "$(key_to_file "$key")" = "$file" ] || invalid "keys.tsv line $n: key '$key' is not the one file $file stands for"
  case "/$key/" in
    //) invalid "keys.tsv line $n: empty key" ;;
    */./* | */../* | //*) invalid "keys.tsv line $n: key '$key' has a '.', '..' or empty leading segment" ;;
  esac
  [[ ! $key =~ [[:cntrl:]] ]] || invalid "keys.tsv line $n: control character in the key"
  [[ $type =~ $CONTENT_TYPE ]] || invalid "keys.tsv line $n: content type '$type'"
done <"$work_archive/keys.tsv"

# 3. the manifest names exactly the listed files, each once, and the objects match it
m=0
while IFS= read -r line || [ -n "$line" ]; do
  m=$((m + 1))
  [[ $line =~ ^[0-9a-f]{64}\ \ (.+)$ ]] || invalid "manifest line $m is not '<sha256>  <file>'"
  file=${BASH_REMATCH[1]}
  [ "${listed[$file]:-}" = 1 ] || invalid "manifest line $m: $file is not in keys.tsv (or twice)"
  listed[$file]=2
done <"$work_archive/manifest.sha256"
for file in "${!listed[@]}"; do [ "${listed[$file]}" = 2 ] || invalid "$file has no checksum in the manifest"; done
[ "$(find "$work_archive/objects" -type f | wc -l)" -eq "$n" ] || invalid "objects/ holds files keys.tsv does not list"
# (an empty bucket gives an empty manifest, which sha256sum -c would call malformed)
if [ -s "$work_archive/manifest.sha256" ] && ! (cd "$work_archive/objects" && sha256sum --quiet -c ../manifest.sha256); then
  echo "restore-attachments: objects in $source_archive do not match its manifest; nothing was restored" >&2
  exit 3
fi
expected_count=$n
info "archive OK: $expected_count object(s)"

s3_setup
s3_ensure_bucket "$bucket"
present=$(s3_list_keys "$bucket" | wc -l)
if [ "$present" -gt 0 ] && ! $force; then
  echo "restore-attachments: bucket $bucket already holds $present object(s); refusing to restore into it without --force" >&2
  exit 4
fi

while IFS=$'\t' read -r file key type; do
  s3 PUT "/$bucket/$(uri_encode "$key")" --path-as-is --upload-file "$work_archive/objects/$file" \
    -H "Content-Type: $type" -o /dev/null || die "upload of $key failed"
done <"$work_archive/keys.tsv"

missing=$(comm -23 <(cut -f2 "$work_archive/keys.tsv" | sort) <(s3_list_keys "$bucket" | sort) | wc -l)
[ "$missing" -eq 0 ] || die "$missing key(s) of the manifest are not in bucket $bucket after the upload"
info "restored $expected_count object(s) into bucket $bucket"
