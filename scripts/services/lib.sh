# shellcheck shell=bash disable=SC2034  # (the settings below are used by the scripts that source this file)
# Shared settings and helpers for up.sh / down.sh / status.sh / smoke.sh. Sourced, not run.
# Everything is computed from this file's location, so the scripts work from any cwd and in any clone.

TK_SCRIPTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TK_ROOT=$(cd "$TK_SCRIPTS_DIR/../.." && pwd)
# Runtime state, downloads, logs, pid files (git-ignored at the repo root).
SVC=${TK_SERVICES_DIR:-$TK_ROOT/.services}

# ---- versions -------------------------------------------------------------------------------
KC_VERSION=26.7.3       # org.keycloak:keycloak-quarkus-dist:zip      (keycloak/pom.xml)
ES_VERSION=8.19.21      # org.elasticsearch.distribution.integ-test-zip:elasticsearch:zip (elasticsearch/pom.xml)
KAFKA_VERSION=4.1.1     # org.apache.kafka:kafka_2.13                 (kafka/pom.xml)
S3PROXY_VERSION=4.1.0   # org.gaul:s3proxy                            (s3proxy/pom.xml)
GREENMAIL_VERSION=2.1.5 # com.icegreen:greenmail-standalone           (greenmail/pom.xml)
PG_DEFAULT_VERSION=15   # Debian 12's postgresql-15, installed only when no PostgreSQL is installed
# clamd: Debian's clamav-daemon (1.4.x on Debian 12), apt-installed when missing

# ---- ports (all bound to 127.0.0.1) ---------------------------------------------------------
PG_PORT=5432
REDIS_PORT=6379
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
ES_PORT=9200
ES_TRANSPORT_PORT=9300
S3_PORT=9000
KC_PORT=8180
CLAMAV_PORT=3310
KC_MANAGEMENT_PORT=8190 # only opened if health/metrics get enabled; moved off 9000 (= S3Proxy)
GM_SMTP_PORT=3025       # GreenMail SMTP (the test mail server of the email channel)
GM_IMAP_PORT=3143       # GreenMail IMAP

