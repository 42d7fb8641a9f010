#!/usr/bin/env bash
# Builds the fuzz preset and runs every libFuzzer target for a bounded time.
# Any crash, hang, leak or sanitizer report fails the run.
#   LIMBER_FUZZ_SECONDS=600 tests/fuzz/run-fuzzers.sh   # a longer run
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${LIMBER_FUZZ_SECONDS:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in catalog target settings routine archive; do
    # Copy the seed corpus so new inputs found in this run do not pile up in the repo.
    cp -r "tests/fuzz/corpus/$target" "$work/$target"
    echo "fuzzing ${target} for ${seconds} s"
    (cd "$work" && "$OLDPWD/build/fuzz/tests/fuzz/${target}_fuzzer" "$work/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 2>"$work/$target.log") || { tail -60 "$work/$target.log"; exit 1; }
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$target.log" | sed "s/^/  ${target}: /"
done
echo "fuzzing: no crash, hang or sanitizer report"
