#!/usr/bin/env bash
# Restores a dump made by backup-database.sh. Checks the file against its SHA-256 checksum file
# before touching the database, refuses a database that already holds data unless --force, and
# restores in one transaction: a failure leaves the database as it was. An encrypted dump (.enc) is
# decrypted into a private temporary directory; a signed checksum is verified.
set -euo pipefail
umask 077
TK_SCRIPT=restore-database
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'TXT'
Usage: scripts/backup/restore-database.sh [--force] [--keep-owners] <backup file>

  <backup file>   a .dump or .dump.enc of backup-database.sh; <backup file>.sha256 must be next to it
                  (TK_BACKUP_ENCRYPTION_KEY_FILE decrypts .enc; with TK_BACKUP_VERIFY_KEY_FILE the
                  signature <backup file>.sha256.sig must be valid)
  --force         restore into a database that is not empty: objects of the dump are dropped
                  and re-created (pg_restore --clean --if-exists); other objects stay
  --keep-owners   keep the dump's object owners (default: the restoring user owns everything,
                  as the application's role does)
Exit codes: 0 restored, 1 error, 2 usage, 3 checksum or signature mismatch, 4 database not empty.
Connection: TK_DB_URL, TK_DB_USER, TK_DB_PASSWORD or TK_DB_PASSWORD_FILE (or PG* variables).
Stop the backends first (or expect errors from them while the schemas are re-created).
After the restore every search index is rebuilt by the application (a reindex request is left
in each schema's search_reindex_request table; the backends start it within seconds).
TXT
}

force=false
owners=(--no-owner)
file=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --force) force=true ;;
    --keep-owners) owners=() ;;
    -*) usage >&2; exit 2 ;;
    *) [ -z "$file" ] || { usage >&2; exit 2; }; file=$1 ;;
  esac
  shift
done
[ -n "$file" ] || { usage >&2; exit 2; }
[ -f "$file" ] || die "no backup file $file"
need pg_restore
need psql
need sha256sum

backup_verify "$file"
info "checksum OK"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source_file=$file
file=$(backup_open "$file" "$work")
pg_restore --list "$file" >/dev/null || die "$source_file is not a pg_dump custom-format archive"

pg_connection
objects=$(pg_objects) || die "cannot connect to database $PGDATABASE on $PGHOST:${PGPORT:-5432}"
clean=()
if [ "$objects" -gt 0 ]; then
  if ! $force; then
    echo "restore-database: database $PGDATABASE is not empty ($objects schemas/relations); refusing to overwrite it without --force" >&2
    exit 4
  fi
  clean=(--clean --if-exists)
  info "--force: replacing the dump's objects in the non-empty database $PGDATABASE"
fi

started=$(date +%s)
pg_restore --no-password --dbname="$PGDATABASE" --single-transaction --exit-on-error \
  "${owners[@]}" "${clean[@]}" "$file" || die "pg_restore failed; the transaction was rolled back"
# fresh planner statistics for the restored tables (only ours: system catalogs need a superuser)
psql -X -q -t -A -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
SELECT format('ANALYZE %I.%I', schemaname, tablename) FROM pg_tables
 WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND tableowner = current_user
\gexec
SQL
# The search index is not restored: it holds newer versions of the restored rows and would refuse
# their next changes. Every module with a search index polls its search_reindex_request table and
# rebuilds the index from the restored tables (docs/operations/backup-restore.md).
psql -X -q -t -A -v ON_ERROR_STOP=1 -v reason="database restored from $(basename "$source_file")" >/dev/null <<'SQL'
SELECT format('INSERT INTO %I.search_reindex_request (index_name, reason) VALUES (''*'', %L)',
              table_schema, :'reason')
  FROM information_schema.tables WHERE table_name = 'search_reindex_request'
\gexec
SQL
info "search reindex requested in: $(psql -X -q -t -A -c "SELECT string_agg(table_schema, ', ') FROM information_schema.tables WHERE table_name = 'search_reindex_request'")"
info "restored $source_file into $PGDATABASE in $(($(date +%s) - started)) s"
