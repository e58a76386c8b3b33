#!/usr/bin/env bash
# Builds the local stand-ins for the official base images the Dockerfiles name, from what this
# machine kind reaches (Debian's mirror, Maven Central): a debootstrap minbase of Debian 12, a Java 17
# layer, Open Liberty from the runtime zip the Maven build already uses, and an unprivileged nginx.
# Cached: an image whose recipe (files under bases/) is unchanged is not rebuilt, and the minbase
# tarball is kept in the cache directory when the image store is emptied.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<TXT
Usage: scripts/containers/bases.sh [--print] [--rebuild]

Builds (when missing or changed) with podman:
  $BASE_DEBIAN   debootstrap --variant=minbase $DEBIAN_SUITE from $DEBIAN_MIRROR
  $BASE_JRE           + openjdk-17-jre-headless
  $BASE_LIBERTY  + io.openliberty:openliberty-runtime:$LIBERTY_VERSION:zip (Maven)
  $BASE_NGINX  + Debian's nginx-light as nginx-unprivileged
Cache: ${CACHE#"$TK_ROOT"/}/ (TK_CONTAINERS_CACHE). Needs root (debootstrap, podman).
  --print     print the --build-arg options that select these bases, build nothing
  --rebuild   rebuild every image (the minbase tarball is kept)
TXT
}

build_args() {
  printf -- '--build-arg LIBERTY_IMAGE=%s --build-arg NGINX_IMAGE=%s\n' "$BASE_LIBERTY" "$BASE_NGINX"
}

rebuild=false
case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  --print) build_args; exit 0 ;;
  --rebuild) rebuild=true ;;
  "") ;;
  *) usage >&2; exit 2 ;;
esac
[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap and rootful podman)"
install_tools || die "podman/runc/debootstrap missing and not installable"
mkdir -p "$CACHE"

# unmount_below DIR: unmounts whatever is mounted below DIR, deepest first
unmount_below() {
  local dir m
  dir=$(realpath -m "$1")
  for m in $(findmnt -rn -o TARGET | sort -r); do
    case "$m" in "$dir"/*) umount "$m" || umount -l "$m" ;; esac
  done
}

# 1. Debian minbase, imported from a cached tarball (about 2 minutes to make, 7 s to import)
debian_base() {
  local tar=$CACHE/debian-$DEBIAN_SUITE-minbase.tar rootfs=$CACHE/rootfs t
  if ! $rebuild && podman image exists "$BASE_DEBIAN"; then return 0; fi
  if [ ! -s "$tar" ]; then
    t=$(now_ms)
    log "debootstrap --variant=minbase $DEBIAN_SUITE (once; cached in $tar)"
    unmount_below "$rootfs"
    rm -rf --one-file-system "$rootfs"
    debootstrap --variant=minbase "$DEBIAN_SUITE" "$rootfs" "$DEBIAN_MIRROR" >"$CACHE/debootstrap.log" 2>&1 ||
      { unmount_below "$rootfs"; tail -20 "$CACHE/debootstrap.log" >&2; die "debootstrap failed"; }
    # debootstrap may leave the target's /proc mounted (seen on a fresh machine of this kind): tar
    # would pack the host's processes and rm would walk them
    unmount_below "$rootfs"
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar --one-file-system -C "$rootfs" -cf "$tar.tmp" . || die "tar of the minbase failed"
    mv "$tar.tmp" "$tar"
    rm -rf --one-file-system "$rootfs"
    log "minbase made in $(secs_since "$t") s"
  fi
  podman import --change 'CMD ["/bin/bash"]' "$tar" "$BASE_DEBIAN" >"$CACHE/import.log" 2>&1 ||
    { cat "$CACHE/import.log" >&2; die "podman import failed"; }
  log "imported $BASE_DEBIAN"
}

# build IMAGE DIR [BUILD-ARG...]: podman build of DIR's Containerfile unless its recipe is unchanged
build() {
  local image=$1 dir=$2 hash t
  shift 2
  hash=$(recipe_hash "$dir")-$(podman image inspect --format '{{.Id}}' "$BASE_DEBIAN" | cut -c1-12)
  if ! $rebuild && [ "$(image_label "$image" tk.recipe)" = "$hash" ]; then
    log "$image is up to date"
    return 0
  fi
  t=$(now_ms)
  podman build -q --format docker --label "tk.recipe=$hash" "$@" -t "$image" "$dir" >/dev/null
  log "built $image in $(secs_since "$t") s"
}

# the Liberty runtime zip: the one the Maven build downloads into the local repository
liberty_zip() {
  local zip=$HOME/.m2/repository/io/openliberty/openliberty-runtime/$LIBERTY_VERSION/openliberty-runtime-$LIBERTY_VERSION.zip
  if [ ! -s "$zip" ]; then
    log "fetching openliberty-runtime $LIBERTY_VERSION from Maven Central"
    mvn -B -q dependency:get -Dartifact="io.openliberty:openliberty-runtime:$LIBERTY_VERSION:zip" >/dev/null
  fi
  echo "$zip"
}

debian_base
build "$BASE_JRE" "$TK_CONTAINERS_DIR/bases/jre" --build-arg "DEBIAN_IMAGE=$BASE_DEBIAN"
ctx=$CACHE/liberty-context
rm -rf "$ctx" && mkdir -p "$ctx"
cp -r "$TK_CONTAINERS_DIR/bases/liberty/." "$ctx/"
# a hard link (same file system) or a copy: the build context must hold the zip
ln "$(liberty_zip)" "$ctx/openliberty-runtime.zip" 2>/dev/null || cp "$(liberty_zip)" "$ctx/openliberty-runtime.zip"
build "$BASE_LIBERTY" "$ctx" --build-arg "JRE_IMAGE=$BASE_JRE"
build "$BASE_NGINX" "$TK_CONTAINERS_DIR/bases/nginx" --build-arg "DEBIAN_IMAGE=$BASE_DEBIAN"
# earlier builds of a recipe, now untagged
podman image prune -f --filter label=tk.recipe >/dev/null 2>&1 || true
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep tk-local/ | sort
