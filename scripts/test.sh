#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors and runs
# every test. Works headless (no display, no sound card), as CI runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
source tools/headless.sh
ensure_runtime_dir
# Tests run side by side, one per core; the few that must be alone (the
# real-time audio tests) say so with RUN_SERIAL, and the gtest programs that
# share a home folder with RESOURCE_LOCK.
export CTEST_PARALLEL_LEVEL=${CTEST_PARALLEL_LEVEL:-$(nproc)}
cmake --workflow --preset ci
# The whole suite again under AddressSanitizer + UBSan (widget tests offscreen
# included); tests/lsan.supp lists the reviewed leaks of Qt and its libraries.
# The checks that read files rather than run code (packaging, translations,
# layers) and the 200 s real-time voice test ran above and are not repeated.
cmake --workflow --preset asan
# Every parser of outside input under libFuzzer with ASan + UBSan, 45 s each,
# one per core.
tests/fuzz/run-fuzzers.sh
