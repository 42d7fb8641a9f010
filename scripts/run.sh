#!/usr/bin/env bash
# Installs what is missing, builds Limber (release preset) and launches it.
# Any arguments are passed to limber, e.g. scripts/run.sh --start lower-back
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release --target limber
exec build/release/app/limber "$@"
