#!/usr/bin/env bash
# Backs up the application database with pg_dump (custom format: compressed, restorable table by
# table, readable by pg_restore --list) into a timestamped file with a SHA-256 checksum file next
# to it; optionally copies both to an S3 bucket; then applies the retention rules. Files are written
# for the owner only (umask 077), encrypted and their checksum signed when the keys are configured.
set -euo pipefail
umask 077
TK_SCRIPT=backup-database
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'TXT'
Usage: scripts/backup/backup-database.sh [--dir DIR] [--keep-count N] [--keep-days D]
                                         [--upload] [--bucket BUCKET] [--prefix PREFIX]

Writes DIR/<db>-<UTC timestamp>.dump[.enc] and <that>.sha256 (sha256sum format) [and .sha256.sig],
mode 0600; prints the backup's path as the last line.
  --dir DIR        where backups go (default $TK_BACKUP_DIR or ./backups)
  --keep-count N   keep the N newest dumps of this database in DIR (default 14; 0 = all)
  --keep-days D    delete dumps older than D days (default 30; 0 = never)
  --upload         also copy dump and checksum to s3://BUCKET/PREFIX (TK_S3_* settings)
  --bucket B       default $TK_BACKUP_BUCKET or tk-backups (created when missing)
  --prefix P       default database/
Connection: TK_DB_URL, TK_DB_USER, TK_DB_PASSWORD or TK_DB_PASSWORD_FILE (or PGHOST, PGPORT,
PGDATABASE, PGUSER, PGPASSWORD). Needs pg_dump (same major version as the server or newer).
Protection (keys outside DIR; docs/operations/backup-restore.md):
  TK_BACKUP_ENCRYPTION_KEY_FILE  encrypt the dump (openssl AES-256, PBKDF2) into .dump.enc
  TK_BACKUP_SIGNING_KEY_FILE     sign the checksum file with this Ed25519 private key (.sha256.sig)
TXT
}

dir=${TK_BACKUP_DIR:-./backups}
keep_count=14
keep_days=30
upload=false
bucket=${TK_BACKUP_BUCKET:-tk-backups}
prefix=database/
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --dir) dir=${2:?--dir needs a directory}; shift ;;
    --keep-count) keep_count=${2:?--keep-count needs a number}; shift ;;
    --keep-days) keep_days=${2:?--keep-days needs a number}; shift ;;
    --upload) upload=true ;;
    --bucket) bucket=${2:?--bucket needs a name}; shift ;;
    --prefix) prefix=${2?--prefix needs a value}; shift ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
[[ $keep_count =~ ^[0-9]+$ && $keep_days =~ ^[0-9]+$ ]] || die "--keep-count and --keep-days take whole numbers"

need pg_dump
need sha256sum
pg_connection
mkdir -p "$dir"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="$PGDATABASE-$stamp.dump"
file="$dir/$name"
[ ! -e "$file" ] || die "$file exists already"
started=$(date +%s)
info "dumping database $PGDATABASE on $PGHOST:${PGPORT:-5432} as $PGUSER"
# written under a temporary name: a dump that fails half-way never looks like a backup
pg_dump --format=custom --compress=6 --no-password --file="$file.partial" || {
  rm -f "$file.partial"
  die "pg_dump failed"
}
mv "$file.partial" "$file"
name=$(backup_seal "$dir" "$name")
file="$dir/$name"
info "wrote $file ($(du -h "$file" | cut -f1), $(($(date +%s) - started)) s) and $name.sha256"

if $upload; then
  s3_setup
  s3_ensure_bucket "$bucket"
  for f in $(backup_files "$file"); do
    s3 PUT "/$bucket/$(uri_encode "$prefix$(basename "$f")")" --upload-file "$f" -o /dev/null ||
      die "upload of $f to s3://$bucket/$prefix failed"
  done
  info "uploaded to s3://$bucket/$prefix$name"
fi

# retention: only this database's dumps in DIR, newest first by the timestamp in the name
mapfile -t dumps < <(find "$dir" -maxdepth 1 -type f \( -name "$PGDATABASE-????????T??????Z.dump" \
  -o -name "$PGDATABASE-????????T??????Z.dump.enc" \) -printf '%f\n' | sort -r)
now=$(date +%s)
for ((i = 0; i < ${#dumps[@]}; i++)); do
  old=${dumps[i]}
  [ "$old" != "$name" ] || continue
  too_many=false
  too_old=false
  if [ "$keep_count" -gt 0 ] && [ "$i" -ge "$keep_count" ]; then too_many=true; fi
  if [ "$keep_days" -gt 0 ] &&
    [ $((now - $(stat -c %Y "$dir/$old"))) -gt $((keep_days * 86400)) ]; then too_old=true; fi
  if $too_many || $too_old; then
    rm -f "$dir/$old" "$dir/$old.sha256" "$dir/$old.sha256.sig"
    info "retention: removed $old"
  fi
done
echo "$file"
