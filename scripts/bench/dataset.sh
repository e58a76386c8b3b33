#!/usr/bin/env bash
# Loads a realistic, reproducible zh-TW/English data set straight into the database (tickets with
# comments, internal notes, tags, custom field values, attachment metadata and history, spread over
# two years; articles with revisions and linked translations), then has the running server rebuild
# its search indexes (the reindex command) when asked to.
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: scripts/bench/dataset.sh [--tickets N] [--articles M] [--seed S] [--chunk C]
                                [--now TIMESTAMP] [--reindex BASE_URL]

  --tickets N      tickets to add (default 100000; 1000000 works, about 10 minutes here)
  --articles M     articles to add (default 10000), with revisions and translations
  --seed S         the same seed and --now give the same data set (default 42)
  --chunk C        tickets per transaction and progress step (default 20000)
  --now T          the end of the two years the data spans (default: the start of today, UTC)
  --reindex URL    afterwards, rebuild the ticket and article search indexes of the server at URL
                   (e.g. http://127.0.0.1:9080) with the admin token in TK_TOKEN, and wait for them

The database is TK_DB_URL / TK_DB_USER / TK_DB_PASSWORD (default: .services/env, written by
scripts/services/up.sh); its schemas must be migrated (start the server on it once). Rows are added
next to what is there: the fixtures (groups "資料集：…", categories "Dataset: …", two custom fields)
are created once and found again by name. Ids come from above the sequences, which are moved past.
TXT
}

tickets=100000 articles=10000 seed=42 chunk=20000 now="" reindex=""
while [ $# -gt 0 ]; do
  case $1 in
    -h | --help) usage; exit 0 ;;
    --tickets) tickets=$2; shift 2 ;;
    --articles) articles=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --chunk) chunk=$2; shift 2 ;;
    --now) now=$2; shift 2 ;;
    --reindex) reindex=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
for n in "$tickets" "$articles" "$seed" "$chunk"; do
  [[ $n =~ ^[0-9]+$ ]] || { echo "not a whole number: $n" >&2; exit 2; }
done
[ "$chunk" -gt 0 ] || { echo "--chunk must be positive" >&2; exit 2; }
if [ -n "$reindex" ] && [ -z "${TK_TOKEN:-}" ]; then
  echo "--reindex needs an admin's bearer token in TK_TOKEN" >&2; exit 2
fi

cd "$(dirname "$0")/../.."
here=scripts/bench/dataset
if [ -z "${TK_DB_URL:-}" ] && [ -f .services/env ]; then
  # shellcheck disable=SC1091
  . .services/env
fi
: "${TK_DB_URL:?set TK_DB_URL (jdbc:postgresql://host:port/db) or run scripts/services/up.sh}"
[[ $TK_DB_URL =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([^?]+) ]] ||
  { echo "TK_DB_URL is not a PostgreSQL JDBC URL: $TK_DB_URL" >&2; exit 2; }
export PGHOST=${BASH_REMATCH[1]} PGPORT=${BASH_REMATCH[3]:-5432} PGDATABASE=${BASH_REMATCH[4]}
export PGUSER=${TK_DB_USER:-tk} PGPASSWORD=${TK_DB_PASSWORD:-}
[ -n "$now" ] || now=$(date -u +%Y-%m-%dT00:00:00Z)

sql() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }
# the next free id of a table whose sequence hands out blocks of 50 (EclipseLink's allocation)
next_id() { sql -c "select greatest(coalesce((select max(id) from $1), 0), (select last_value from $2)) + 1"; }
move_past() { sql -c "select setval('$1', greatest((select last_value from $1), $2 + 50))" >/dev/null; }
bar() { # done total label started
  local width=40 pct=$(( $1 * 100 / ($2 > 0 ? $2 : 1) ))
  local fill=$(( pct * width / 100 )) secs=$(( $(date +%s) - $4 ))
  printf '\r%-9s [%-*s] %3d%%  %d/%d  %ds' "$3" "$width" "$(printf '%*s' "$fill" '' | tr ' ' '#')" \
    "$pct" "$1" "$2" "$secs"
}

