#!/usr/bin/env bash
# Set up and run the whole test suite: pytest, ruff and mypy.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -q
.venv/bin/ruff check studyapp tests benchmarks
.venv/bin/mypy
