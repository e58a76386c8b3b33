#!/usr/bin/env bash
# Local base's features.sh: the official kernel-slim image downloads here the features server.xml
# names; this base holds the full runtime (every feature), so there is nothing to install. A
# missing feature would show at the server's first start (the check's health check).
set -euo pipefail
case "${1:-}" in -h | --help) echo "Usage: features.sh   (image build step)"; exit 0 ;; esac
echo "features.sh (local base): full Open Liberty runtime, nothing to install"
