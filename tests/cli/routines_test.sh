#!/usr/bin/env bash
# Routines on the command line, each profile a fresh private home:
# list, plan by name, id and file, export then import into a fresh profile
# (the same --plan --json), keep both and --replace, and refusals that name
# the file and write nothing.
#   routines_test.sh LIMBER DATA_DIR
set -euo pipefail
limber=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
fail() { echo "FAIL: $*" >&2; exit 1; }

profile() { # profile NAME: use a fresh home
    export XDG_DATA_HOME="$work/$1/data" XDG_CONFIG_HOME="$work/$1/config" HOME="$work/$1"
    export XDG_RUNTIME_DIR="$work/$1/runtime"
    mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
    mkdir -p -m 700 "$XDG_RUNTIME_DIR"
}
run() { # run EXPECTED_EXIT ARGS...: output in $out
    local expected=$1 status=0
    shift
    out=$("$limber" "$@" 2>&1) || status=$?
    [[ $status -eq $expected ]] || fail "limber $* exited $status, expected $expected:"$'\n'"$out"
}
expect() { grep -Eq -- "$1" <<<"$out" || fail "expected /$1/ in:"$'\n'"$out"; }

profile first
routines="$XDG_DATA_HOME/limber/limber/routines"
mkdir -p "$routines"
cp "$data/lower-back-evenings.json" "$routines/"

run 0 --list
expect 'Your routines:'
expect 'Lower back, evenings  \[lower-back-evenings\]  3 exercises, [0-9]+ min'
expect 'Cobra stretch  \[cobra\]'

run 0 --plan lower-back-evenings --json
by_id=$out
expect '"routine": \{'
expect '"name": "Lower back, evenings"'
run 0 --plan "lower back, evenings" --json
[[ $out == "$by_id" ]] || fail "the plan by name differs from the plan by id"
run 0 --plan "$data/lower-back-evenings.json" --json
[[ $out == "$by_id" ]] || fail "the plan of the file differs from the plan by id"
run 0 --plan lower-back-evenings
expect 'Lower back, evenings  \[lower-back-evenings\]'
expect 'knee-to-chest'
# A region keeps its meaning.
run 0 --plan lower-back
expect 'Total: 3 min'

run 0 --export-routine lower-back-evenings "$work/shared.limber"
expect 'wrote the routine "Lower back, evenings"'
head -c 40 "$work/shared.limber" | grep -q '{"format": "limber-archive"' || fail "the archive does not start with its format"

profile second
run 0 --import "$work/shared.limber"
expect 'imported the routine as \[lower-back-evenings\]'
run 0 --plan lower-back-evenings --json
[[ $out == "$by_id" ]] || fail "the imported routine plans differently"

# An archive with an exercise of its own and its picture (a bare "limber FILE.limber"
# opens the window's import preview instead: tests/app/startup).
run 0 --import "$data/hips.limber"
expect 'exercise Glute bridge \[bridge\]'
expect 'imported the routine as \[hips\]'
[[ -f "$XDG_DATA_HOME/limber/limber/catalog/images/bridge.png" ]] || fail "the picture was not installed"
run 0 --list
expect 'Glute bridge  \[bridge\]'
expect 'Hips  \[hips\]  2 exercises'
run 0 --import "$data/hips.limber"
expect 'kept both: the new routine is \[hips-2\]'
expect 'exercise \[bridge-2\] installed'
run 0 --import "$data/hips.limber" --replace
expect 'replaced the routine \[hips\]'
run 0 --plan hips-2
expect 'bridge-2'

# Refusals: the file is named, the exit status is not 0, nothing is written.
before=$(find "$XDG_DATA_HOME" -type f | sort | xargs md5sum)
head -c 300 "$data/hips.limber" >"$work/cut.limber"
run 1 --import "$work/cut.limber"
expect "cut.limber: the file is damaged or incomplete"
sed 's/"version": 1,/"version": 9,/' "$data/hips.limber" >"$work/newer.limber"
run 1 --import "$work/newer.limber"
expect 'newer.limber: this archive was made by a newer Limber \(archive version 9\)'
sed 's#images/bridge.png#../../escape.png#' "$data/hips.limber" >"$work/climb.limber"
run 1 --import "$work/climb.limber"
expect 'climb.limber: pictures\[0\]\.path: .*outside the catalog folder'
run 1 --import "$work/missing.limber"
expect 'missing.limber: file not found'
run 1 --plan "$data/out-of-bounds.json"
expect 'out-of-bounds.json: exercises\[0\]\.holdSeconds: must be between 3 and 120 seconds'
after=$(find "$XDG_DATA_HOME" -type f | sort | xargs md5sum)
[[ $before == "$after" ]] || fail "a refused file changed the profile"
[[ ! -e "$work/escape.png" ]] || fail "a picture climbed out"
run 2 --export-routine nothing-like-it "$work/x.limber"
expect 'no saved routine called "nothing-like-it"'
run 2 --export-routine hips
expect 'export-routine takes a routine and the file to write'

# --start of a routine file runs it with its own doses: the knee-to-chest's
# 20 s holds and 5 s rests, not the catalog's 30 s and 10 s (the step lines
# are in session time, whatever the time scale).
profile start
run 0 --start "$data/lower-back-evenings.json" --time-scale 40 --quit-at-end
expect 'step 1 kind=hold exercise=knee-to-chest set=1/3 .* scheduled_ms=5000 '
expect 'step 2 kind=rest exercise=knee-to-chest set=1/3 .* scheduled_ms=25000 '
expect 'step 3 kind=hold exercise=knee-to-chest set=2/3 .* scheduled_ms=30000 '

echo "routines on the command line: ok"
