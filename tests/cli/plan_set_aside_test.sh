#!/usr/bin/env bash
# limber --plan for a region follows home's rule: an exercise set aside
# because it made the pain sharper is left out, the next fitting one of the
# region comes instead, and the output says so. Naming the exercise still
# plans it. Reading the history changes nothing in it.
#   plan_set_aside_test.sh path/to/limber
set -euo pipefail

limber=${1:?usage: plan_set_aside_test.sh path/to/limber}
if ! command -v sqlite3 >/dev/null; then
    echo "SKIP: the sqlite3 tool is not installed (scripts/setup.sh installs it)"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
db="$XDG_DATA_HOME/limber/limber/history.sqlite"
mkdir -p "$(dirname "$db")"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Nothing set aside, no history file: the region's own suggestions, and no file is made.
out=$("$limber" --plan lower-back)
grep -q "Knee-to-chest stretch, Pelvic tilt" <<<"$out" || fail "without marks: $out"
[[ ! -e "$db" ]] || fail "--plan made a history file"

# The set-aside table as schema 4 has it, with knee-to-chest set aside and cobra lifted.
sqlite3 "$db" "CREATE TABLE set_aside (id INTEGER PRIMARY KEY AUTOINCREMENT, exercise_id TEXT NOT NULL,
    marked_at INTEGER NOT NULL, session_id INTEGER, lifted_at INTEGER);
  INSERT INTO set_aside (exercise_id, marked_at) VALUES ('knee-to-chest', 1795000000000);
  INSERT INTO set_aside (exercise_id, marked_at, lifted_at) VALUES ('pelvic-tilt', 1795000000000, 1795000100000);
  PRAGMA user_version = 4;"
before=$(sha256sum "$db")

out=$("$limber" --plan lower-back)
grep -q "^Set aside: Knee-to-chest stretch" <<<"$out" || fail "no 'Set aside' line: $out"
grep -q "Piriformis stretch, Pelvic tilt" <<<"$out" || fail "not the next fitting one: $out"
grep -q "knee-to-chest  " <<<"$out" && fail "a set-aside exercise was planned: $out"

json=$("$limber" --plan lower-back --json)
grep -q '"set_aside": \[' <<<"$json" || fail "no set_aside in JSON: $json"
grep -A2 '"set_aside"' <<<"$json" | grep -q '"knee-to-chest"' || fail "JSON does not name it: $json"

out=$("$limber" --plan knee-to-chest)
grep -q "^Knee-to-chest stretch - " <<<"$out" || fail "naming it should plan it: $out"
grep -q "Set aside" <<<"$out" && fail "naming it is a deliberate choice: $out"

[[ "$(sha256sum "$db")" == "$before" ]] || fail "--plan changed the history file"
echo "ok"
