#!/usr/bin/env bash
# Measures Limber the way a person experiences it, under a private Xvfb:
# time to the first painted window, memory (PSS/RSS), CPU and wake-ups at
# home and during an animated session, and step-transition timing read from
# the session log. Runs N times and prints min/median/max for each figure.
#
#   tools/measure.sh [BUILD_DIR]            (default build/release; N=5)
#   N=9 TIMING_SECONDS=600 tools/measure.sh  (a 10-minute real-time timing run)
#   TRAY_SECONDS=600 tools/measure.sh         (the tray's cost averaged over 10 minutes)
#   tools/measure.sh --peers [BUILD_DIR]      (against Workrave, Safe Eyes, RSIBreak and a
#                                              trivial Qt window, in one run: tools/measure-peers.sh)
#   tools/measure.sh --instructions [BUILD_DIR]  (instructions to the first map, against the
#                                              floors, by callgrind: tools/measure-instructions.sh)
#
# Compare ratios and medians: this machine is shared and noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--peers" ]]; then
    shift
    exec tools/measure-peers.sh "$@"
fi
if [[ "${1:-}" == "--instructions" ]]; then
    shift
    exec tools/measure-instructions.sh "$@"
fi
source tools/headless.sh
runs=${N:-5}
sample_seconds=${SAMPLE_SECONDS:-5}
timing_seconds=${TIMING_SECONDS:-120}
require_limber "${1:-build/release}"
require_tools Xvfb xdpyinfo xdotool trayer
start_private_display
trap stop_private_display EXIT

ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {s += $2} END {print s}'; }
pss_kb() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup"; }
rss_kb() { awk '/^Rss:/ {print $2}' "/proc/$1/smaps_rollup"; }

# Prints "cpu_percent wakeups_per_second" over the next sample_seconds.
sample_activity() {
    local pid=$1 c0 s0 c1 s1
    c0=$(cpu_ticks "$pid"); s0=$(switches "$pid")
    sleep "$sample_seconds"
    c1=$(cpu_ticks "$pid"); s1=$(switches "$pid")
    awk -v c="$((c1 - c0))" -v s="$((s1 - s0))" -v t="$ticks" -v d="$sample_seconds" \
        'BEGIN {printf "%.3f %.1f\n", 100 * c / t / d, s / d}'
}

declare -A figures
record() { figures[$1]+="$2 "; }

for run in $(seq "$runs"); do
    log="$work/run$run.log"
    # Home screen: start, wait for the first frame, let it settle, then sample.
    LIMBER_T0_NS=$(date +%s%N) "$limber" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 100); do grep -qs "first frame" "$log" && break; sleep 0.05; done
    record "first_frame_ms" "$(sed -n 's/.*first frame painted \([0-9.]*\) ms after exec.*/\1/p' "$log" | head -1)"
    sleep 3 # audio, voice and the database open after the first frame
    record "home_pss_mb" "$(awk -v k="$(pss_kb "$pid")" 'BEGIN {printf "%.1f", k / 1024}')"
    record "home_rss_mb" "$(awk -v k="$(rss_kb "$pid")" 'BEGIN {printf "%.1f", k / 1024}')"
    read -r cpu wake < <(sample_activity "$pid")
    record "home_cpu_percent" "$cpu"; record "home_wakeups_per_s" "$wake"
    kill "$pid"; wait "$pid" 2>/dev/null || true

    # A session with repetitions (breath guide and pose animation running).
    "$limber" --start shoulder-rolls,cat-cow >"$log" 2>&1 &
    pid=$!
    sleep 8 # past the lead-in, into the paced repetitions
    read -r cpu wake < <(sample_activity "$pid")
    record "session_cpu_percent" "$cpu"; record "session_wakeups_per_s" "$wake"
    record "session_pss_mb" "$(awk -v k="$(pss_kb "$pid")" 'BEGIN {printf "%.1f", k / 1024}')"
    record "session_rss_mb" "$(awk -v k="$(rss_kb "$pid")" 'BEGIN {printf "%.1f", k / 1024}')"
    kill "$pid"; wait "$pid" 2>/dev/null || true
done

