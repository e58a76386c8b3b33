#!/usr/bin/env bash
# Checks that each backing service really works for a client (not just that a port is open).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"

usage() {
  cat <<EOF
Usage: scripts/services/smoke.sh [NAME...] [-h|--help]

Talks to each service as a client would (default: all of ${ALL_SERVICES[*]}):
  postgresql     login as $TK_DB_USER/$TK_DB_PASSWORD over TCP, select 1
  redis          SET / GET / DEL
  kafka          produce one record and consume it (kafka-clients from ${KAFKA_DIR#"$TK_ROOT"/}/lib)
  elasticsearch  cluster health, index a document, search it, delete the index
  s3proxy        SigV4 (curl --aws-sigv4): put, get, delete an object in bucket $S3_BUCKET
  greenmail      a mail sent over SMTP (curl smtp://) is read back over IMAP (curl imap://)
  keycloak       password grants: tk-cli token has iss/aud=tk-api/groups/preferred_username/name,
                 tk-other token has no tk-api audience, tk-short token lives 1 s
  clamav         INSTREAM: the EICAR test file is FOUND (Tk.Test.Eicar), a clean text is OK
Needs curl and jq. Exit status 0 only if every check passes.
EOF
}

names=()
for a in "$@"; do
  case $a in
    -h | --help) usage; exit 0 ;;
    *) service_port "$a" >/dev/null 2>&1 || die "unknown service '$a'"; names+=("$a") ;;
  esac
done
[ ${#names[@]} -gt 0 ] || names=("${ALL_SERVICES[@]}")
command -v jq >/dev/null || die "jq is needed (apt-get install -y jq)"

OK=0
BAD=0
pass() { OK=$((OK + 1)); printf 'PASS %-14s %s\n' "$1" "$2"; }
fail() { BAD=$((BAD + 1)); printf 'FAIL %-14s %s\n' "$1" "$2"; }

# JWT payload -> JSON
jwt_payload() {
  local p
  p=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
  while [ $((${#p} % 4)) -ne 0 ]; do p="$p="; done
  base64 -d <<<"$p"
}

check_postgresql() {
  local out
  if out=$(PGPASSWORD=$TK_DB_PASSWORD PGCONNECT_TIMEOUT=5 psql -X -h 127.0.0.1 -p "$PG_PORT" -U "$TK_DB_USER" -d "$TK_DB_NAME" \
    -qtA -c 'select current_user || '"'@'"' || current_database() || '"' '"' || version()' 2>&1); then
    pass postgresql "$(cut -c1-60 <<<"$out")"
  else
    fail postgresql "$out"
  fi
}

check_redis() {
  local key="tk-smoke-$$" v
  if command -v redis-cli >/dev/null; then
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" set "$key" hello EX 60 >/dev/null 2>&1 || true
    v=$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" get "$key" 2>&1 || true)
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" del "$key" >/dev/null 2>&1 || true
    if [ "$v" = hello ]; then pass redis "SET/GET ok"; else fail redis "GET returned '$v'"; fi
  elif redis_ping; then
    pass redis "PING ok (no redis-cli for SET/GET)"
  else
    fail redis "no PONG on $REDIS_PORT"
  fi
}

check_kafka() {
  local out
  if ! ls "$KAFKA_DIR/lib/"kafka-clients-*.jar >/dev/null 2>&1; then
    fail kafka "no kafka-clients jars in $KAFKA_DIR/lib (run up.sh once to download them)"
    return
  fi
  if out=$(java -cp "$KAFKA_DIR/lib/*" "$HERE/kafka/KafkaSmoke.java" "127.0.0.1:$KAFKA_PORT" 2>&1); then
    pass kafka "$(tr '\n' ' ' <<<"$out")"
  else
    fail kafka "$(tail -n 5 <<<"$out")"
  fi
}

check_elasticsearch() {
  local es="http://127.0.0.1:$ES_PORT" idx="tk-smoke-$$" health hits
  health=$(curl -s -m 10 "$es/_cluster/health?wait_for_status=yellow&timeout=5s" | jq -r .status 2>/dev/null || true)
  curl -s -m 10 -X PUT "$es/$idx/_doc/1?refresh=true" -H 'Content-Type: application/json' \
    -d '{"title":"印表機無法列印 printer offline"}' >/dev/null || true
  hits=$(curl -s -m 10 "$es/$idx/_search" -H 'Content-Type: application/json' \
    -d '{"query":{"match":{"title":"printer"}}}' | jq -r .hits.total.value 2>/dev/null || true)
  curl -s -m 10 -X DELETE "$es/$idx" >/dev/null || true
  if [[ $health =~ ^(green|yellow)$ ]] && [ "$hits" = 1 ]; then
    pass elasticsearch "health=$health, index+search hits=$hits"
  else
    fail elasticsearch "health='$health' hits='$hits'"
  fi
}

check_s3proxy() {
  local s3="http://127.0.0.1:$S3_PORT" key="smoke/$$-測試.txt" body="hello s3 $$ 你好" got code bad_code enc sha
  # curl 7.88 signs with SigV4 but does not send x-amz-content-sha256, which S3Proxy requires
  # (400 XAmzContentSHA256Mismatch without it): send it ourselves; curl then signs it too.
  local auth=(--aws-sigv4 "aws:amz:us-east-1:s3" --user "$S3_ACCESS_KEY:$S3_SECRET_KEY")
  local unsigned=(-H "x-amz-content-sha256: UNSIGNED-PAYLOAD")
  enc=$(jq -rn --arg k "$key" '$k | @uri' | sed 's/%2F/\//g')
  sha=$(printf '%s' "$body" | sha256sum | cut -d' ' -f1)
  code=$(curl -s -o /dev/null -w '%{http_code}' -m 10 "${auth[@]}" "${unsigned[@]}" "$s3/$S3_BUCKET")
  if [ "$code" != 200 ]; then fail s3proxy "list bucket $S3_BUCKET: HTTP $code"; return; fi
  code=$(printf '%s' "$body" | curl -s -o /dev/null -w '%{http_code}' -m 10 "${auth[@]}" \
    -H "x-amz-content-sha256: $sha" -H 'Content-Type: text/plain; charset=utf-8' -T - "$s3/$S3_BUCKET/$enc")
  got=$(curl -s -m 10 "${auth[@]}" "${unsigned[@]}" "$s3/$S3_BUCKET/$enc" || true)
  curl -s -o /dev/null -m 10 "${auth[@]}" "${unsigned[@]}" -X DELETE "$s3/$S3_BUCKET/$enc" || true
  bad_code=$(curl -s -o /dev/null -w '%{http_code}' -m 10 --aws-sigv4 "aws:amz:us-east-1:s3" \
    --user "$S3_ACCESS_KEY:wrong-secret" "${unsigned[@]}" "$s3/$S3_BUCKET")
  if [ "$code" = 200 ] && [ "$got" = "$body" ] && [ "$bad_code" = 403 ]; then
    pass s3proxy "list/put/get/delete ok, wrong secret -> 403"
  else
    fail s3proxy "put HTTP $code, get '$got', wrong secret HTTP $bad_code"
  fi
}

check_greenmail() {
  local to="smoke-$$-$RANDOM@tk.test" subject="smoke $$ 測試" got
  if ! printf 'From: smoke@tk.test\r\nTo: %s\r\nSubject: %s\r\n\r\nhello\r\n' "$to" "$subject" |
    curl -s -m 10 --url "smtp://127.0.0.1:$GM_SMTP_PORT" --mail-from smoke@tk.test --mail-rcpt "$to" -T -; then
    fail greenmail "SMTP send to $to failed"
    return
  fi
  # the recipient's mailbox exists from its first mail; login = address (authentication is off)
  got=$(curl -s -m 10 --user "$to:$to" "imap://127.0.0.1:$GM_IMAP_PORT/INBOX;UID=1" || true)
  if [[ $got == *"$subject"* ]]; then
    pass greenmail "SMTP send, IMAP read back"
  else
    fail greenmail "mail to $to not found over IMAP"
  fi
}

kc_token() { # client user -> access token (empty on failure)
  curl -s -m 20 -d grant_type=password -d "client_id=$1" -d "username=$2" -d "password=$2-pass" -d scope=openid \
    "$KC_BASE/realms/$KC_REALM/protocol/openid-connect/token" | jq -r '.access_token // empty'
}

check_keycloak() {
  local t p problems=() iss
  iss="$KC_BASE/realms/$KC_REALM"
  t=$(kc_token tk-cli requester1)
  if [ -z "$t" ]; then fail keycloak "no token for requester1 via tk-cli"; return; fi
  p=$(jwt_payload "$t")
  jq -e --arg iss "$iss" '.iss == $iss' <<<"$p" >/dev/null || problems+=("iss=$(jq -c .iss <<<"$p")")
  jq -e '[.aud] | flatten | index("tk-api") != null' <<<"$p" >/dev/null || problems+=("aud=$(jq -c .aud <<<"$p")")
  jq -e '.groups | index("requester") != null' <<<"$p" >/dev/null || problems+=("groups=$(jq -c .groups <<<"$p")")
  jq -e '.preferred_username == "requester1" and (.name | length > 0)' <<<"$p" >/dev/null ||
    problems+=("preferred_username/name missing")
  t=$(kc_token tk-cli admin1)
  jq -e '(.groups | sort) == ["admin","agent","editor","requester"]' <<<"$(jwt_payload "$t")" >/dev/null ||
    problems+=("admin1 groups=$(jwt_payload "$t" | jq -c .groups)")
  t=$(kc_token tk-other requester1)
  if [ -z "$t" ]; then
    problems+=("no token via tk-other")
  else
    jq -e '[.aud] | flatten | index("tk-api") == null' <<<"$(jwt_payload "$t")" >/dev/null ||
      problems+=("tk-other token has aud tk-api")
  fi
  t=$(kc_token tk-short requester1)
  if [ -z "$t" ]; then
    problems+=("no token via tk-short")
  else
    jq -e '.exp - .iat == 1' <<<"$(jwt_payload "$t")" >/dev/null || problems+=("tk-short token lifetime is not 1 s")
  fi
  if [ ${#problems[@]} -eq 0 ]; then
    pass keycloak "tk-cli: iss ok, aud tk-api, groups, name; tk-other: no tk-api; tk-short: 1 s"
  else
    fail keycloak "${problems[*]}"
  fi
}

# clamd_instream TEXT: clamd's answer to TEXT sent as one INSTREAM chunk (python3 for the binary framing)
clamd_instream() {
  python3 - "$CLAMAV_PORT" "$1" <<'PY'
import socket, struct, sys
data = sys.argv[2].encode()
with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5) as s:
    s.sendall(b"zINSTREAM\0" + struct.pack(">I", len(data)) + data + struct.pack(">I", 0))
    print(s.recv(4096).rstrip(b"\0").decode())
PY
}

check_clamav() {
  local eicar infected clean
  # the EICAR test file, assembled so this script is not itself flagged
  # shellcheck disable=SC2016 # the EICAR test string, literally ($ included)
  eicar='X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-'
  # shellcheck disable=SC2016
  eicar+='ANTIVIRUS-TEST-FILE!$H+H*'
  infected=$(clamd_instream "$eicar" 2>&1) || true
  clean=$(clamd_instream "nothing to see here" 2>&1) || true
  if [[ $infected == *"Tk.Test.Eicar"*FOUND* ]] && [ "$clean" = "stream: OK" ]; then
    pass clamav "EICAR: $infected; clean: $clean"
  else
    fail clamav "EICAR: ${infected:-no answer}; clean: ${clean:-no answer}"
  fi
}

for s in "${names[@]}"; do
  "check_$s"
done
echo "smoke: $OK ok, $BAD not ok"
[ "$BAD" -eq 0 ]
