#!/usr/bin/env bash
# Builds the screenshot tool and photographs every state of the main window
# into docs/screenshots/ under a virtual X server, so real fonts render.
#
# Usage: tools/screenshots.sh [build-dir]   (default: build/screenshots)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/screenshots}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" --target limber_screenshots

if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    XDG_RUNTIME_DIR="$(mktemp -d)"
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
fi

cd "$root"
QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1280x800x24' \
    "$build/tools/limber_screenshots" "$root/docs/screenshots"
