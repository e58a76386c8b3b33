#!/usr/bin/env bash
# Builds everything and runs Ticket & Knowledge on Open Liberty in the embedded profile:
# H2 database, in-JVM adapters and a built-in identity provider, so no PostgreSQL, Kafka,
# Elasticsearch, Redis or MinIO is needed. Needs only a JDK 17+, Maven and npm.
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: scripts/run.sh [--detach] [--stop]

  (no option)  build, start the server at http://localhost:9080 and follow its log;
               Ctrl-C stops the server
  --detach     build and start, print the addresses, and return (server keeps running)
  --stop       stop a server started by this script

Environment: TK_HTTP_PORT (9080), TK_HTTP_HOST (127.0.0.1; '*' to listen on every interface),
and every configuration key of the README as an environment variable.
TXT
}

cd "$(dirname "$0")/.."
detach=false
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --detach) detach=true ;;
  --stop) mvn -B -q -pl ear liberty:stop; exit 0 ;;
  "") ;;
  *) usage >&2; exit 2 ;;
esac

port=${TK_HTTP_PORT:-9080}
export TK_PROFILE=${TK_PROFILE:-embedded}
# production: a server without its keystore password would start and refuse every token (401)
if [ "$TK_PROFILE" = production ] && [ -z "${TK_KEYSTORE_PASSWORD:-}" ]; then
  echo "scripts/run.sh: the production profile needs TK_KEYSTORE_PASSWORD (the server keystore's password); not starting" >&2
  exit 1
fi
started=$(date +%s)

echo "Building (mvn install, tests skipped)..."
mvn -B -q install -DskipTests
# a server left running by an earlier run would keep the port and the old EAR
mvn -B -q -pl ear liberty:stop >/dev/null 2>&1 || true
echo "Starting Open Liberty (first start unpacks the runtime)..."
mvn -B -q -pl ear liberty:create liberty:deploy liberty:start

ready=""
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:${port}/health/ready" >/dev/null 2>&1; then ready=yes; break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  # the checks that are DOWN, with their reason (e.g. a missing keystore password)
  curl -s "http://127.0.0.1:${port}/health/ready" >&2 || true
  echo >&2
  echo "The server did not become ready; see ear/target/liberty-usr/servers/ticketknowledge/logs/messages.log" >&2
  exit 1
fi

cat <<TXT

Ticket & Knowledge is ready after $(( $(date +%s) - started )) s (profile: ${TK_PROFILE})

  Portal           http://localhost:${port}/
  OpenAPI UI       http://localhost:${port}/openapi/ui/
  Ticket API       http://localhost:${port}/api/ticket/tickets
  Knowledge API    http://localhost:${port}/api/knowledge/articles
  Health           http://localhost:${port}/health/ready
  Metrics          http://localhost:${port}/metrics
TXT
# the seeded users and the built-in token endpoint exist in the embedded profile only
if [ "$TK_PROFILE" = embedded ]; then
  cat <<TXT
  Token endpoint   http://localhost:${port}/oidc/endpoint/OP/token   (client_id tk-cli, password grant)

  Seeded users (embedded profile only; password = <username>-pass):
    requester1  王小明  requester
    requester2  李淑芬  requester
    agent1      陳志豪  requester, agent
    editor1     林美玲  requester, editor
    admin1      張建國  requester, agent, editor, admin

  Try:
    TOKEN=\$(curl -s -d grant_type=password -d client_id=tk-cli -d scope=openid \\
      -d username=requester1 -d password=requester1-pass \\
      http://localhost:${port}/oidc/endpoint/OP/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
    curl -i -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
      -d '{"subject":"印表機無法連線","description":"三樓印表機無法列印"}' http://localhost:${port}/api/ticket/tickets
TXT
fi

if $detach; then
  echo "  Stop with: scripts/run.sh --stop"
  exit 0
fi
log=ear/target/liberty-usr/servers/ticketknowledge/logs/messages.log
trap 'echo; echo "Stopping..."; mvn -B -q -pl ear liberty:stop; exit 0' INT TERM
echo "  Following the server log; Ctrl-C stops the server."
tail -n 0 -F "$log" &
wait $!