# In the tray with reminders on and the window closed (never shown: --tray):
# what Limber costs all day while it waits for the next reminder.
tray_seconds=${TRAY_SECONDS:-60}
mkdir -p "$XDG_CONFIG_HOME/limber"
printf '[reminders]\nenabled=true\n' >"$XDG_CONFIG_HOME/limber/limber.conf"
tray_log="$work/tray.log"
# A panel with a system tray (XEmbed), as a desktop has: without one Limber
# keeps its window (minimized) instead of living in the tray.
trayer --edge top --align right --widthtype pixel --width 120 >/dev/null 2>&1 &
tray_host=$!
sleep 1
"$limber" --tray >"$tray_log" 2>&1 &
pid=$!
# Past start-up (the database, sound and D-Bus come a second in) and its
# short-lived threads, whose exit would make the switch count go backwards.
sleep 15
record "tray_pss_mb" "$(awk -v k="$(pss_kb "$pid")" 'BEGIN {printf "%.1f", k / 1024}')"
record "tray_rss_mb" "$(awk -v k="$(rss_kb "$pid")" 'BEGIN {printf "%.1f", k / 1024}')"
saved_seconds=$sample_seconds
sample_seconds=$tray_seconds
read -r cpu wake < <(sample_activity "$pid")
sample_seconds=$saved_seconds
record "tray_cpu_percent" "$cpu"; record "tray_wakeups_per_s" "$wake"
kill "$pid"; wait "$pid" 2>/dev/null || true
kill "$tray_host" 2>/dev/null || true
rm -f "$XDG_CONFIG_HOME/limber/limber.conf"

# Transition timing over a real-time session with two pauses.
log="$work/timing.log"
"$limber" --start cobra,piriformis >"$log" 2>&1 &
pid=$!
sleep 2
window=$(xdotool search --pid "$pid" | head -1 || true)
half=$((timing_seconds / 2))
sleep $((half / 2)); [[ -n "$window" ]] && xdotool key --window "$window" space; sleep 3
[[ -n "$window" ]] && xdotool key --window "$window" space
sleep $((half / 2)); [[ -n "$window" ]] && xdotool key --window "$window" space; sleep 2
[[ -n "$window" ]] && xdotool key --window "$window" space
sleep $((timing_seconds - half))
kill "$pid"; wait "$pid" 2>/dev/null || true

summary() { # name values...
    local name=$1; shift
    printf '%s\n' "$@" | sort -g | awk -v n="$name" '
        {v[NR] = $1} END {
            if (NR == 0) { printf "%-24s no data\n", n; exit }
            m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%-24s min %8.2f  median %8.2f  max %8.2f  (n=%d)\n", n, v[1], m, v[NR], NR }'
}
echo "Limber $("$limber" --version | awk '{print $2}'), $runs runs, ${sample_seconds} s samples, $(nproc) cores"
for name in first_frame_ms home_pss_mb home_rss_mb home_cpu_percent home_wakeups_per_s \
            session_pss_mb session_rss_mb session_cpu_percent session_wakeups_per_s \
            tray_pss_mb tray_rss_mb tray_cpu_percent tray_wakeups_per_s; do
    # shellcheck disable=SC2086
    summary "$name" ${figures[$name]:-}
done
grep -o 'late_ms=-\?[0-9]*' "$log" | cut -d= -f2 | awk '
    {n++; s += $1; if ($1 > max) max = $1; if (n == 1 || $1 < min) min = $1; a = $1 < 0 ? -$1 : $1; sa += a}
    END {
        if (n == 0) { print "transitions              no data"; exit }
        printf "transitions              %d in %s s: mean late %.2f ms, mean |error| %.2f ms, max %d ms, min %d ms\n",
               n, "'"$timing_seconds"'", s / n, sa / n, max, min }'
# The end of the session against its plan (session time excludes pauses): the
# whole session's drift, which a deadline-based engine keeps at the last tick's lateness.
sed -n 's/.*session finished scheduled_ms=\([0-9]*\) actual_ms=\([0-9]*\).*/\1 \2/p' "$log" | awk '
    {printf "end of session           planned %.3f s, ended %.3f s: drift %d ms\n", $1 / 1000, $2 / 1000, $2 - $1; found = 1}
    END { if (!found) print "end of session           not reached (TIMING_SECONDS shorter than the session)" }'
