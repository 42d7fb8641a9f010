#!/usr/bin/env bash
# Renders every key pose of every exercise, labelled, in a light and a dark
# palette (plus the 120 px card still) into docs/poses.png: the sheet the pose
# artwork in resources/poses/poses.json is reviewed on.
#
# Usage: tools/pose-contact-sheet.sh [build-dir] [-- extra tool options]
#   e.g. tools/pose-contact-sheet.sh build/pose -- --only cat-cow --cell 640x480
# (default build dir: build/pose; default output: docs/poses.png)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/pose"
if [[ $# -gt 0 && "$1" != "--" ]]; then
    build="$1"
    shift
fi
[[ "${1:-}" == "--" ]] && shift

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" --target limber_pose_sheet

source "$root/tools/headless.sh"
ensure_runtime_dir

mkdir -p "$root/docs"
# Offscreen is enough: the sheet is painted into an image, not onto a screen.
QT_QPA_PLATFORM=offscreen "$build/tools/limber_pose_sheet" "$root/docs/poses.png" "$@"
echo "wrote $root/docs/poses.png"
