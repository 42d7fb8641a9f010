# Shared by the fault tests (sourced, not run): a private home for everything
# Limber reads or writes, and small helpers. Expects $limber to be set.
set -euo pipefail

work=$(mktemp -d)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    chmod -R u+w "$work" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Nothing of the developer's is read or touched, and a Limber already open
# elsewhere never receives our requests (one instance per runtime folder).
export QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
# No sound server: chimes fail quietly (tests/audio covers sound).
export PULSE_SERVER="unix:$work/no-pulse-server"

fail() {
    echo "FAIL: $*" >&2
    local log
    for log in "$work"/*.log; do
        [[ -f "$log" ]] || continue
        echo "--- $(basename "$log") ---" >&2
        tail -n 40 "$log" >&2
    done
    exit 1
}

# wait_for FILE REGEX SECONDS [PID]: until the regex appears in the file.
wait_for() {
    local file=$1 regex=$2 seconds=$3 pid=${4:-} i
    for ((i = 0; i < seconds * 10; ++i)); do
        grep -Eq -- "$regex" "$file" 2>/dev/null && return 0
        if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
            grep -Eq -- "$regex" "$file" 2>/dev/null && return 0
            fail "limber exited before logging '$regex'"
        fi
        sleep 0.1
    done
    fail "no '$regex' in $(basename "$file") after $seconds s"
}

expect_line() { grep -Eq -- "$2" "$1" || fail "$(basename "$1") lacks '$2'"; }
refuse_line() { ! grep -Eq -- "$2" "$1" || fail "$(basename "$1") has '$2'"; }

# A session of pelvic tilts, 50 times faster than real time (about 4 s),
# that quits at its end; prints nothing, sets $status.
run_short_session() {
    local log=$1; shift
    status=0
    timeout 120 "$limber" --start pelvic-tilt --time-scale 50 --quit-at-end "$@" >"$log" 2>&1 || status=$?
}
