#!/usr/bin/env bash
# podman, as podman-compose 1.0.3 (Debian 12) calls it (--podman-path): that version adds
# "--net <project>_default --network-alias <service>" to every container, even one with a
# network_mode, and the later --net wins. For a container with --network host or slirp4netns this
# drops those two options; everything else goes to podman unchanged. (podman-compose 1.0.4+ leaves
# the network alone when network_mode is set.)
set -euo pipefail
case "${1:-}" in
  -h | --help) echo "Usage: podman-network-mode.sh PODMAN-ARGS... (see the comment at the top)"; exit 0 ;;
esac
args=("$@")
mode=""
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[i]}" = --network ]; then mode=${args[i + 1]:-}; fi
done
case "$mode" in
  host | slirp4netns*) ;;
  *) exec podman "$@" ;;
esac
out=()
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --net | --network-alias) i=$((i + 1)) ;;
    *) out+=("${args[i]}") ;;
  esac
done
exec podman "${out[@]}"