# ---- fixed test settings --------------------------------------------------------------------
TK_DB_NAME=tk
TK_DB_USER=tk
TK_DB_PASSWORD=tk
S3_ACCESS_KEY=tk-test-access
S3_SECRET_KEY=tk-test-secret-key
S3_BUCKET=tk-attachments
KC_REALM=ticket-knowledge
# GreenMail: the help desk's mailbox (IMAP login helpdesk); any other address gets a mailbox on its first
# mail, with its address as login. Authentication is off (a test server on 127.0.0.1 only).
GM_MAILBOX=helpdesk@tk.test
GM_MAILBOX_PASSWORD=helpdesk-pass
KC_BASE=http://127.0.0.1:$KC_PORT
ES_USER=esuser
TEMURIN_HOME=${TK_TEMURIN_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

# Service names, slow ones first (that is also the start order).
ALL_SERVICES=(keycloak elasticsearch kafka s3proxy greenmail redis postgresql clamav)

# ---- per-service files ----------------------------------------------------------------------
KC_DIR=$SVC/keycloak
KC_HOME=$KC_DIR/keycloak-$KC_VERSION
KC_LOG=$KC_DIR/keycloak.log
# $SVC/elasticsearch may be a symlink into /var/tmp when esuser cannot reach $SVC (see up.sh);
# the real path is used, since esuser may not be able to pass through the link's directory.
set_es_paths() {
  ES_DIR=$SVC/elasticsearch
  if [ -L "$ES_DIR" ]; then ES_DIR=$(readlink -f "$ES_DIR"); fi
  ES_HOME=$ES_DIR/elasticsearch-$ES_VERSION
  ES_LOG=$ES_DIR/logs/itest.log # <cluster.name>.log
  ES_CONSOLE=$ES_DIR/run/console.log
}
set_es_paths
KAFKA_DIR=$SVC/kafka
KAFKA_LOG=$KAFKA_DIR/kafka.log
S3_DIR=$SVC/s3proxy
S3_LOG=$S3_DIR/s3proxy.log
GM_DIR=$SVC/greenmail
GM_LOG=$GM_DIR/greenmail.log
REDIS_DIR=$SVC/redis
REDIS_LOG=$REDIS_DIR/redis.log
PG_DIR=$SVC/postgresql
CLAMAV_DIR=$SVC/clamav
CLAMAV_LOG=$CLAMAV_DIR/clamd.log
STARTED_FILE=$SVC/started
ENV_FILE=$SVC/env

# ---- output ---------------------------------------------------------------------------------
log()  { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
# elapsed SINCE_MS -> "12.3s"
elapsed() { local d=$(( $(now_ms) - $1 )); printf '%d.%ds' $((d / 1000)) $((d % 1000 / 100)); }

# Print the last lines of a log file to stderr (used when a service fails).
show_tail() { # file [lines]
  local f=$1 n=${2:-40}
  if [ -s "$f" ]; then
    printf -- '----- last %s lines of %s -----\n' "$n" "$f" >&2
    tail -n "$n" "$f" >&2
    printf -- '-----\n' >&2
  else
    printf -- '(no log at %s)\n' "$f" >&2
  fi
}

# ---- probes ---------------------------------------------------------------------------------
port_open() { # port -> 0 if something accepts TCP connections on 127.0.0.1:port
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
http_code() { # url [max seconds] -> prints the HTTP status ("000" when nothing answers)
  curl -s -o /dev/null -m "${2:-3}" -w '%{http_code}' "$1" 2>/dev/null || true
}
redis_ping() { # pure bash, so it needs no redis-cli
  local line=""
  {
    exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT" || return 1
    printf 'PING\r\n' >&3
    IFS= read -r -t 2 line <&3 || true
    exec 3>&-
  } 2>/dev/null
  [[ $line == +PONG* ]]
}
pg_ready() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT" 2>/dev/null; }
es_ready() {
  local out
  out=$(curl -s -m 3 "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null) || return 1
  [[ $out == *'"status":"green"'* || $out == *'"status":"yellow"'* ]]
}
s3_ready() { # any S3 answer (an anonymous request gets 403 AccessDenied) carries x-amz-request-id
  curl -s -o /dev/null -D - -m 2 "http://127.0.0.1:$S3_PORT/" 2>/dev/null | grep -qi '^x-amz-request-id:'
}
clamd_ping() { # clamd's own PING (z-prefixed: NUL-terminated), pure bash
  local line=""
  {
    exec 3<>"/dev/tcp/127.0.0.1/$CLAMAV_PORT" || return 1
    printf 'zPING\0' >&3
    IFS= read -r -d '' -t 2 line <&3 || true
    exec 3>&-
  } 2>/dev/null
  [ "$line" = PONG ]
}
gm_ready() { # SMTP and IMAP both greet
  local smtp="" imap=""
  {
    exec 3<>"/dev/tcp/127.0.0.1/$GM_SMTP_PORT" || return 1
    IFS= read -r -t 2 smtp <&3 || true
    exec 3>&-
    exec 3<>"/dev/tcp/127.0.0.1/$GM_IMAP_PORT" || return 1
    IFS= read -r -t 2 imap <&3 || true
    exec 3>&-
  } 2>/dev/null
  [[ $smtp == 220* && $imap == "* OK"* ]]
}
kc_realm_ready() { [ "$(http_code "$KC_BASE/realms/$KC_REALM/.well-known/openid-configuration" 3)" = 200 ]; }

service_port() {
  case $1 in
    keycloak) echo "$KC_PORT" ;; elasticsearch) echo "$ES_PORT" ;; kafka) echo "$KAFKA_PORT" ;;
    s3proxy) echo "$S3_PORT" ;; redis) echo "$REDIS_PORT" ;; postgresql) echo "$PG_PORT" ;;
    clamav) echo "$CLAMAV_PORT" ;;
    greenmail) echo "$GM_SMTP_PORT" ;;
    *) return 1 ;;
  esac
}

# Health of a running service as seen by its clients (port answers AND protocol looks right).
service_up() {
  case $1 in
    keycloak) port_open "$KC_PORT" && [ "$(http_code "$KC_BASE/realms/master" 3)" = 200 ] ;;
    elasticsearch) es_ready ;;
    kafka) port_open "$KAFKA_PORT" ;;
    s3proxy) s3_ready ;;
    greenmail) gm_ready ;;
    redis) redis_ping ;;
    postgresql) pg_ready ;;
    clamav) clamd_ping ;;
    *) return 1 ;;
  esac
}

