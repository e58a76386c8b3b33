#!/usr/bin/env bash
# Local base's entrypoint, doing what the official image's 20-envsubst-on-templates.sh does:
# every /etc/nginx/templates/*.template becomes /etc/nginx/conf.d/<name> with the environment's
# variables filled in (only variables that are set, so nginx's own $variables stay).
set -euo pipefail
case "${1:-}" in -h | --help) echo "Usage: docker-entrypoint.sh COMMAND [ARG...]"; exit 0 ;; esac
if [ "${1:-}" = nginx ] && [ -d /etc/nginx/templates ]; then
  # "${A} ${B} ...": the names envsubst may replace
  defined_envs=$(env | cut -d= -f1 | sed 's/.*/${&}/' | tr '\n' ' ')
  for template in /etc/nginx/templates/*.template; do
    [ -f "$template" ] || continue
    output=/etc/nginx/conf.d/$(basename "$template" .template)
    if [ -w /etc/nginx/conf.d ]; then
      envsubst "$defined_envs" <"$template" >"$output"
      echo "docker-entrypoint.sh: rendered $template to $output"
    else
      echo "docker-entrypoint.sh: /etc/nginx/conf.d is not writable, $template not rendered" >&2
    fi
  done
fi
exec "$@"
