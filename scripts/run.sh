#!/usr/bin/env bash
# Set up and run the app's main job: build the question bank from content/sources and check it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/studyapp bank build
.venv/bin/studyapp bank check
