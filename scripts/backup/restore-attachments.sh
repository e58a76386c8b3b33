#!/usr/bin/env bash
# Restores an archive of backup-attachments.sh into a bucket: checks the archive's checksum file
# and every object's checksum from the manifest before uploading anything, refuses a bucket that
# holds objects unless --force, uploads each object with its content type, then checks that every
# key of the manifest is in the bucket.
set -euo pipefail
TK_SCRIPT=restore-attachments
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'TXT'
Usage: scripts/backup/restore-attachments.sh [--force] [--bucket BUCKET] <archive.tar>

  <archive.tar>   made by backup-attachments.sh; <archive.tar>.sha256 must be next to it
  --bucket B      target bucket (default $TK_S3_BUCKET or tk-attachments; created when missing)
  --force         restore into a bucket that already has objects (same keys are overwritten,
                  other objects stay)
Exit codes: 0 restored, 1 error, 2 usage, 3 checksum mismatch, 4 bucket not empty.
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
[ -f "$archive.sha256" ] || die "no checksum file $archive.sha256: refusing an unverifiable backup"
need tar
need sha256sum

expected=$(cut -d' ' -f1 "$archive.sha256")
actual=$(sha256sum "$archive" | cut -d' ' -f1)
if [ "$expected" != "$actual" ]; then
  echo "restore-attachments: checksum mismatch for $archive (expected $expected, got $actual): the archive is damaged; nothing was restored" >&2
  exit 3
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xf "$archive" || die "$archive is not a readable tar archive"
if [ ! -f "$work/manifest.sha256" ] || [ ! -f "$work/keys.tsv" ]; then die "$archive has no manifest"; fi
# (an empty bucket gives an empty manifest, which sha256sum -c would call malformed)
if [ -s "$work/manifest.sha256" ] && ! (cd "$work/objects" && sha256sum --quiet -c ../manifest.sha256); then
  echo "restore-attachments: objects in $archive do not match its manifest; nothing was restored" >&2
  exit 3
fi
expected_count=$(wc -l <"$work/keys.tsv")
info "archive OK: $expected_count object(s)"

s3_setup
s3_ensure_bucket "$bucket"
present=$(s3_list_keys "$bucket" | wc -l)
if [ "$present" -gt 0 ] && ! $force; then
  echo "restore-attachments: bucket $bucket already holds $present object(s); refusing to restore into it without --force" >&2
  exit 4
fi

while IFS=$'\t' read -r file key type; do
  s3 PUT "/$bucket/$(uri_encode "$key")" --upload-file "$work/objects/$file" \
    -H "Content-Type: $type" -o /dev/null || die "upload of $key failed"
done <"$work/keys.tsv"

missing=$(comm -23 <(cut -f2 "$work/keys.tsv" | sort) <(s3_list_keys "$bucket" | sort) | wc -l)
[ "$missing" -eq 0 ] || die "$missing key(s) of the manifest are not in bucket $bucket after the upload"
info "restored $expected_count object(s) into bucket $bucket"
