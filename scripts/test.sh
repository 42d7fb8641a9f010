#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors and runs
# every test. Works headless (no display, no sound card), as CI runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
source tools/headless.sh
ensure_runtime_dir
cmake --workflow --preset ci
# The whole suite again under AddressSanitizer + UBSan (widget tests offscreen
# included); tests/lsan.supp lists the reviewed leaks of Qt and its libraries.
cmake --workflow --preset asan
# Every parser of outside input under libFuzzer with ASan + UBSan, 60 s each.
tests/fuzz/run-fuzzers.sh
