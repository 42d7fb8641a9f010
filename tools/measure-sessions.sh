#!/usr/bin/env bash
# What a running session costs, for two or more builds side by side in one
# run: the same three sessions as `tools/measure.sh --peers` (shoulder rolls:
# continuous movement; child's pose: a still hold; lower back: a mixed
# session), each build in turn (A B A B ...), so the machine's drift falls on
# all of them alike. Prints the median % of a core and wake-ups a second of
# each build's process tree (all threads), and each build's ratio to the first.
#
#   tools/measure-sessions.sh BUILD_DIR [BUILD_DIR...]    (N=5 rounds)
#   SESSION_SECONDS=20 N=3 tools/measure-sessions.sh build/before build/ci
#   A label=ENV=VALUE:BUILD_DIR argument runs that build with ENV set, e.g.
#   noshm=QT_XCB_NO_MITSHM=1:build/ci
#   ROWS="moving" measures only some of the rows (moving, hold, mixed), for a
#   quicker look at one kind of session.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/headless.sh
(($# >= 1)) || { echo "usage: $0 BUILD_DIR [BUILD_DIR...]" >&2; exit 2; }
runs=${N:-5}
session_s=${SESSION_SECONDS:-20}
rows=${ROWS:-moving hold mixed}
require_tools Xvfb xdpyinfo dbus-daemon
start_private_display
bus_pid=
cleanup() {
    [[ -n "$bus_pid" ]] && kill "$bus_pid" 2>/dev/null
    stop_private_display
}
trap cleanup EXIT
dbus-daemon --session --fork --print-address=3 --print-pid=4 3>"$work/bus.address" 4>"$work/bus.pid"
bus_pid=$(cat "$work/bus.pid")
DBUS_SESSION_BUS_ADDRESS=$(cat "$work/bus.address")
export DBUS_SESSION_BUS_ADDRESS

labels=() binaries=() envs=()
for spec in "$@"; do
    label=$spec env_setting=
    if [[ "$spec" == *=*:* ]]; then
        label=${spec%%=*}
        env_setting=${spec#*=}
        env_setting=${env_setting%%:*}
        spec=${spec##*:}
    fi
    require_limber "$spec"
    labels+=("$label") binaries+=("$limber") envs+=("$env_setting")
done

ticks=$(getconf CLK_TCK)
tree() {
    local p
    echo "$1"
    for p in $(pgrep -P "$1" || true); do tree "$p"; done
}
sum_tree() { # pid cpu|switches
    local p total=0 v
    for p in $(tree "$1"); do
        case $2 in
        cpu) v=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) ;;
        switches) v=$(cat /proc/"$p"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {s += $2} END {print s + 0}') ;;
        esac
        total=$((total + ${v:-0}))
    done
    echo "$total"
}
activity() { # pid seconds: "cpu_percent wakeups_per_second"
    local c0 s0 c1 s1
    c0=$(sum_tree "$1" cpu); s0=$(sum_tree "$1" switches)
    sleep "$2"
    c1=$(sum_tree "$1" cpu); s1=$(sum_tree "$1" switches)
    awk -v c="$((c1 - c0))" -v s="$((s1 - s0))" -v t="$ticks" -v d="$2" \
        'BEGIN {w = s / d; if (w < 0) w = 0; printf "%.3f %.2f\n", 100 * c / t / d, w}'
}

declare -A figures
session_row() { # build_index name lead_in_seconds seconds limber-arguments...
    local index=$1 name=$2 lead=$3 seconds=$4 pid
    shift 4
    rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
    mkdir -p "$XDG_CONFIG_HOME/limber" "$XDG_DATA_HOME" # no pain check-in waiting for an answer
    printf '[session]\npain_check_in=false\n' >"$XDG_CONFIG_HOME/limber/limber.conf"
    if [[ -n "${envs[$index]}" ]]; then
        env "${envs[$index]}" "${binaries[$index]}" "$@" >"$work/$name.log" 2>&1 </dev/null &
    else
        "${binaries[$index]}" "$@" >"$work/$name.log" 2>&1 </dev/null &
    fi
    pid=$!
    sleep "$lead"
    read -r cpu wake < <(activity "$pid" "$seconds")
    figures[$index.$name.cpu]+="$cpu "
    figures[$index.$name.wakeups]+="$wake "
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

echo "measuring ${labels[*]}: $runs rounds, sessions of ${session_s} s" >&2
for run in $(seq "$runs"); do
    for index in "${!labels[@]}"; do
        [[ " $rows " == *" moving "* ]] && session_row "$index" moving 8 "$session_s" --start shoulder-rolls
        [[ " $rows " == *" hold "* ]] && session_row "$index" hold 11 "$((session_s * 3 / 4))" --start childs-pose
        [[ " $rows " == *" mixed "* ]] && session_row "$index" mixed 8 "$((session_s * 3))" --start lower-back
    done
    echo "round $run done" >&2
done

median() { printf '%s\n' $1 | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
printf '%-8s %-10s %10s %12s %10s %10s   %s\n' session build "% core" "wake-ups/s" "cpu ratio" "wake ratio" "samples (% core)"
for name in $rows; do
    base_cpu=$(median "${figures[0.$name.cpu]}")
    base_wake=$(median "${figures[0.$name.wakeups]}")
    for index in "${!labels[@]}"; do
        cpu=$(median "${figures[$index.$name.cpu]}")
        wake=$(median "${figures[$index.$name.wakeups]}")
        awk -v n="$name" -v l="${labels[$index]}" -v c="$cpu" -v w="$wake" -v bc="$base_cpu" -v bw="$base_wake" \
            -v s="${figures[$index.$name.cpu]}" 'BEGIN {
                printf "%-8s %-10s %10.3f %12.2f %10.2f %10.2f   %s\n", n, l, c, w,
                    (bc > 0 ? c / bc : 0), (bw > 0 ? w / bw : 0), s }'
    done
done
