#!/usr/bin/env bash
# `limber --start ROUTINE` handed to the Limber already running runs the
# routine with its own doses, as a --start of a first Limber does: the
# knee-to-chest's 20 s holds and 5 s rests, not the catalog's 30 s and 10 s
# (step lines are in session time, whatever the time scale). Saved routines
# by id and routine files by path both.
#   routine_forward_test.sh LIMBER DATA_DIR
limber=$1
data=$2
source "$(dirname "$0")/../faults/lib.sh"

routines="$XDG_DATA_HOME/limber/limber/routines"
mkdir -p "$routines"
cp "$data/lower-back-evenings.json" "$routines/"

"$limber" --time-scale 40 >"$work/first.log" 2>&1 &
first=$!; pids+=("$first")
wait_for "$work/first.log" "first frame painted" 30 "$first"

status=0
timeout 10 "$limber" --start lower-back-evenings >"$work/second.log" 2>&1 || status=$?
[[ $status -eq 0 ]] || fail "the second instance exited $status"
expect_line "$work/second.log" "already running; asked it to come forward and start lower-back-evenings"
wait_for "$work/first.log" "second instance: starting knee-to-chest" 10 "$first"
wait_for "$work/first.log" "step 3 kind=" 20 "$first"
expect_line "$work/first.log" "step 1 kind=hold exercise=knee-to-chest set=1/3 .* scheduled_ms=5000 "
expect_line "$work/first.log" "step 2 kind=rest exercise=knee-to-chest set=1/3 .* scheduled_ms=25000 "
expect_line "$work/first.log" "step 3 kind=hold exercise=knee-to-chest set=2/3 .* scheduled_ms=30000 "
echo "PASS"
