#!/usr/bin/env bash
# Builds the fuzz preset and runs every libFuzzer target for a bounded time,
# as many side by side as there are cores (CI has two: three rounds).
# Any crash, hang, leak or sanitizer report fails the run.
#   LIMBER_FUZZ_SECONDS=600 tests/fuzz/run-fuzzers.sh   # a longer run
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${LIMBER_FUZZ_SECONDS:-45}
side_by_side=${LIMBER_FUZZ_JOBS:-$(nproc)}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fuzz() {
    local target=$1
    # Copy the seed corpus so new inputs found in this run do not pile up in the repo.
    cp -r "tests/fuzz/corpus/$target" "$work/$target"
    (cd "$work" && "$root/build/fuzz/tests/fuzz/${target}_fuzzer" "$work/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 2>"$work/$target.log")
}

targets=(catalog target settings routine archive workrave)
failed=()
for ((first = 0; first < ${#targets[@]}; first += side_by_side)); do
    round=("${targets[@]:first:side_by_side}")
    echo "fuzzing ${round[*]} for ${seconds} s"
    pids=()
    for target in "${round[@]}"; do
        fuzz "$target" &
        pids+=($!)
    done
    for index in "${!round[@]}"; do
        target=${round[$index]}
        if wait "${pids[$index]}"; then
            grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$target.log" | sed "s/^/  ${target}: /"
        else
            echo "--- ${target}: the fuzzer found a problem"
            tail -60 "$work/$target.log"
            failed+=("$target")
        fi
    done
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzzing: ${failed[*]} failed"
    exit 1
fi
echo "fuzzing: no crash, hang or sanitizer report"
