#!/usr/bin/env bash
# Local base's configure.sh: the official one warms up OpenJ9's shared class cache (a first server
# start at build time), which a HotSpot JVM has no use for. Left: an empty work area.
set -euo pipefail
case "${1:-}" in -h | --help) echo "Usage: configure.sh   (image build step)"; exit 0 ;; esac
rm -rf /opt/ol/wlp/output/defaultServer/workarea
echo "configure.sh (local base): nothing to optimise for HotSpot"
