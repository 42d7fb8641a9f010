#!/usr/bin/env bash
# The all-day soak of `tools/soak.sh --tray` (see there): Limber in the tray
# for MINUTES of real time, a reminder every REMINDER_SECONDS of REAL time, a
# short session after every second one at TIME_SCALE (default 20), RSS, PSS
# and the context switches of all threads sampled every second.
#
#   tools/soak-tray.sh [MINUTES] [BUILD_DIR]     (default 60, build/release)
#
# --time-scale applies to the whole process (one clock), so the tray cannot
# run on real time beside it. It does not need to: a --remind-in request is
# a one-off measured on that clock, so asking for REMINDER_SECONDS x TIME_SCALE
# brings it REMINDER_SECONDS of real time later (the scheduler aims its
# timer in real milliseconds since core's fix for issue 17). Regular
# reminders are off in this soak: at 20x their 50 minutes of use would come
# every 2.5 real minutes; the one-offs alone keep the rhythm.
#
# Prints: reminders, sessions, error lines, RSS and PSS min/median/max after
# the first session, the RSS step around each session, the RSS slope after
# the first session and after the second (when the second one adds a
# one-off step, both are shown, and the verdict is on the first), and the
# wake-ups a second and PSS over the tray stretches (window closed, from
# TRAY_SETTLE_SECONDS after it closed to the next reminder).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/headless.sh
minutes=${1:-60}
reminder_s=${REMINDER_SECONDS:-300}
scale=${TIME_SCALE:-20}
tray_settle_s=${TRAY_SETTLE_SECONDS:-20}
session=${SESSION:-shoulder-rolls}
max_slope=${MAX_SLOPE_KB_PER_HOUR:-50}
settle_s=${SETTLE_SECONDS:-60}
require_limber "${2:-build/release}"
ensure_packages wmctrl
require_tools Xvfb xdpyinfo xdotool trayer openbox wmctrl dbus-daemon
start_private_display
pid="" panel="" wm="" bus=""
cleanup() {
    for p in "$pid" "$panel" "$wm" "$bus"; do [[ -n "$p" ]] && { kill "$p" 2>/dev/null || true; }; done
    stop_private_display
}
trap cleanup EXIT
# A session bus of its own, as a desktop has: without one Qt tries to
# autolaunch one, and that failure's warning counts as an error line.
dbus-daemon --session --fork --print-address=3 --print-pid=4 3>"$work/bus.address" 4>"$work/bus.pid"
DBUS_SESSION_BUS_ADDRESS=$(cat "$work/bus.address")
export DBUS_SESSION_BUS_ADDRESS
bus=$(cat "$work/bus.pid")
# A window manager (so the window can be closed the way a person closes it)
# and a panel with a system tray (without one, Limber keeps a minimized window).
openbox >/dev/null 2>&1 &
wm=$!
wait_for_window_manager
trayer --edge top --align right --widthtype pixel --width 120 >/dev/null 2>&1 &
panel=$!
sleep 1
mkdir -p "$XDG_CONFIG_HOME/limber"
printf '[session]\npain_check_in=false\n[reminders]\nenabled=false\n' >"$XDG_CONFIG_HOME/limber/limber.conf"

