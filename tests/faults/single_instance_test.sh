#!/usr/bin/env bash
# A second `limber` brings the running one forward instead of starting a
# second session: with --start while the first is idle on home, the first
# starts that session; while it is busy, it does not. A socket left behind
# by a killed instance is taken over.
#   single_instance_test.sh LIMBER
limber=$1
source "$(dirname "$0")/lib.sh"

"$limber" --time-scale 50 >"$work/first.log" 2>&1 &
first=$!; pids+=("$first")
wait_for "$work/first.log" "first frame painted" 30 "$first"

start_ns=$(date +%s%N)
status=0
timeout 10 "$limber" --start lower-back >"$work/second.log" 2>&1 || status=$?
elapsed_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
echo "second instance: exit $status after $elapsed_ms ms"
[[ $status -eq 0 ]] || fail "the second instance exited $status"
(( elapsed_ms < 5000 )) || fail "the second instance took $elapsed_ms ms"
expect_line "$work/second.log" "already running; asked it to come forward and start lower-back"
refuse_line "$work/second.log" "first frame painted"

wait_for "$work/first.log" "second instance: request received \(start: knee-to-chest,pelvic-tilt\)" 10 "$first"
wait_for "$work/first.log" "second instance: starting knee-to-chest,pelvic-tilt" 10 "$first"
wait_for "$work/first.log" "step 1 kind=" 10 "$first"

# Busy now: a third asks for another session, which must not replace this one.
status=0
timeout 10 "$limber" --start cobra >"$work/third.log" 2>&1 || status=$?
[[ $status -eq 0 ]] || fail "the third instance exited $status"
wait_for "$work/first.log" "second instance: not starting cobra: this window is busy" 10 "$first"
refuse_line "$work/first.log" "exercise=cobra"

# Killed without a chance to clean up, the first leaves its socket behind;
# the next Limber must take it over, not forward into nothing.
kill -9 "$first"
wait "$first" 2>/dev/null || true
socket=$(find "$XDG_RUNTIME_DIR" -name 'limber*.socket')
[[ -n "$socket" ]] || fail "no socket left behind in $XDG_RUNTIME_DIR"
"$limber" >"$work/fourth.log" 2>&1 &
fourth=$!; pids+=("$fourth")
wait_for "$work/fourth.log" "first frame painted" 30 "$fourth"
status=0
timeout 10 "$limber" >"$work/fifth.log" 2>&1 || status=$?
[[ $status -eq 0 ]] || fail "the fifth instance exited $status"
wait_for "$work/fourth.log" "second instance: request received \(start: nothing\)" 10 "$fourth"
echo "PASS"
