#!/usr/bin/env bash
# Local base's entrypoint, as the official image's: prepare the output directory, then run the command.
set -euo pipefail
case "${1:-}" in -h | --help) echo "Usage: docker-server.sh COMMAND [ARG...]"; exit 0 ;; esac
mkdir -p "${WLP_OUTPUT_DIR:-/opt/ol/wlp/output}/defaultServer" "${LOG_DIR:-/logs}"
exec "$@"
