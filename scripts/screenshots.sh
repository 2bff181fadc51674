#!/usr/bin/env bash
# Renders docs/screenshots/*.png (the README's) from the dashboard on the demo
# cluster, offscreen: build, then tests/screenshots/make_screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
QT_QPA_PLATFORM=offscreen build/dev/tests/make_screenshots docs/screenshots "${1:-20}"
ls -l docs/screenshots
