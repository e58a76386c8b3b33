#!/usr/bin/env bash
# Indexing benchmark of the search port: 10,000 mixed zh-TW/English documents on the Lucene
# adapter and (when TK_ES_URL is set) on Elasticsearch, next to an in-memory analysis baseline
# measured in the same run. Prints figures; passes or fails nothing.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/bench/search-index.sh [--count N] [--help]

  --count N   documents to index (default 10000)
  --help      this text

Elasticsearch is measured when TK_ES_URL is set (e.g. set -a; . .services/env; set +a);
the run uses its own index prefix (tk-bench-<random>-) and deletes its indexes afterwards.
USAGE
}

count=10000
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count="${2:?--count needs a number}"; shift 2 ;;
    --help|-h) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
case "$count" in ''|*[!0-9]*) echo "--count must be a positive number" >&2; exit 2 ;; esac

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
classpath_file="$root/platform/target/bench-classpath.txt"
mvn -B -q -pl platform test-compile dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >/dev/null
exec java -Xmx1g -cp "platform/target/test-classes:platform/target/classes:$(cat "$classpath_file")" \
  io.ticketknowledge.platform.search.SearchIndexingBenchmark "$count"
