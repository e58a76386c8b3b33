#!/usr/bin/env bash
# Benchmark: 10,000 events from the Ticket outbox to the Knowledge consumer, on Kafka and on the
# in-JVM transport (same server, same PostgreSQL), each against a bare-Kafka-client baseline
# measured in the same run. Prints figures; starts the services it needs like scripts/test.sh.
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: scripts/bench/events.sh [--events N]

Builds the EAR, starts the real services (scripts/services/up.sh), then runs the event benchmark
twice on the system-test server (production profile): with TK_EVENTS_TRANSPORT=liberty-kafka and
with TK_EVENTS_TRANSPORT=in-jvm. Services it started are left running (scripts/services/down.sh).
  --events N   events per run (default 10000)
TXT
}

events=10000
while [ $# -gt 0 ]; do
  case $1 in
    -h | --help) usage; exit 0 ;;
    --events) events=$2; shift 2 ;;
    *) usage >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/../.."
scripts/services/up.sh
set -a
# shellcheck disable=SC1091
. .services/env
set +a
[ -s .services/keystore-password ] || head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > .services/keystore-password
TK_KEYSTORE_PASSWORD=$(cat .services/keystore-password)
export TK_KEYSTORE_PASSWORD

mvn -B -q install -DskipTests -DskipITs
for transport in liberty-kafka in-jvm; do
  mvn -B verify -pl system-tests -Pbench -Dtk.bench.transport="$transport" \
    -Dtk.bench.events="$events" | grep -E -A4 'events: [0-9]|BUILD|ERROR'
done
