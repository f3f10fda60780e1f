#!/usr/bin/env bash
# Set up .venv and launch the desktop app. Extra arguments go to `studyapp` (e.g. --db FILE, --study).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/studyapp "$@"
