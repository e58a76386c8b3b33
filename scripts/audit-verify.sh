#!/usr/bin/env bash
# Usage: scripts/audit-verify.sh [-h|--help] [schema...]
#
# Verifies the hash chains of the audit trails (schemas ticket and knowledge, or those named)
# straight from PostgreSQL, without the server; prints the first broken link of each chain.
# Exit status: 0 intact, 1 broken, 2 usage or connection error.
#
#   TK_DB_URL=jdbc:postgresql://127.0.0.1:5432/tk TK_DB_USER=tk_audit TK_DB_PASSWORD_FILE=... \
#   TK_AUDIT_CHECKPOINT_KEY_FILE=/run/secrets/tk_audit_key scripts/audit-verify.sh [schema...]
#
# Needs Java 17+ and the built platform module (mvn -pl platform -am package, or scripts/run.sh);
# the PostgreSQL driver and Jackson come from the local Maven repository (~/.m2).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
repo=${MAVEN_REPO:-$HOME/.m2/repository}

if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 0
fi

classes="$root/platform/target/classes"
[ -d "$classes/io/ticketknowledge/platform/audit" ] ||
  { echo "audit-verify: build the platform module first (mvn -pl platform -am package)" >&2; exit 2; }

newest() { # newest jar matching $1 under the Maven repository
  find "$repo/$1" -name "$2" 2>/dev/null | sort -V | tail -n 1
}
cp="$classes"
for jar in "$(newest org/postgresql/postgresql 'postgresql-*.jar')" \
  "$(newest com/fasterxml/jackson/core/jackson-databind 'jackson-databind-*.jar')" \
  "$(newest com/fasterxml/jackson/core/jackson-core 'jackson-core-*.jar')" \
  "$(newest com/fasterxml/jackson/core/jackson-annotations 'jackson-annotations-*.jar')"; do
  [ -n "$jar" ] || { echo "audit-verify: a library is missing from $repo" >&2; exit 2; }
  cp="$cp:$jar"
done
exec java -cp "$cp" io.ticketknowledge.platform.audit.AuditVerifyCommand "$@"
