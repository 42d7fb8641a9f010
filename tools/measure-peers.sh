#!/usr/bin/env bash
# `tools/measure.sh --peers [BUILD_DIR]`: Limber side by side with the break
# apps people know (Workrave, Safe Eyes, RSIBreak) and the floor (a trivial Qt 6
# Widgets window, tools/qt-floor.cpp; and home's words and type sizes in plain
# Qt widgets, tools/qt-home-floor.cpp) in one run of one harness, because this
# machine's speed drifts from hour to hour: only ratios within a run compare.
#
# Every app is started by the same stopwatch (tools/first-map.c: fork to its
# first mapped top-level window, no window manager) on one private Xvfb and
# D-Bus session bus. Figures for the whole process tree:
#   first window      N runs, median (and the ratio to the floor and the best peer)
#   PSS / RSS         5 s after the start (N runs) and 65 s (after the idle minute)
#   idle              CPU share of a core and wake-ups (context switches) a second
#                     over IDLE_SECONDS (60) after the first 5 s, window as the app opens
#   tray              Limber --tray, reminders on, a tray host running (TRAY_SECONDS, 60);
#                     then the same after its window was opened and closed (openbox)
#   session / break   Limber: shoulder rolls (moving), a still hold (child's pose),
#                     a mixed session (lower back); Safe Eyes: its break screen
#                     (--take-break); SESSION_SECONDS (20) each, N runs
# Workrave and RSIBreak open no break screen on request from a script here
# (no command for it that works without their own settings); their idle row
# is what they cost between breaks.
#
# APPS="floor limber safeeyes" measures only those; SESSION_RUNS (N) the session rows.
# Only the tray rows: N=0 SESSION_RUNS=0 APPS=limber (TRAY_SECONDS=5 for memory alone).
# PEERS_LOGS=DIR keeps every app's output there.
# The peers are installed here when missing (as root), not by scripts/setup.sh:
# CI never measures.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/headless.sh
runs=${N:-3}
idle_s=${IDLE_SECONDS:-60}
session_s=${SESSION_SECONDS:-20}
tray_s=${TRAY_SECONDS:-60}
require_limber "${1:-build/release}"
ensure_packages workrave safeeyes rsibreak trayer openbox wmctrl xvfb x11-utils dbus gcc g++ pkg-config libxcb1-dev
require_tools Xvfb xdpyinfo trayer openbox wmctrl dbus-daemon cc g++ pkg-config
start_private_display
bus_pid=
tray_host='' wm=''
cleanup() {
    [[ -n "${PEERS_LOGS:-}" ]] && mkdir -p "$PEERS_LOGS" && cp "$work"/*.log "$PEERS_LOGS/" 2>/dev/null
    [[ -n "$tray_host" ]] && kill "$tray_host" 2>/dev/null
    [[ -n "$wm" ]] && kill "$wm" 2>/dev/null
    [[ -n "$bus_pid" ]] && kill "$bus_pid" 2>/dev/null
    stop_private_display
}
trap cleanup EXIT
dbus-daemon --session --fork --print-address=3 --print-pid=4 3>"$work/bus.address" 4>"$work/bus.pid"
bus_pid=$(cat "$work/bus.pid")
DBUS_SESSION_BUS_ADDRESS=$(cat "$work/bus.address")
# Safe Eyes will not start without a system bus (it listens for suspend): the
# private bus stands in for it, for every app alike.
DBUS_SYSTEM_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS
export DBUS_SESSION_BUS_ADDRESS DBUS_SYSTEM_BUS_ADDRESS

cc -O2 -o "$work/first-map" tools/first-map.c -lxcb
# shellcheck disable=SC2046
g++ -O2 -fPIC -std=c++17 -o "$work/qt-floor" tools/qt-floor.cpp $(pkg-config --cflags --libs Qt6Widgets)
# shellcheck disable=SC2046
g++ -O2 -fPIC -std=c++17 -o "$work/qt-home-floor" tools/qt-home-floor.cpp $(pkg-config --cflags --libs Qt6Widgets)

ticks=$(getconf CLK_TCK)
tree() { # the pid and its descendants
    local p
    echo "$1"
    for p in $(pgrep -P "$1" || true); do tree "$p"; done
}
sum_tree() { # awk_program_over_files pid: sums a figure over the tree
    local pid=$1 what=$2 p total=0 v
    for p in $(tree "$pid"); do
        case $what in
        pss) v=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0) ;;
        rss) v=$(awk '/^Rss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0) ;;
        cpu) v=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) ;;
        switches) v=$(cat /proc/"$p"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {s += $2} END {print s + 0}') ;;
        esac
        total=$((total + ${v:-0}))
    done
    echo "$total"
}
mb() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
# Prints "cpu_percent wakeups_per_second" for the tree over $2 seconds. Threads
# that end during the sample take their switches with them: sampled past start-up.
activity() {
    local pid=$1 seconds=$2 c0 s0 c1 s1
    c0=$(sum_tree "$pid" cpu); s0=$(sum_tree "$pid" switches)
    sleep "$seconds"
    c1=$(sum_tree "$pid" cpu); s1=$(sum_tree "$pid" switches)
    awk -v c="$((c1 - c0))" -v s="$((s1 - s0))" -v t="$ticks" -v d="$seconds" \
        'BEGIN {d2 = s / d; if (d2 < 0) d2 = 0; printf "%.3f %.2f\n", 100 * c / t / d, d2}'
}
stop_tree() {
    local pids
    pids=$(tree "$1")
    # shellcheck disable=SC2086
    kill $pids 2>/dev/null || true
    sleep 1
    # shellcheck disable=SC2086
    kill -9 $pids 2>/dev/null || true
}

declare -A figures
record() { figures[$1]+="$2 "; }
read -r -a apps <<<"${APPS:-floor homefloor limber workrave safeeyes rsibreak}"
command_of() {
    case $1 in
    floor) echo "$work/qt-floor" ;;
    homefloor) echo "$work/qt-home-floor" ;;
    limber) echo "$limber" ;;
    *) echo "$1" ;;
    esac
}
# Safe Eyes copies its defaults into its folders without making them first.
fresh_home() {
    rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$HOME_DIR"
    mkdir -p "$XDG_CONFIG_HOME/safeeyes/style" "$XDG_DATA_HOME" "$HOME_DIR"
}
HOME_DIR="$work/home"
export HOME="$HOME_DIR"

# One start: first window, memory at 5 s; with $2 = idle, the idle minute and memory at 65 s.
start_app() {
    local app=$1 mode=$2 result pid ms t0
    fresh_home
    t0=$SECONDS
    # shellcheck disable=SC2046
    result=$("$work/first-map" 10000 $(command_of "$app") 2>"$work/$app.log" </dev/null)
    pid=${result%% *}; ms=${result#* }
    [[ "$ms" != none ]] && record "$app.first_window_ms" "$ms"
    sleep $((5 - (SECONDS - t0) > 0 ? 5 - (SECONDS - t0) : 0))
    record "$app.pss5_mb" "$(mb "$(sum_tree "$pid" pss)")"
    record "$app.rss5_mb" "$(mb "$(sum_tree "$pid" rss)")"
    if [[ "$mode" == idle ]]; then
        read -r cpu wake < <(activity "$pid" "$idle_s")
        record "$app.idle_cpu" "$cpu"; record "$app.idle_wakeups" "$wake"
        record "$app.pss65_mb" "$(mb "$(sum_tree "$pid" pss)")"
        record "$app.rss65_mb" "$(mb "$(sum_tree "$pid" rss)")"
    fi
    stop_tree "$pid"
}

echo "measuring: ${apps[*]}; $runs runs; idle ${idle_s} s; sessions ${session_s} s" >&2
for run in $(seq "$runs"); do
    for app in "${apps[@]}"; do
        if ((run == 1)); then start_app "$app" idle; else start_app "$app" start; fi
    done
done

# Sessions and break screens.
session_row() { # name lead_in_seconds seconds limber-arguments...
    local name=$1 lead=$2 seconds=$3 pid
    shift 3
    fresh_home
    mkdir -p "$XDG_CONFIG_HOME/limber" # no pain check-in waiting for an answer
    printf '[session]\npain_check_in=false\n' >"$XDG_CONFIG_HOME/limber/limber.conf"
    "$limber" "$@" >"$work/$name.log" 2>&1 </dev/null &
    pid=$!
    sleep "$lead"
    read -r cpu wake < <(activity "$pid" "$seconds")
    record "limber.$name.cpu" "$cpu"; record "limber.$name.wakeups" "$wake"
    record "limber.$name.pss_mb" "$(mb "$(sum_tree "$pid" pss)")"
    stop_tree "$pid"
}
for run in $(seq "${SESSION_RUNS:-$runs}"); do
    session_row moving 8 "$session_s" --start shoulder-rolls
    session_row hold 11 "$((session_s * 3 / 4))" --start childs-pose
    session_row mixed 8 "$((session_s * 3))" --start lower-back
    # Safe Eyes' break screen, asked for the way its tray menu does.
    fresh_home
    safeeyes >"$work/safeeyes-break.log" 2>&1 </dev/null &
    pid=$!
    sleep 5
    safeeyes --take-break >>"$work/safeeyes-break.log" 2>&1 </dev/null || true
    sleep 3
    read -r cpu wake < <(activity "$pid" "$((session_s / 2))")
    record "safeeyes.break.cpu" "$cpu"; record "safeeyes.break.wakeups" "$wake"
    stop_tree "$pid"
done

# In the tray: reminders on, the window never opened, a tray host running.
trayer --edge top --align right --widthtype pixel --width 120 >/dev/null 2>&1 &
tray_host=$!
sleep 1
fresh_home
mkdir -p "$XDG_CONFIG_HOME/limber"
printf '[reminders]\nenabled=true\n' >"$XDG_CONFIG_HOME/limber/limber.conf"
"$limber" --tray >"$work/tray.log" 2>&1 </dev/null &
pid=$!
sleep 15 # past start-up: the database, D-Bus and the tray icon come a second in
record "limber.tray.pss_mb" "$(mb "$(sum_tree "$pid" pss)")"
record "limber.tray.rss_mb" "$(mb "$(sum_tree "$pid" rss)")"
read -r cpu wake < <(activity "$pid" "$tray_s")
record "limber.tray.cpu" "$cpu"; record "limber.tray.wakeups" "$wake"
# The same Limber after its window was opened and closed again (the way a
# person closes it: a window manager's close, run only now, after every
# first-window measurement): what the window leaves behind in the tray.
openbox >/dev/null 2>&1 &
wm=$!
wait_for_window_manager
"$limber" >>"$work/tray.log" 2>&1 </dev/null || true # a second instance: the window comes forward
sleep 5
for window in $(wmctrl -lp 2>/dev/null | awk -v p="$pid" '$3 == p {print $1}'); do wmctrl -i -c "$window"; done
sleep 15
if wmctrl -lp 2>/dev/null | awk -v p="$pid" '$3 == p {found = 1} END {exit !found}'; then
    echo "the window did not close: no 'window closed' tray row" >&2
else
    record "limber.tray_closed.pss_mb" "$(mb "$(sum_tree "$pid" pss)")"
    record "limber.tray_closed.rss_mb" "$(mb "$(sum_tree "$pid" rss)")"
    read -r cpu wake < <(activity "$pid" "$tray_s")
    record "limber.tray_closed.cpu" "$cpu"; record "limber.tray_closed.wakeups" "$wake"
fi
kill "$wm" 2>/dev/null || true
wm=''
stop_tree "$pid"

median() { # values... -> median (or -)
    printf '%s\n' "$@" | sort -g | awk 'NF {v[++n] = $1} END {if (!n) {print "-"; exit} print (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2}'
}
med() { # key
    # shellcheck disable=SC2086
    median ${figures[$1]:-}
}
count() { local a; read -r -a a <<<"${figures[$1]:-}"; echo "${#a[@]}"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b}'; }
best_peer() { # key suffix; smallest median among the peers
    local suffix=$1 app best=- v
    for app in workrave safeeyes rsibreak; do
        v=$(med "$app.$suffix")
        [[ "$v" == - ]] && continue
        if [[ "$best" == - ]] || awk -v a="$v" -v b="$best" 'BEGIN {exit !(a < b)}'; then best=$v; fi
    done
    echo "$best"
}

echo "Limber $("$limber" --version | awk '{print $2}') against its peers, $(date -u +%F\ %H:%M) UTC, $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), Xvfb"
echo "medians; n = runs with a figure; x floor = against the trivial Qt 6 window, x home floor = against home's words in plain Qt (homefloor), x best peer = against the lowest peer"
header="| figure |" rule="|---|"
for app in "${apps[@]}"; do header+=" $app |"; rule+="---|"; done
printf '\n%s Limber x floor | Limber x home floor | Limber x best peer |\n%s---|---|---|\n' "$header" "$rule"
row() { # title suffix
    local title=$1 suffix=$2 app line
    line="| $title |"
    for app in "${apps[@]}"; do
        v=$(med "$app.$suffix"); n=$(count "$app.$suffix")
        if [[ "$v" == - ]]; then line+=" - |"; else line+=" $v (n=$n) |"; fi
    done
    line+=" $(ratio "$(med "limber.$suffix")" "$(med "floor.$suffix")") | $(ratio "$(med "limber.$suffix")" "$(med "homefloor.$suffix")") | $(ratio "$(med "limber.$suffix")" "$(best_peer "$suffix")") |"
    echo "$line"
}
row "first mapped window, ms" first_window_ms
row "PSS at 5 s, MB" pss5_mb
row "RSS at 5 s, MB" rss5_mb
row "PSS at 65 s, MB" pss65_mb
row "RSS at 65 s, MB" rss65_mb
row "idle: % of a core" idle_cpu
row "idle: wake-ups /s" idle_wakeups
# The first window's every run, sorted: on this machine a median of a few
# runs can land on a quiet or a busy stretch, and the spread shows which.
echo
for app in "${apps[@]}"; do
    [[ -n "${figures[$app.first_window_ms]:-}" ]] || continue
    echo "first mapped window, $app, every run (ms): $(tr ' ' '\n' <<<"${figures[$app.first_window_ms]}" | sed '/^$/d' | sort -n | tr '\n' ' ')"
done
echo
echo "| Limber | % of a core | wake-ups /s | PSS MB | RSS MB | n |"
echo "|---|---|---|---|---|---|"
for name in moving hold mixed tray tray_closed; do
    case $name in
    moving) title="session, continuous movement (shoulder rolls)" ;;
    hold) title="session, a still hold (child's pose)" ;;
    mixed) title="session, mixed (lower back: holds and repetitions)" ;;
    tray) title="in the tray, reminders on, window never opened (targets ≤ 0.2 /s, PSS ≤ 35 MB)" ;;
    tray_closed) title="in the tray, the window opened and closed again (targets ≤ 0.2 /s, PSS ≤ 35 MB)" ;;
    esac
    echo "| $title | $(med "limber.$name.cpu") | $(med "limber.$name.wakeups") | $(med "limber.$name.pss_mb") | $(med "limber.$name.rss_mb") | $(count "limber.$name.cpu") |"
done
echo "| Safe Eyes' break screen (for comparison) | $(med safeeyes.break.cpu) | $(med safeeyes.break.wakeups) | - | - | $(count safeeyes.break.cpu) |"
