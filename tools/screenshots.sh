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
cmake --build "$build" --target limber_screenshots limber

start_private_display
trap stop_private_display EXIT
"$build/tools/limber_screenshots" "$root/docs/screenshots"

# The handout's first page as a patient gets it on paper (README, "A handout
# to print"): written with no window, rendered by poppler like a print preview.
require_tools pdftoppm
handout=$(mktemp -d)
XDG_CONFIG_HOME="$handout" XDG_DATA_HOME="$handout" QT_QPA_PLATFORM=offscreen \
    "$build/app/limber" --pdf lower-back "$handout/handout.pdf" --page-size a4 --lang en >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$handout/handout.pdf" "$root/docs/screenshots/handout"
rm -rf "$handout"