# ---- pid files ------------------------------------------------------------------------------
pid_file() {
  case $1 in
    keycloak) echo "$KC_DIR/keycloak.pid" ;;
    elasticsearch) echo "$ES_DIR/run/es.pid" ;;
    kafka) echo "$KAFKA_DIR/kafka.pid" ;;
    s3proxy) echo "$S3_DIR/s3proxy.pid" ;;
    greenmail) echo "$GM_DIR/greenmail.pid" ;;
    redis) echo "$REDIS_DIR/redis.pid" ;;
    postgresql) echo "$PG_DIR/postgresql.pid" ;;
    clamav) echo "$CLAMAV_DIR/clamd.pid" ;;
    *) return 1 ;;
  esac
}
# A string that the command line of the service's process contains (guards against pid reuse).
pid_marker() {
  case $1 in
    keycloak) echo "keycloak-$KC_VERSION" ;; # kc.sh, and the JVM that kc.sh execs after the first build
    elasticsearch) echo "org.elasticsearch" ;;
    kafka) echo "kafka.Kafka" ;;
    s3proxy) echo "org.gaul.s3proxy" ;;
    greenmail) echo "greenmail-standalone" ;;
    redis) echo "redis-server" ;;
    postgresql) echo "postgres" ;;
    clamav) echo "clamd" ;;
    *) return 1 ;;
  esac
}
pid_alive_as() { # pid marker
  local cmd
  [ -n "$1" ] && [ -r "/proc/$1/cmdline" ] || return 1
  cmd=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  [[ $cmd == *"$2"* ]]
}
# read_pid FILE: the first line of a pid file (which may lack a final newline, as Elasticsearch's does)
read_pid() {
  local pid=""
  [ -r "$1" ] || return 1
  IFS= read -r pid <"$1" || true
  pid=${pid//[^0-9]/}
  [ -n "$pid" ] && echo "$pid"
}
# Prints the pid of the service process that up.sh started, if it is still alive.
service_pid() {
  local f pid
  f=$(pid_file "$1") || return 1
  pid=$(read_pid "$f") || return 1
  pid_alive_as "$pid" "$(pid_marker "$1")" || return 1
  echo "$pid"
}

# ---- .services/started ----------------------------------------------------------------------
started_list() {
  if [ -r "$STARTED_FILE" ]; then grep -Ev '^[[:space:]]*$' "$STARTED_FILE" || true; fi
}
started_add() {
  mkdir -p "$SVC"
  grep -qx "$1" "$STARTED_FILE" 2>/dev/null || echo "$1" >>"$STARTED_FILE"
}
started_remove() {
  [ -f "$STARTED_FILE" ] || return 0
  local tmp="$STARTED_FILE.tmp.$$"
  grep -vx "$1" "$STARTED_FILE" >"$tmp" || true
  mv -f "$tmp" "$STARTED_FILE"
}

# One up.sh / down.sh at a time.
take_lock() {
  mkdir -p "$SVC"
  exec 9>"$SVC/.lock"
  if ! flock -n 9; then
    log "another up.sh/down.sh is running; waiting for it"
    flock -w 900 9 || die "could not get the lock $SVC/.lock"
  fi
}

# ---- Java -----------------------------------------------------------------------------------
java_major() { # JDK home -> major version from its release file
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1
}
# jdk_home MIN: a JDK home with major >= MIN, Temurin 25 first, then the newest under /usr/lib/jvm.
jdk_home() {
  local min=$1 cand v best="" bestv=0
  if [ -x "$TEMURIN_HOME/bin/java" ]; then
    v=$(java_major "$TEMURIN_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$min" ]; then echo "$TEMURIN_HOME"; return 0; fi
  fi
  for cand in /usr/lib/jvm/*; do
    [ -x "$cand/bin/java" ] || continue
    v=$(java_major "$cand")
    [ -n "$v" ] || continue
    if [ "$v" -ge "$min" ] && [ "$v" -gt "$bestv" ]; then best=$cand; bestv=$v; fi
  done
  [ -n "$best" ] && echo "$best"
}
