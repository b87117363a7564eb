#!/usr/bin/env bash
# Installs what the browser tests need, from Debian's packages: Chromium, its driver, and CJK fonts so that
# Chinese pages render as readers see them. Does nothing when they are already there.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-browser: run as root (or install chromium, chromium-driver and fonts-noto-cjk yourself)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
chromium --version