# The one-off reminder is measured on the scaled clock (see the top).
remind_arg="$(awk -v s="$reminder_s" -v k="$scale" 'BEGIN {printf "%d", s * k}')s"
log="$work/limber.log"
"$limber" --tray --time-scale "$scale" --remind-in "$remind_arg" >"$log" 2>&1 &
pid=$!
samples="$work/samples" # seconds rss_kb pss_kb context_switches in_tray(0/1) real_seconds
events="$work/events"   # seconds what
: >"$events"
start=$SECONDS
end=$((start + minutes * 60))
reminders=0 started=0 finished=0 first_end='' second_end='' smaps_after='' smaps_at=0
# In the tray: the window is closed (never opened yet, or closed after a
# session) and start-up or the close has settled; until the next reminder.
tray_from=$tray_settle_s
while ((SECONDS < end)); do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; echo "FAIL: limber exited during the soak" >&2; exit 1; }
    t=$((SECONDS - start))
    switches=$(cat /proc/"$pid"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {s += $2} END {print s + 0}')
    in_tray=0
    [[ -n "$tray_from" ]] && ((t >= tray_from)) && in_tray=1
    awk -v t="$t" -v s="$switches" -v k="$in_tray" -v r="$EPOCHREALTIME" \
        '/^Rss:/ {rss = $2} /^Pss:/ {pss = $2} END {print t, rss, pss, s, k, r}' "/proc/$pid/smaps_rollup" >>"$samples"
    # Someone at the computer: a reminder waits while the desktop is idle.
    ((t % 20 == 0)) && xdotool mousemove $((200 + t % 7)) 300 2>/dev/null
    shown=$(grep -c "reminders: reminding now" "$log" || true)
    if ((shown > reminders)); then
        reminders=$shown
        tray_from=
        echo "$t reminder $reminders" >>"$events"
        "$limber" --remind-in "$remind_arg" >>"$work/requests.log" 2>&1 \
            || { cat "$work/requests.log" >&2; echo "FAIL: the request for the next reminder failed" >&2; exit 1; }
        # The reminder was seen: back to the tray, unless a session follows.
        ((reminders % 2 == 1)) && tray_from=$((t + tray_settle_s))
        if ((reminders % 2 == 0)); then
            started=$((started + 1))
            echo "$t session $started" >>"$events"
            cp "/proc/$pid/smaps" "$work/smaps.$started.before" 2>/dev/null || true
            "$limber" --start "$session" >>"$work/requests.log" 2>&1 \
                || { cat "$work/requests.log" >&2; echo "FAIL: the request for a session failed" >&2; exit 1; }
        fi
    fi
    done_now=$(grep -c "session finished " "$log" || true)
    if ((done_now > finished)); then
        finished=$done_now
        ((finished == 2)) && second_end=$t
        first_end=${first_end:-$t}
        echo "$t finished $finished" >>"$events"
        sleep 2 # the summary is seen, then the window closes back to the tray
        window=$(xdotool search --onlyvisible --pid "$pid" --name Limber 2>/dev/null | head -1 || true)
        [[ -n "$window" ]] && wmctrl -i -c "$window"
        tray_from=$((t + 2 + tray_settle_s))
        smaps_after=$finished smaps_at=$((t + 2 + settle_s))
    fi
    # Where a session's memory went: every mapping, a minute after it closed.
    if [[ -n "$smaps_after" ]] && ((t >= smaps_at)); then
        cp "/proc/$pid/smaps" "$work/smaps.$smaps_after.after" 2>/dev/null || true
        smaps_after=
    fi
    sleep 1
done
kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; echo "FAIL: limber exited during the soak" >&2; exit 1; }
mkdir -p "${SOAK_OUT:-$work}"
cp "$log" "$samples" "$events" "$work"/smaps.* "${SOAK_OUT:-$work}/" 2>/dev/null || true

errors=$(grep -c -E "\[(error|critical)\]| error " "$log" || true)
echo "tray soak: $minutes min real time, time scale $scale for the sessions, $reminders reminders," \
     "$started sessions asked for, $finished finished, $errors error lines, $(wc -l <"$samples") samples"
[[ -z "$first_end" ]] && { echo "FAIL: no session finished (too short a soak?)"; exit 1; }
from=$((first_end + settle_s))
# mawk has no asort: median(a, n) sorts a[1..n] in place (a shell sort) and returns the median.
awk_median='function median(a, n,   gap, i, j, t) {
    for (gap = int(n / 2); gap > 0; gap = int(gap / 2))
        for (i = gap + 1; i <= n; i++) {t = a[i]; for (j = i; j > gap && a[j - gap] > t; j -= gap) a[j] = a[j - gap]; a[j] = t}
    return a[int((n + 1) / 2)]
}
'
report() { # column name
    local column=$1 name=$2
    awk -v w="$from" '$1 >= w' "$samples" | sort -n -k"$column" | awk -v c="$column" -v n="$name" -v w="$from" \
        '{v[NR] = $c} END {printf "%s KB from %d s: min %d median %d max %d\n", n, w, v[1], v[int((NR + 1) / 2)], v[NR]}'
}
report 2 RSS
report 3 PSS
awk '$2 == "reminder" {if (n++) d[n - 1] = $1 - t; t = $1}
    END {if (n > 1) {for (i = 1; i < n; i++) s += d[i]; printf "real time between reminders: mean %.0f s over %d\n", s / (n - 1), n - 1}}' "$events"
