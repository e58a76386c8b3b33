#!/usr/bin/env bash
# Proves the README's run command: starts the product in the embedded profile (no external
# services), gets a token from the built-in identity provider, opens and reads a ticket with curl,
# checks readiness and the demo fixtures, walks the ticket through its whole life, and stops the
# server again.
set -euo pipefail

if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  echo "Usage: scripts/smoke-embedded.sh   (uses port \$TK_HTTP_PORT, default 9380)"
  exit 0
fi
cd "$(dirname "$0")/.."
# the embedded profile must not pick up the test services' addresses or secrets
while read -r name; do unset "$name"; done < <(compgen -e | grep '^TK_' || true)
export TK_HTTP_PORT=${TK_HTTP_PORT:-9380} TK_HTTPS_PORT=${TK_HTTPS_PORT:-9743} TK_PROFILE=embedded
base="http://127.0.0.1:${TK_HTTP_PORT}"
passed=0
failed=0
check() {  # check NAME CONDITION-COMMAND...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $name"; else failed=$((failed + 1)); echo "  FAIL $name"; fi
}

started=$(date +%s)
log=$(mktemp)
scripts/run.sh --detach > "$log" 2>&1 || { cat "$log"; exit 1; }
trap 'scripts/run.sh --stop >/dev/null 2>&1 || true; rm -f "$log"' EXIT
echo "embedded profile: built and ready in $(( $(date +%s) - started )) s"

