#!/usr/bin/env bash
# Stops the services that up.sh started (listed in .services/started): gracefully, then killed after a deadline.
# Services that were already running before up.sh (e.g. the machine's PostgreSQL and Redis) are never touched.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"

GRACE_S=45

usage() {
  cat <<EOF
Usage: scripts/services/down.sh [--all] [--grace SECONDS] [-h|--help]

Stops the services listed in ${STARTED_FILE#"$TK_ROOT"/} (the ones up.sh started), all at once:
SIGTERM (PostgreSQL: fast shutdown), then SIGKILL for what is still running after ${GRACE_S}s.
Data, downloads and logs under ${SVC#"$TK_ROOT"/}/ are kept (rm -rf it for a clean slate).

  --all            stop every service that has a live pid file under ${SVC#"$TK_ROOT"/}/, listed or not
  --grace SECONDS  how long to wait for a graceful stop (default $GRACE_S)
  -h, --help       this help
EOF
}

ALL=""
while [ $# -gt 0 ]; do
  case $1 in
    -h | --help) usage; exit 0 ;;
    --all) ALL=1; shift ;;
    --grace) [ $# -ge 2 ] || { usage >&2; exit 2; }; GRACE_S=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ $GRACE_S =~ ^[0-9]+$ ]] || die "--grace needs a number of seconds"

[ -d "$SVC" ] || { log "nothing to stop (no ${SVC#"$TK_ROOT"/}/)"; exit 0; }
take_lock

targets=()
if [ -n "$ALL" ]; then
  for s in "${ALL_SERVICES[@]}"; do
    [ -e "$(pid_file "$s")" ] && targets+=("$s")
  done
else
  while IFS= read -r s; do
    pid_file "$s" >/dev/null 2>&1 && targets+=("$s")
  done < <(started_list)
fi
if [ ${#targets[@]} -eq 0 ]; then
  log "nothing to stop"
  exit 0
fi

T0=$(now_ms)
declare -A PID=()
for s in "${targets[@]}"; do
  # read the pid before signalling: Elasticsearch and Redis delete their pid files on exit
  if pid=$(service_pid "$s"); then
    PID[$s]=$pid
  else
    log "$s: not running (stale entry/pid file)"
    started_remove "$s"
    [ "$s" = redis ] || [ "$s" = elasticsearch ] || rm -f "$(pid_file "$s")"
  fi
done

# graceful stop, all in parallel
for s in "${!PID[@]}"; do
  pid=${PID[$s]}
  case $s in
    postgresql) sig=INT ;; # PostgreSQL "fast" shutdown (what pg_ctlcluster stop does by default)
    *) sig=TERM ;;         # kc.sh forwards TERM to the Keycloak JVM; Redis does not save (started with --save "")
  esac
  log "$s: stopping pid $pid (SIG$sig)"
  kill -s "$sig" "$pid" 2>/dev/null || true
done

deadline=$(($(now_ms) + GRACE_S * 1000))
while :; do
  left=()
  for s in "${!PID[@]}"; do
    kill -0 "${PID[$s]}" 2>/dev/null && left+=("$s")
  done
  [ ${#left[@]} -eq 0 ] && break
  if [ "$(now_ms)" -ge "$deadline" ]; then
    for s in "${left[@]}"; do
      pid=${PID[$s]}
      warn "$s: still running after ${GRACE_S}s, killing pid $pid"
      # up.sh starts the JVM services with setsid, so the pid is also their process group
      # (for Keycloak that includes the JVM under kc.sh)
      if [ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" = "$pid" ]; then
        kill -KILL -- "-$pid" 2>/dev/null || true
      else
        kill -KILL "$pid" 2>/dev/null || true
      fi
    done
    sleep 0.5
    break
  fi
  sleep 0.2
done

rc=0
for s in "${!PID[@]}"; do
  if kill -0 "${PID[$s]}" 2>/dev/null; then
    warn "$s: pid ${PID[$s]} could not be stopped"
    rc=1
    continue
  fi
  started_remove "$s"
  case $s in
    redis) rm -f "$(pid_file "$s")" ;; # normally already gone
    elasticsearch) rm -f "$(pid_file "$s")" "$ES_DIR/run/launcher.pid" ;;
    postgresql) rm -f "$(pid_file "$s")" "$PG_DIR/cluster" ;;
    *) rm -f "$(pid_file "$s")" ;;
  esac
  log "$s: stopped"
done
log "done in $(elapsed "$T0")"
exit "$rc"
