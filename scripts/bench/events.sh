#!/usr/bin/env bash
# Benchmark: 10,000 events from the Ticket outbox to each consumer (Knowledge ticket signals, Ticket
# search index), on Kafka and on the in-JVM transport (same server, same PostgreSQL), each against a
# bare-Kafka-client baseline measured in the same run: totals and p50/p95/p99 latency, then a steady
# 200 events/s. Prints figures; starts the services it needs like scripts/test.sh.
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: scripts/bench/events.sh [--events N]

Builds the EAR, starts the real services (scripts/services/up.sh), then runs the event benchmark
twice on the system-test server (production profile): with TK_EVENTS_TRANSPORT=liberty-kafka and
with TK_EVENTS_TRANSPORT=in-jvm. Services it started are left running (scripts/services/down.sh).
TK_DB_URL and TK_SEARCH_INDEX_PREFIX set by the caller win over .services/env (a database of its own).
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
caller_db=${TK_DB_URL:-}
caller_prefix=${TK_SEARCH_INDEX_PREFIX:-}
set -a
# shellcheck disable=SC1091
. .services/env
set +a
[ -z "$caller_db" ] || export TK_DB_URL="$caller_db"
[ -z "$caller_prefix" ] || export TK_SEARCH_INDEX_PREFIX="$caller_prefix"
[ -s .services/keystore-password ] || head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > .services/keystore-password
TK_KEYSTORE_PASSWORD=$(cat .services/keystore-password)
export TK_KEYSTORE_PASSWORD

# the reactor builds the EAR for each run (nothing is installed into the shared local repository)
for transport in liberty-kafka in-jvm; do
  mvn -B verify -pl system-tests -am -Pbench -Dtk.bench.transport="$transport" \
    -Dtk.bench.events="$events" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=EventThroughputBench -Dfailsafe.failIfNoSpecifiedTests=false |
    grep -E -A6 'events: [0-9]|BUILD|ERROR'
done
