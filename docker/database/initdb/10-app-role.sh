#!/usr/bin/env bash
# Runs once, when the official postgres image initialises an empty data volume: creates the
# application's login role and database. The role owns its database (Flyway creates the schemas
# "ticket" and "knowledge" at backend start) but is no superuser and cannot create roles or
# databases: least privilege. The superuser's password is a separate secret (db_admin_password).
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: 10-app-role.sh   (run by the postgres image's docker-entrypoint on first start)
Environment: POSTGRES_USER (superuser), TK_DB_NAME (tk), TK_DB_USER (tk),
             TK_DB_PASSWORD_FILE (file holding the application role's password)
TXT
}
case "${1:-}" in
  -h | --help) usage; exit 0 ;;
esac

db=${TK_DB_NAME:-tk}
role=${TK_DB_USER:-tk}
password=$(<"${TK_DB_PASSWORD_FILE:?TK_DB_PASSWORD_FILE must name the application password file}")

psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
  --set=db="$db" --set=role="$role" --set=pw="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'pw' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
echo "10-app-role: role $role owns database $db"
