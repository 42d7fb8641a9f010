#!/usr/bin/env bash
# Counts the instructions each app's main thread runs from its start to the
# moment it asks X to map its first window (callgrind, dumping before
# QXcbWindow::show), for the trivial Qt window (tools/qt-floor.cpp), home's
# words in plain Qt (tools/qt-home-floor.cpp) and Limber on a first start (a
# fresh home: the safety note is shown). Wall time on this shared machine
# drifts by a third from hour to hour; this count does not, so it compares
# one round of start-up work with the next (docs/performance.md).
#
#   tools/measure.sh --instructions [BUILD_DIR]     (default build/release)
#   APPS="floor limber" tools/measure.sh --instructions build/ci
#   KEEP_PROFILES=/tmp/profiles tools/measure.sh --instructions   (keeps each app's callgrind file)
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/headless.sh
require_limber "${1:-build/release}"
require_tools Xvfb xdpyinfo valgrind dbus-daemon g++ pkg-config
start_private_display
bus_pid=""
cleanup() {
    [[ -n "$bus_pid" ]] && kill "$bus_pid" 2>/dev/null
    stop_private_display
}
trap cleanup EXIT
# Every app on the same private session bus, as a desktop would give them.
dbus-daemon --session --fork --print-address=3 --print-pid=4 3>"$work/bus.address" 4>"$work/bus.pid"
bus_pid=$(cat "$work/bus.pid")
DBUS_SESSION_BUS_ADDRESS=$(cat "$work/bus.address")
export DBUS_SESSION_BUS_ADDRESS

# shellcheck disable=SC2046
g++ -O2 -fPIC -std=c++17 -o "$work/qt-floor" tools/qt-floor.cpp $(pkg-config --cflags --libs Qt6Widgets)
# shellcheck disable=SC2046
g++ -O2 -fPIC -std=c++17 -o "$work/qt-home-floor" tools/qt-home-floor.cpp $(pkg-config --cflags --libs Qt6Widgets)

# Prints the main thread's instructions (millions) up to the first map of `app`.
count() {
    local app=$1 program out pid part _
    case "$app" in
    floor) program="$work/qt-floor" ;;
    homefloor) program="$work/qt-home-floor" ;;
    limber) program="$limber" ;;
    *) echo "unknown app $app" >&2; exit 2 ;;
    esac
    out="$work/$app.cg"
    rm -rf "$work/data" "$work/config" # a first start every time
    valgrind --tool=callgrind --separate-threads=yes --dump-before='QXcbWindow::show*' \
        --callgrind-out-file="$out" "$program" >"$work/$app.log" 2>&1 &
    pid=$!
    part="$out.1-01" # the first dump (just before the map), thread 1 (main)
    for _ in $(seq 1200); do [[ -s "$part" ]] && grep -q '^totals:' "$part" && break; sleep 0.1; done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [[ -s "$part" ]] || { echo "$app never mapped a window under callgrind (log: $work/$app.log)" >&2; tail -5 "$work/$app.log" >&2; exit 1; }
    if [[ -n "${KEEP_PROFILES:-}" ]]; then # for callgrind_annotate or kcachegrind
        mkdir -p "$KEEP_PROFILES"
        cp "$part" "$KEEP_PROFILES/$app.callgrind"
    fi
    awk '/^totals:/ {printf "%.1f\n", $2 / 1e6}' "$part"
}

read -r -a apps <<<"${APPS:-floor homefloor limber}"
declare -A millions
for app in "${apps[@]}"; do
    millions[$app]=$(count "$app")
done

echo "main thread, millions of instructions to the first map (callgrind; first start)"
printf '| app | instructions | x floor | x home floor |\n|---|---|---|---|\n'
for app in "${apps[@]}"; do
    ratio() { [[ -n "${millions[$1]:-}" ]] && awk -v a="${millions[$app]}" -v b="${millions[$1]}" 'BEGIN {printf "%.2f", a / b}' || echo "-"; }
    printf '| %s | %s M | %s | %s |\n' "$app" "${millions[$app]}" "$(ratio floor)" "$(ratio homefloor)"
done
