# shellcheck shell=bash disable=SC2034  # (settings used by the scripts that source this file)
# Shared settings of scripts/containers/{bases,check}.sh. Sourced, not run.

# Containers (conmon) outlive a command; with --keep they outlive the script: none may keep the
# caller's lock open (`flock /tmp/tk-liberty.lock scripts/containers/check.sh` passes it as fd 3;
# flock itself keeps its own descriptor, and the lock, until the script ends).
for fd in 3 4 5 6 7 8 9; do eval "exec $fd>&-"; done
TK_CONTAINERS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TK_ROOT=$(cd "$TK_CONTAINERS_DIR/../.." && pwd)
# debootstrap tarball and build contexts (git-ignored); kept between runs
CACHE=${TK_CONTAINERS_CACHE:-$TK_CONTAINERS_DIR/.cache}
# podman's settings for this machine kind (no ulimits, runc, no systemd)
export CONTAINERS_CONF=${CONTAINERS_CONF:-$TK_CONTAINERS_DIR/containers.conf}

DEBIAN_SUITE=bookworm
DEBIAN_MIRROR=${TK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
LIBERTY_VERSION=26.0.0.3 # = liberty.runtime.version of the root pom.xml

# local base images (what bases.sh builds) and the official ones the Dockerfiles default to
BASE_DEBIAN=localhost/tk-local/debian:$DEBIAN_SUITE
BASE_JRE=localhost/tk-local/jre:17
BASE_LIBERTY=localhost/tk-local/open-liberty:$LIBERTY_VERSION-full-java17-hotspot
BASE_NGINX=localhost/tk-local/nginx-unprivileged:1.22-bookworm

log()  { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die()  { printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
secs_since() { local d=$(($(now_ms) - $1)); printf '%d.%d' $((d / 1000)) $((d % 1000 / 100)); }

# podman_ready: 0 when podman can run a container here (installed, runtime usable)
podman_ready() {
  command -v podman >/dev/null && command -v runc >/dev/null && podman info >/dev/null 2>&1
}

# install_tools: podman, runc, debootstrap from Debian's packages when missing (root or sudo)
install_tools() {
  local missing=() sudo=""
  command -v podman >/dev/null || missing+=(podman)
  command -v runc >/dev/null || missing+=(runc)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v slirp4netns >/dev/null || missing+=(slirp4netns)
  [ ${#missing[@]} -gt 0 ] || return 0
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  command -v apt-get >/dev/null || return 1
  log "apt-get install ${missing[*]}"
  $sudo apt-get update -qq >/dev/null 2>&1 || true
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1
}

# recipe_hash DIR...: one hash of the files that make an image, stored as a label to know when to rebuild
recipe_hash() {
  find "$@" -type f ! -name '*.zip' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16
}
# image_label IMAGE LABEL: the label's value, empty when the image or label is missing
image_label() {
  podman image inspect --format "{{ index .Labels \"$2\" }}" "$1" 2>/dev/null | sed 's/<no value>//'
}
