#!/usr/bin/env bash
# Builds the screenshot tool and photographs every state of the main window
# into docs/screenshots/ under a private virtual X server, so real fonts render.
#
# Usage: tools/screenshots.sh [build-dir]   (default: build/screenshots)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/screenshots}"
cd "$root"
source tools/headless.sh
require_tools Xvfb xdpyinfo

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" --target limber_screenshots

start_private_display
trap stop_private_display EXIT
"$build/tools/limber_screenshots" "$root/docs/screenshots"