sql -c "select 1 from ticket.tickets, knowledge.articles limit 1" >/dev/null ||
  { echo "schemas ticket and knowledge not found in $PGDATABASE: start the server on it once" >&2; exit 1; }
started=$(date +%s)

base=$(next_id ticket.tickets ticket.tickets_id_seq)
cbase=$(next_id ticket.ticket_comments ticket.ticket_comments_id_seq)
hbase=$(next_id ticket.ticket_history ticket.ticket_history_id_seq)
echo "tickets: $tickets from id $base (seed $seed, two years up to $now) into $PGDATABASE@$PGHOST"
t0=$(date +%s)
for (( first = 1; first <= tickets; first += chunk )); do
  last=$(( first + chunk - 1 < tickets ? first + chunk - 1 : tickets ))
  sql -1 -v seed="$seed" -v now="$now" -v first="$first" -v last="$last" -v base="$((base - 1))" \
    -v cbase="$cbase" -v hbase="$hbase" -f "$here/setup.sql" -f "$here/tickets.sql"
  bar "$last" "$tickets" tickets "$t0"
done
[ "$tickets" -eq 0 ] || echo
move_past ticket.tickets_id_seq "$((base + tickets))"
move_past ticket.ticket_comments_id_seq "$((cbase + tickets * 8 + 8))"
move_past ticket.ticket_history_id_seq "$((hbase + tickets * 2 + 2))"

abase=$(next_id knowledge.articles knowledge.articles_id_seq)
rbase=$(next_id knowledge.article_revisions knowledge.article_revisions_id_seq)
echo "articles: $articles from id $abase"
t0=$(date +%s)
achunk=$(( chunk % 2 == 0 ? chunk : chunk + 1 )) # a translation stays in its source's chunk
for (( first = 1; first <= articles; first += achunk )); do
  last=$(( first + achunk - 1 < articles ? first + achunk - 1 : articles ))
  sql -1 -v seed="$seed" -v now="$now" -v first="$first" -v last="$last" -v base="$((abase - 1))" \
    -v rbase="$rbase" -v total="$articles" -f "$here/setup.sql" -f "$here/articles.sql"
  bar "$last" "$articles" articles "$t0"
done
[ "$articles" -eq 0 ] || echo
move_past knowledge.articles_id_seq "$((abase + articles))"
move_past knowledge.article_revisions_id_seq "$((rbase + articles * 4 + 4))"
sql -c "analyze ticket.tickets; analyze ticket.ticket_comments; analyze knowledge.articles" >/dev/null
echo "loaded in $(( $(date +%s) - started )) s: $(sql -c "select count(*) from ticket.tickets") tickets, $(sql -c "select count(*) from knowledge.articles") articles in the database"

if [ -z "$reindex" ]; then
  echo "search indexes: POST <server>/api/ticket/search/reindex and /api/knowledge/search/reindex as an admin (or rerun with --reindex URL)"
  exit 0
fi
for module in ticket knowledge; do
  url="$reindex/api/$module/search/reindex"
  curl -fsS -X POST -H "Authorization: Bearer $TK_TOKEN" "$url" >/dev/null
  t0=$(date +%s)
  while :; do
    status=$(curl -fsS -H "Authorization: Bearer $TK_TOKEN" "$url")
    state=$(sed -n 's/.*"state":"\([A-Z_]*\)".*/\1/p' <<<"$status")
    done_=$(sed -n 's/.*"done":\([0-9]*\).*/\1/p' <<<"$status")
    total=$(sed -n 's/.*"total":\([0-9]*\).*/\1/p' <<<"$status")
    bar "${done_:-0}" "${total:-0}" "$module" "$t0"
    case $state in
      RUNNING | "") sleep 2 ;;
      FAILED | INTERRUPTED) echo; echo "$module reindex $state: $status" >&2; exit 1 ;;
      *) echo; break ;;
    esac
  done
done
echo "done in $(( $(date +%s) - started )) s"
