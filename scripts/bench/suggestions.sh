#!/usr/bin/env bash
# Suggestions benchmark: latency of the article suggestions search (what
# GET /api/knowledge/suggestions runs) over 10,000 mixed zh-TW/English articles with a requester's
# audience permission, on Lucene and (when TK_ES_URL is set) Elasticsearch. Prints p50/p95/p99;
# passes or fails nothing.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/bench/suggestions.sh [--count N] [--queries N] [--help]

  --count N     articles in the index (default 10000)
  --queries N   suggestion texts measured (default 2000)
  --help        this text

Elasticsearch is measured when TK_ES_URL is set (e.g. set -a; . .services/env; set +a);
the run uses its own index prefix (tk-bench-<random>-) and deletes its index afterwards.
USAGE
}

count=10000
queries=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count="${2:?--count needs a number}"; shift 2 ;;
    --queries) queries="${2:?--queries needs a number}"; shift 2 ;;
    --help|-h) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
case "$count$queries" in *[!0-9]*) echo "--count and --queries take numbers" >&2; exit 2 ;; esac

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
classpath_file="$root/knowledge-war/target/bench-classpath.txt"
mvn -B -q -pl platform,knowledge-war test-compile dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >/dev/null
exec java -Xmx1g \
  -cp "knowledge-war/target/test-classes:knowledge-war/target/classes:platform/target/classes:$(cat "$classpath_file")" \
  io.ticketknowledge.knowledge.search.control.SuggestionsBenchmark "$count" "$queries"
