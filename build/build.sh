#!/usr/bin/env bash
# Build the standalone app with PyInstaller: one folder in dist/plan-browser/ (default),
# or one file dist/plan-browser with --onefile. PyInstaller's work folder goes outside the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
[ -x "$python" ] || { bash scripts/setup.sh gui,test; python=.venv/bin/python; }
"$python" -m pip install -q "pyinstaller==6.22.3"
"$python" scripts/translations.py >/dev/null 2>&1 || true

# Bundle a Simplified Chinese font if the build machine has one (fonts-wqy-microhei: Apache 2.0).
mkdir -p build/fonts
for font in /usr/share/fonts/truetype/wqy/wqy-microhei.ttc /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc; do
  if [ -f "$font" ]; then cp "$font" build/fonts/; break; fi
done

work="${PLAN_BROWSER_WORK:-${TMPDIR:-/tmp}/plan-browser-pyinstaller}"
if [ "${1:-}" = "--onefile" ]; then export PLAN_BROWSER_ONEFILE=1; fi
"$python" -m PyInstaller --noconfirm --clean --log-level WARN --workpath "$work" --distpath dist build/plan-browser.spec
echo "Built: $(ls -d dist/plan-browser*) ($(du -sh dist/plan-browser | cut -f1))"
