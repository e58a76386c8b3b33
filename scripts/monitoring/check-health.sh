#!/usr/bin/env bash
# Health and key metrics of a Ticket & Knowledge backend, for cron, a Nagios-style check or a
# person after a deploy. Prints one line per check and exits 1 when any check finds a problem.
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: scripts/monitoring/check-health.sh [--url URL] [--strict]

  --url URL   backend (or the nginx operations listener) base URL; default $TK_MONITOR_URL or
              http://127.0.0.1:8081 (Compose: nginx's internal port; a backend directly: :9080)
  --strict    a key metric that is not exported counts as a problem (default: a note)
Checks and their limits (environment variables):
  /health/ready answers 200 with status UP (every backing service reachable)
  tk_outbox_backlog              <= TK_MONITOR_MAX_OUTBOX_BACKLOG (1000)   events not yet relayed
  tk_events_dead_lettered_total  <= TK_MONITOR_MAX_DEAD_LETTERED (0)       poison events
  tk_events_consumer_lag         <= TK_MONITOR_MAX_CONSUMER_LAG (10000)    unconsumed events
  5xx share of HTTP requests     <= TK_MONITOR_MAX_ERROR_PERCENT (5), once there are at least
                                    TK_MONITOR_MIN_REQUESTS (100) requests (since the server started)
Exit: 0 all fine, 1 a problem (each is printed as PROBLEM: ...), 2 usage.
TXT
}

url=${TK_MONITOR_URL:-http://127.0.0.1:8081}
strict=false
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    --url) url=${2:?--url needs a URL}; shift ;;
    --strict) strict=true ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done
url=${url%/}
command -v curl >/dev/null || { echo "check-health: curl is not installed" >&2; exit 1; }

problems=0
ok() { printf 'OK       %s\n' "$*"; }
note() { printf 'NOTE     %s\n' "$*"; }
problem() { printf 'PROBLEM: %s\n' "$*"; problems=$((problems + 1)); }

# --- readiness -------------------------------------------------------------------------------
body=$(curl -sS -m 10 -w '\n%{http_code}' "$url/health/ready" 2>&1) || true
code=${body##*$'\n'}
body=${body%$'\n'*}
if [ "$code" = 200 ] && grep -q '"status" *: *"UP"' <<<"$body"; then
  ok "ready: $url/health/ready is UP"
elif [ "$code" = 000 ]; then
  problem "ready: no answer from $url/health/ready ($body)"
else
  down=$(grep -o '"name" *: *"[^"]*" *, *"status" *: *"DOWN"' <<<"$body" | sed 's/"name" *: *"\([^"]*\)".*/\1/' | paste -sd, - || true)
  problem "ready: $url/health/ready answered $code; DOWN: ${down:-(see the response)}"
fi

# --- metrics ---------------------------------------------------------------------------------
if ! metrics=$(curl -sS -f -m 10 "$url/metrics" 2>&1); then
  problem "metrics: $url/metrics did not answer ($metrics)"
  echo "check-health: $problems problem(s)"
  exit 1
fi

# sum NAME: the sum of every sample of metric NAME (all label sets); empty when not exported
sum() {
  awk -v n="$1" '$1 == n || index($1, n "{") == 1 { s += $NF; f = 1 } END { if (f) printf "%.0f", s }' <<<"$metrics"
}
limit() { # name label max
  local value
  value=$(sum "$1")
  if [ -z "$value" ]; then
    if $strict; then problem "$2: metric $1 is not exported"; else note "$2: metric $1 is not exported (yet)"; fi
  elif [ "$value" -gt "$3" ]; then
    problem "$2: $1 = $value, above the limit $3"
  else
    ok "$2: $1 = $value (limit $3)"
  fi
}
limit tk_outbox_backlog "outbox backlog" "${TK_MONITOR_MAX_OUTBOX_BACKLOG:-1000}"
limit tk_events_dead_lettered_total "dead-lettered events" "${TK_MONITOR_MAX_DEAD_LETTERED:-0}"
limit tk_events_consumer_lag "consumer lag" "${TK_MONITOR_MAX_CONSUMER_LAG:-10000}"

# error rate from Liberty's HTTP request metrics (mpMetrics 5: label http_response_status_code)
read -r total errors < <(awk '
  index($1, "http_server_request_duration_seconds_count{") == 1 {
    t += $NF; if ($1 ~ /http_response_status_code="5[0-9][0-9]"/) e += $NF }
  END { printf "%.0f %.0f\n", t, e }' <<<"$metrics")
min=${TK_MONITOR_MIN_REQUESTS:-100}
max_percent=${TK_MONITOR_MAX_ERROR_PERCENT:-5}
if [ "$total" -eq 0 ]; then
  if $strict; then problem "error rate: no HTTP request metrics"; else note "error rate: no HTTP request metrics yet"; fi
elif [ "$total" -lt "$min" ]; then
  note "error rate: $errors of $total requests were 5xx (fewer than $min requests: not judged)"
elif [ $((errors * 100)) -gt $((total * max_percent)) ]; then
  problem "error rate: $errors of $total requests were 5xx, above $max_percent %"
else
  ok "error rate: $errors of $total requests were 5xx (limit $max_percent %)"
fi

if [ "$problems" -gt 0 ]; then
  echo "check-health: $problems problem(s)"
  exit 1
fi
echo "check-health: all checks passed"