# The RSS step each session leaves: the last tray sample before it was asked
# for against the median of the minute from TRAY_SETTLE_SECONDS after it closed.
awk "$awk_median"'NR == FNR {if ($2 == "session") ask[++n] = $1; if ($2 == "finished") end[++m] = $1; next}
    {rss[$1] = $2}
    END {
        for (i = 1; i <= n && i <= m; i++) {
            for (b = ask[i] - 1; b > ask[i] - 6 && !(b in rss); b--) {}
            before = rss[b]; k = 0
            for (t = end[i] + 22; t < end[i] + 82; t++) if (t in rss) v[++k] = rss[t]
            if (!k || !before) continue
            after = median(v, k); split("", v)
            printf "session %d at %d s: RSS %d KB before, %d KB a minute after it closed (%+d KB)\n", i, ask[i], before, after, after - before
        }
    }' "$events" "$samples"
# The mappings whose RSS grew most over each session (heap, anonymous,
# shared memory, font files...): what a step is made of.
rss_by_mapping() {
    awk '/^[0-9a-f]+-[0-9a-f]+ / {name = (NF >= 6) ? $6 : "[anonymous]"} /^Rss:/ {r[name] += $2}
        END {for (n in r) print n, r[n]}' "$1"
}
for before in "$work"/smaps.*.before; do
    [[ -f "$before" ]] || continue
    n=${before#"$work"/smaps.}; n=${n%.before}
    after="$work/smaps.$n.after"
    [[ -f "$after" ]] || continue
    awk -v n="$n" 'NR == FNR {b[$1] = $2; next} {d = $2 - b[$1]; if (d >= 64 || d <= -64) printf "  session %s: %d KB in %s\n", n, d, $1}' \
        <(rss_by_mapping "$before") <(rss_by_mapping "$after") | sort -k3,3gr | head -6
done
slope() { # from label: least-squares RSS slope over the samples from then on
    awk -v w="$1" -v label="$2" -v max="$max_slope" '
    $1 >= w {n++; x[n] = $1 / 3600; y[n] = $2; sx += x[n]; sy += y[n]}
    END {
        if (n < 60) {print "too short for a slope " label; exit 1}
        mx = sx / n; my = sy / n
        for (i = 1; i <= n; i++) {sxx += (x[i] - mx) ^ 2; sxy += (x[i] - mx) * (y[i] - my)}
        slope = sxy / sxx
        printf "RSS slope from %d s (%s): %.1f KB an hour over %.1f min (limit %d)\n", w, label, slope, (x[n] - x[1]) * 60, max
        if (slope > max) exit 1
    }' "$samples"
}
status=0
slope "$from" "a minute after the first session" || { echo "FAIL: RSS grows after the first session"; status=1; }
[[ -n "$second_end" ]] && { slope "$((second_end + settle_s))" "a minute after the second session" || true; }
# Wake-ups over the tray stretches: switch deltas between consecutive
# in-tray samples, over the real time between them (EPOCHREALTIME). The
# seconds before the script saw a reminder belong to that reminder (its
# prompt was shown then), not to the waiting. A thread that ends takes its
# switches along: a drop counts as none.
awk "$awk_median"'NR == FNR {if ($2 == "reminder") for (k = $1 - 5; k <= $1; k++) busy[k] = 1; next}
    {if (busy[$1]) $5 = 0}
    {if ($5 == 1 && prev_tray) {if ($4 > s0) d += $4 - s0; secs += $6 - r0; pss[++n] = $3}
          s0 = $4; r0 = $6; prev_tray = ($5 == 1)}
    END {
        if (secs <= 0) {print "no tray stretch sampled"; exit}
        m = median(pss, n)
        printf "in the tray (window closed): %.3f wake-ups a second over %.0f s, PSS median %.1f MB (max %.1f)\n",
            d / secs, secs, m / 1024, pss[n] / 1024
    }' "$events" "$samples"
if ((errors > 0)); then
    grep -E "\[(error|critical)\]| error " "$log" | head -5
    echo "FAIL: error lines in the log"
    status=1
fi
((status == 0)) && echo PASS
exit $status
