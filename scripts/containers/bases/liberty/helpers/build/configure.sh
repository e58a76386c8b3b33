#!/usr/bin/env bash
# Local base's configure.sh: the official one also warms up OpenJ9's shared class cache, which a
# HotSpot JVM has no use for. What is left: a first start that expands the configuration and
# checks that the server starts at all, then an empty output directory (tmpfs at run time).
set -euo pipefail
case "${1:-}" in -h | --help) echo "Usage: configure.sh   (image build step)"; exit 0 ;; esac
rm -rf /opt/ol/wlp/output/defaultServer/workarea
echo "configure.sh (local base): nothing to optimise for HotSpot"
