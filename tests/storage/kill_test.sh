#!/usr/bin/env bash
# Crash test for the history (issue 6). Runs the real app through a session,
# kills it with SIGKILL right after it has saved a completed exercise, then
# checks with the sqlite3 tool that the file is intact and that the session
# still holds what was done: "running" on disk, which the next start of
# Limber turns into "interrupted" (checked too) and offers to resume.
#   kill_test.sh path/to/limber
set -euo pipefail

limber=${1:?usage: kill_test.sh path/to/limber}
if ! command -v sqlite3 >/dev/null; then
    echo "SKIP: the sqlite3 tool is not installed (scripts/setup.sh installs it)"
    exit 77
fi

work=$(mktemp -d)
pid=
cleanup() {
    [[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    echo "--- limber's output ---" >&2
    tail -n 40 "$work/limber.log" >&2 || true
    exit 1
}

# A private home for everything the app writes, so nothing of the developer's
# is read or touched.
export QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# A private runtime folder too: Limber is single-instance per runtime folder
# (app/SingleInstance.h), and must not hand this run to a Limber already open.
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

"$limber" --start lower-back --time-scale 20 >"$work/limber.log" 2>&1 &
pid=$!

# The recorder logs this line once the exercise is committed to the file.
saved='history: session [0-9]+ saved exercises_completed=1 '
for ((i = 0; i < 450; ++i)); do
    grep -Eq "$saved" "$work/limber.log" && break
    kill -0 "$pid" 2>/dev/null || fail "limber exited before saving a completed exercise"
    sleep 0.1
done
grep -Eq "$saved" "$work/limber.log" \
    || fail "no '$saved' line after 45 s: is a HistoryRecorder wired into the app?"

kill -9 "$pid"
wait "$pid" 2>/dev/null || true
pid=

db=$(find "$XDG_DATA_HOME" -name history.sqlite -print -quit)
[[ -n "$db" ]] || fail "no history.sqlite under $XDG_DATA_HOME"

integrity=$(sqlite3 "$db" "PRAGMA integrity_check;")
[[ "$integrity" == "ok" ]] || fail "integrity_check of $db says: $integrity"

row=$(sqlite3 -separator ' ' "$db" \
    "SELECT outcome, exercises_completed, steps_completed, total_steps, resume_exercise
     FROM sessions ORDER BY id DESC LIMIT 1;")
[[ -n "$row" ]] || fail "$db holds no session"
read -r outcome exercises steps total resume <<<"$row"
[[ "$outcome" == "running" ]] || fail "the killed session is '$outcome', expected 'running' (interrupted)"
((exercises >= 1)) || fail "the killed session lost its completed exercise: $row"
((steps >= 1 && steps < total)) || fail "the killed session has $steps of $total steps"
((resume >= 1)) || fail "the killed session would resume at exercise $resume"

# The next start of Limber must see the session as interrupted, ready to resume.
"$limber" >"$work/next.log" 2>&1 &
pid=$!
opened='history: opened .*, 1 interrupted\)'
for ((i = 0; i < 300; ++i)); do
    grep -Eq "$opened" "$work/next.log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
pid=
grep -Eq "$opened" "$work/next.log" || { cp "$work/next.log" "$work/limber.log"; fail "the next start did not report the interrupted session"; }
outcome=$(sqlite3 "$db" "SELECT outcome FROM sessions ORDER BY id DESC LIMIT 1;")
[[ "$outcome" == "interrupted" ]] || fail "after the next start the session is '$outcome', expected 'interrupted'"

echo "ok: killed mid-session; $db is intact, and the interrupted session holds $exercises exercise(s), $steps/$total steps"
