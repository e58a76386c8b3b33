#!/usr/bin/env bash
# Backs up every object of the attachment bucket into one tar archive: the objects under flat,
# reversible file names, a manifest of their SHA-256 checksums (sha256sum format) and their
# content types. A SHA-256 checksum file goes next to the archive; optionally both are copied to a
# backup bucket; then the retention rule applies. S3 is spoken with curl --aws-sigv4 (no mc/aws).
# Files are written for the owner only (umask 077), encrypted and their checksum signed when the
# keys are configured (TK_BACKUP_ENCRYPTION_KEY_FILE, TK_BACKUP_SIGNING_KEY_FILE: see lib.sh).
set -euo pipefail
umask 077
TK_SCRIPT=backup-attachments
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'TXT'
Usage: scripts/backup/backup-attachments.sh [--dir DIR] [--bucket BUCKET] [--keep-count N]
                                            [--upload] [--backup-bucket B] [--prefix P]

Writes DIR/<bucket>-<UTC timestamp>.tar[.enc], <that>.sha256 [and .sha256.sig], mode 0600;
prints the archive's path last. TK_BACKUP_ENCRYPTION_KEY_FILE encrypts it, TK_BACKUP_SIGNING_KEY_FILE
signs the checksum (keys outside DIR; docs/operations/backup-restore.md).
The archive holds manifest.sha256 (checksum + file name per object), keys.tsv (file name, key,
content type) and objects/<file name>.
  --bucket B         bucket to back up (default $TK_S3_BUCKET or tk-attachments)
  --dir DIR          default $TK_BACKUP_DIR or ./backups
  --keep-count N     keep the N newest archives of this bucket (default 14; 0 = all)
  --upload           copy archive and checksum to s3://BACKUP_BUCKET/PREFIX
  --backup-bucket B  default $TK_BACKUP_BUCKET or tk-backups;  --prefix P  default attachments/
S3: TK_S3_ENDPOINT, TK_S3_REGION, TK_S3_ACCESS_KEY[_FILE], TK_S3_SECRET_KEY[_FILE].
TXT
}

dir=${TK_BACKUP_DIR:-./backups}
bucket=${TK_S3_BUCKET:-tk-attachments}
keep_count=14
upload=false
backup_bucket=${TK_BACKUP_BUCKET:-tk-backups}
prefix=attachments/
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --dir) dir=${2:?--dir needs a directory}; shift ;;
    --bucket) bucket=${2:?--bucket needs a name}; shift ;;
    --keep-count) keep_count=${2:?--keep-count needs a number}; shift ;;
    --upload) upload=true ;;
    --backup-bucket) backup_bucket=${2:?--backup-bucket needs a name}; shift ;;
    --prefix) prefix=${2?--prefix needs a value}; shift ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
[[ $keep_count =~ ^[0-9]+$ ]] || die "--keep-count takes a whole number"
need tar
need sha256sum
s3_setup
s3_bucket_exists "$bucket" || die "bucket $bucket does not exist at $S3_ENDPOINT (or the credentials are refused)"
mkdir -p "$dir"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="$bucket-$stamp.tar"
archive="$dir/$name"
[ ! -e "$archive" ] || die "$archive exists already"
work=$(mktemp -d "$dir/.$name.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/objects"
: >"$work/keys.tsv"

count=0
while IFS= read -r key; do
  file=$(key_to_file "$key")
  headers=$(s3 GET "/$bucket/$(uri_encode "$key")" -o "$work/objects/$file" -D -) ||
    die "download of $key failed"
  type=$(tr -d '\r' <<<"$headers" | sed -n 's/^[Cc]ontent-[Tt]ype: *//p' | tail -1)
  printf '%s\t%s\t%s\n' "$file" "$key" "${type:-application/octet-stream}" >>"$work/keys.tsv"
  count=$((count + 1))
done < <(s3_list_keys "$bucket")

(cd "$work/objects" && find . -type f -printf '%f\n' | sort | xargs -r -d '\n' sha256sum) >"$work/manifest.sha256"
tar -C "$work" -cf "$archive.partial" manifest.sha256 keys.tsv objects
mv "$archive.partial" "$archive"
name=$(backup_seal "$dir" "$name")
archive="$dir/$name"
info "wrote $archive: $count object(s) of bucket $bucket ($(du -h "$archive" | cut -f1))"

if $upload; then
  s3_ensure_bucket "$backup_bucket"
  for f in $(backup_files "$archive"); do
    s3 PUT "/$backup_bucket/$(uri_encode "$prefix$(basename "$f")")" --upload-file "$f" -o /dev/null ||
      die "upload of $f failed"
  done
  info "uploaded to s3://$backup_bucket/$prefix$name"
fi

if [ "$keep_count" -gt 0 ]; then
  find "$dir" -maxdepth 1 -type f \( -name "$bucket-????????T??????Z.tar" -o -name "$bucket-????????T??????Z.tar.enc" \) \
    -printf '%f\n' | sort -r |
    tail -n +$((keep_count + 1)) | while IFS= read -r old; do
    rm -f "$dir/$old" "$dir/$old.sha256" "$dir/$old.sha256.sig"
    info "retention: removed $old"
  done
fi
echo "$archive"
