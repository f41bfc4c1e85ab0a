#!/usr/bin/env bash
# Set up everything Plan Browser needs on a fresh Debian/Ubuntu machine:
# the system libraries Qt loads, a Simplified Chinese font, poppler (PDF checks),
# and a virtual environment with the pinned Python packages.
# Usage: bash scripts/setup.sh [extras]   (extras default: gui,test)
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-gui,test}"

apt_packages="libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-wqy-microhei poppler-utils"
missing=""
for pkg in $apt_packages; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "Installing system packages:$missing"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[${extras}]"