token=$(curl -s -d grant_type=password -d client_id=tk-cli -d scope=openid \
  -d username=requester1 -d password=requester1-pass "$base/oidc/endpoint/OP/token" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
check "built-in identity provider issues a token" test -n "$token"

created=$(curl -s -D - -o /tmp/tk-smoke-body.json -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{"subject":"印表機無法連線","description":"三樓印表機無法列印"}' \
  "$base/api/ticket/tickets")
location=$(printf '%s' "$created" | tr -d '\r' | sed -n 's/^Location: //p')
check "POST /api/ticket/tickets answers 201" grep -q "^HTTP/1.1 201" <<<"$created"
check "the ticket carries the seeded user's display name" grep -q '王小明' /tmp/tk-smoke-body.json

read_back=$(curl -s -D - -H "Authorization: Bearer $token" "$location")
check "GET of the new ticket answers 200 with an ETag" grep -q '^ETag: "1"' <<<"$(printf '%s' "$read_back" | tr -d '\r')"
check "GET returns the subject" grep -q '印表機無法連線' <<<"$read_back"

check "no token is refused" test "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/ticket/tickets")" = 401
check "bad input gets problem+json" grep -q 'application/problem+json' <<<"$(curl -s -D - -o /dev/null \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' "$base/api/ticket/tickets")"
check "/health/ready is UP on H2" grep -q '"status":"UP".*H2' <<<"$(curl -s "$base/health/ready")"
check "the events' AsyncAPI document is served at /asyncapi" grep -q "^asyncapi: 3.0.0" <<<"$(curl -s "$base/asyncapi")"

# the in-JVM event transport: the ticket's event reaches Knowledge and the Lucene search index
eventually() {  # eventually SECONDS COMMAND...: true once COMMAND succeeds within SECONDS
  local deadline=$(( $(date +%s) + $1 )); shift
  until "$@"; do [ "$(date +%s)" -lt "$deadline" ] || return 1; sleep 0.5; done
}
agent=$(curl -s -d grant_type=password -d client_id=tk-cli -d scope=openid \
  -d username=agent1 -d password=agent1-pass "$base/oidc/endpoint/OP/token" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
signal_arrived() {
  grep -q '"subject":"印表機無法連線"' <<<"$(curl -s -H "Authorization: Bearer $agent" \
    "$base/api/knowledge/ticket-signals/${location##*/}")"
}
found_by_search() {
  grep -q "\"id\":${location##*/}[,}]" <<<"$(curl -s -G -H "Authorization: Bearer $token" \
    --data-urlencode 'q=印表機' "$base/api/ticket/tickets/search")"
}
check "the ticket's event reaches Knowledge (in-JVM transport)" eventually 30 signal_arrived
check "the ticket is found by searching 印表機 (Lucene)" eventually 30 found_by_search

# the demo knowledge base of the embedded profile: published articles, searchable through Lucene
demo_articles_listed() {
  [ "$(curl -s -H "Authorization: Bearer $token" "$base/api/knowledge/articles?limit=100" \
    | grep -o '"id":[0-9]*,"locale"' | wc -l)" -ge 20 ]
}
articles_found() {
  grep -q '"total":[1-9]' <<<"$(curl -s -G -H "Authorization: Bearer $token" \
    --data-urlencode 'q=印表機' "$base/api/knowledge/search")"
}
check "the demo knowledge base lists 20+ published articles" eventually 60 demo_articles_listed
check "articles are found by searching 印表機 (article events in-JVM, Lucene)" eventually 60 articles_found
rm -f /tmp/tk-smoke-body.json

# the demo fixtures of the embedded profile: groups, categories, tickets in every state
check "seeded support groups are listed" grep -q '服務台 Service Desk' <<<"$(curl -s \
  -H "Authorization: Bearer $agent" "$base/api/ticket/groups")"
categories=$(curl -s -H "Authorization: Bearer $token" "$base/api/ticket/categories")
named_in_both() { grep -q '"nameEn":"Printers"' <<<"$categories" && grep -q '"nameZhTw":"印表機"' <<<"$categories"; }
check "seeded categories are named in zh-TW and English" named_in_both
# as admin: agent1 sees only the Service Desk's tickets and the triage queue (decision 0006)
admin=$(curl -s -d grant_type=password -d client_id=tk-cli -d scope=openid \
  -d username=admin1 -d password=admin1-pass "$base/oidc/endpoint/OP/token" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
seeded=$(curl -s -H "Authorization: Bearer $admin" "$base/api/ticket/tickets?limit=100")
seeded_in_every_state() {
  local state
  for state in NEW OPEN PENDING RESOLVED CLOSED; do grep -q "\"status\":\"$state\"" <<<"$seeded" || return 1; done
}
check "seeded tickets are new, open, pending, resolved and closed" seeded_in_every_state

# one ticket's whole life with curl: taken up, waiting, answered, resolved, confirmed
ticket="$location"
etag() { curl -s -D - -o /dev/null -H "Authorization: Bearer $1" "$ticket" | tr -d '\r' | sed -n 's/^ETag: //p'; }
patch_as() {  # patch_as TOKEN JSON: prints the HTTP status
  curl -s -o /dev/null -w '%{http_code}' -X PATCH -H "Authorization: Bearer $1" -H "If-Match: $(etag "$1")" \
    -H 'Content-Type: application/merge-patch+json' -d "$2" "$ticket"
}
status_is() { grep -q "\"status\":\"$1\"" <<<"$(curl -s -H "Authorization: Bearer $token" "$ticket")"; }
check "an agent takes the ticket up (NEW → OPEN)" test "$(patch_as "$agent" '{"status":"OPEN"}')" = 200
check "the requester may not resolve it (409)" test "$(patch_as "$token" '{"status":"RESOLVED","resolution":"x"}')" = 409
check "the agent waits on the requester (PENDING)" \
  test "$(patch_as "$agent" '{"status":"PENDING","pendingReason":"WAITING_ON_REQUESTER"}')" = 200
check "the requester's reply reopens it" test "$(curl -s -o /dev/null -w '%{http_code}' \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"body":"是三樓茶水間旁那台。"}' "$ticket/comments")" = 201
check "… and it is OPEN again" status_is OPEN
check "an internal note stays among agents" test "$(curl -s -o /dev/null -w '%{http_code}' \
  -H "Authorization: Bearer $agent" -H 'Content-Type: application/json' \
  -d '{"body":"碳粉匣需更換","internal":true}' "$ticket/comments")" = 201
check "the requester does not see the internal note" bash -c '! grep -q 碳粉匣' <<<"$(curl -s \
  -H "Authorization: Bearer $token" "$ticket/comments")"
check "the agent resolves it with a note" \
  test "$(patch_as "$agent" '{"status":"RESOLVED","resolution":"已更換碳粉匣。"}')" = 200
check "the requester confirms (CLOSED)" test "$(patch_as "$token" '{"status":"CLOSED"}')" = 200
history=$(curl -s -H "Authorization: Bearer $token" "$ticket/history")
every_step() {
  local step
  for step in OPEN PENDING RESOLVED CLOSED; do grep -q "\"after\":\"$step\"" <<<"$history" || return 1; done
}
check "the history holds every step" every_step

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
