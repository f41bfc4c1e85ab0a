#!/usr/bin/env bash
# Set up (if needed) and run every test: first the contracts a tool checks (import layers,
# lint, types), then the Qt-free core in an environment where PySide6 is not installed at
# all, then the whole suite with Qt, offscreen, including tests/frozen, which builds the
# standalone app (about a minute).
# Faster, without the build:  bash scripts/test.sh -m "not frozen"
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh gui,test,build,lint

echo "== import contracts, lint, types =="
.venv/bin/lint-imports
.venv/bin/ruff check app tests bench scripts
.venv/bin/mypy

if [ ! -x .venv-core/bin/python ]; then
  python3 -m venv .venv-core
fi
.venv-core/bin/python -m pip install -q --upgrade pip >/dev/null
.venv-core/bin/python -m pip install -q -e ".[test-core]"
echo "== core tests without Qt installed =="
.venv-core/bin/python -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('PySide6') is not None)"
.venv-core/bin/python -m pytest tests/core tests/db tests/corpus tests/test_cli.py -p no:cacheprovider

echo "== full suite (offscreen Qt) =="
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -p no:cacheprovider "$@"
