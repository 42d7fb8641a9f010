#!/usr/bin/env bash
# The all-day soak of `tools/soak.sh --tray` (see there): Limber in the tray
# for MINUTES of real time, a reminder every REMINDER_SECONDS, a short
# session after every second one, RSS and PSS sampled every second.
#
#   tools/soak-tray.sh [MINUTES] [BUILD_DIR]     (default 60, build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/headless.sh
minutes=${1:-60}
reminder_s=${REMINDER_SECONDS:-300}
scale=${TIME_SCALE:-1}
session=${SESSION:-shoulder-rolls}
max_slope=${MAX_SLOPE_KB_PER_HOUR:-50}
settle_s=${SETTLE_SECONDS:-60}
require_limber "${2:-build/release}"
ensure_packages wmctrl
require_tools Xvfb xdpyinfo xdotool trayer openbox wmctrl
start_private_display
pid="" panel="" wm=""
cleanup() {
    for p in "$pid" "$panel" "$wm"; do [[ -n "$p" ]] && kill "$p" 2>/dev/null; done
    stop_private_display
}
trap cleanup EXIT
# A window manager (so the window can be closed the way a person closes it)
# and a panel with a system tray (without one, Limber keeps a minimized window).
openbox >/dev/null 2>&1 &
wm=$!
trayer --edge top --align right --widthtype pixel --width 120 >/dev/null 2>&1 &
panel=$!
sleep 1
mkdir -p "$XDG_CONFIG_HOME/limber"
printf '[session]\npain_check_in=false\n[reminders]\nenabled=true\n' >"$XDG_CONFIG_HOME/limber/limber.conf"

# Real time by default, sessions too (shoulder rolls take 95 s): with
# --time-scale the reminder scheduler measures its one-off reminder on the
# scaled clock but its driver sleeps real milliseconds
# (core/src/ReminderDriver.cpp), so a reminder due during a scaled session
# is held and comes the moment it ends, not REMINDER_SECONDS later.
# TIME_SCALE=20 still runs (faster sessions); the intervals printed show it.
remind_arg="${reminder_s}s"
log="$work/limber.log"
"$limber" --tray --time-scale "$scale" --remind-in "$remind_arg" >"$log" 2>&1 &
pid=$!
samples="$work/samples" # seconds rss_kb pss_kb
events="$work/events"   # seconds what
: >"$events"
start=$SECONDS
end=$((start + minutes * 60))
reminders=0 started=0 finished=0 first_end=
while ((SECONDS < end)); do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; echo "FAIL: limber exited during the soak" >&2; exit 1; }
    t=$((SECONDS - start))
    awk -v t="$t" '/^Rss:/ {r = $2} /^Pss:/ {p = $2} END {print t, r, p}' "/proc/$pid/smaps_rollup" >>"$samples"
    # Someone at the computer: a reminder waits while the desktop is idle.
    ((t % 20 == 0)) && xdotool mousemove $((200 + t % 7)) 300 2>/dev/null
    shown=$(grep -c "reminders: reminding now" "$log" || true)
    if ((shown > reminders)); then
        reminders=$shown
        echo "$t reminder $reminders" >>"$events"
        "$limber" --remind-in "$remind_arg" >>"$work/requests.log" 2>&1 \
            || { cat "$work/requests.log" >&2; echo "FAIL: the request for the next reminder failed" >&2; exit 1; }
        if ((reminders % 2 == 0)); then
            started=$((started + 1))
            echo "$t session $started" >>"$events"
            "$limber" --start "$session" >>"$work/requests.log" 2>&1 \
                || { cat "$work/requests.log" >&2; echo "FAIL: the request for a session failed" >&2; exit 1; }
        fi
    fi
    done_now=$(grep -c "session finished " "$log" || true)
    if ((done_now > finished)); then
        finished=$done_now
        first_end=${first_end:-$t}
        echo "$t finished $finished" >>"$events"
        sleep 2 # the summary is seen, then the window closes back to the tray
        window=$(xdotool search --onlyvisible --pid "$pid" --name Limber 2>/dev/null | head -1 || true)
        [[ -n "$window" ]] && wmctrl -i -c "$window"
    fi
    sleep 1
done
kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; echo "FAIL: limber exited during the soak" >&2; exit 1; }
mkdir -p "${SOAK_OUT:-$work}"
cp "$log" "$samples" "$events" "${SOAK_OUT:-$work}/" 2>/dev/null || true

errors=$(grep -c -E "\[(error|critical)\]| error " "$log" || true)
echo "tray soak: $minutes min real time, time scale $scale for the sessions, $reminders reminders," \
     "$started sessions asked for, $finished finished, $errors error lines, $(wc -l <"$samples") samples"
[[ -z "$first_end" ]] && { echo "FAIL: no session finished (too short a soak?)"; exit 1; }
from=$((first_end + settle_s))
report() {
    local column=$1 name=$2
    awk -v w="$from" '$1 >= w' "$samples" | sort -n -k"$column" | awk -v c="$column" -v n="$name" -v w="$from" \
        '{v[NR] = $c} END {printf "%s KB from %d s: min %d median %d max %d\n", n, w, v[1], v[int((NR + 1) / 2)], v[NR]}'
}
report 2 RSS
report 3 PSS
awk '$2 == "reminder" {if (n++) d[n - 1] = $1 - t; t = $1}
    END {if (n > 1) {for (i = 1; i < n; i++) s += d[i]; printf "real time between reminders: mean %.0f s over %d\n", s / (n - 1), n - 1}}' "$events"
status=0
awk -v w="$from" -v max="$max_slope" '
    $1 >= w {n++; x[n] = $1 / 3600; y[n] = $2; sx += x[n]; sy += y[n]}
    END {
        if (n < 60) {print "too short for a slope (less than a minute after the first session)"; exit 1}
        mx = sx / n; my = sy / n
        for (i = 1; i <= n; i++) {sxx += (x[i] - mx) ^ 2; sxy += (x[i] - mx) * (y[i] - my)}
        slope = sxy / sxx
        printf "RSS slope from %d s (a minute after the first session): %.1f KB an hour over %.1f min (limit %d)\n", w, slope, (x[n] - x[1]) * 60, max
        if (slope > max) {print "FAIL: RSS grows"; exit 1}
    }' "$samples" || status=1
if ((errors > 0)); then
    grep -E "\[(error|critical)\]| error " "$log" | head -5
    echo "FAIL: error lines in the log"
    status=1
fi
((status == 0)) && echo PASS
exit $status
