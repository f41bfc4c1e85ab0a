#!/usr/bin/env bash
# Set up (if needed) and start Plan Browser on the bundled database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh gui
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: listing the library instead of opening the window."
  exec .venv/bin/plan-browser list
fi
exec .venv/bin/plan-browser "$@"
