#!/usr/bin/env bash
# Real-time soak: Limber under a private Xvfb runs lower-back sessions back to
# back at 20x speed for MINUTES, while its RSS and PSS are sampled every
# second from /proc. Prints min/median/max and the growth (KB per minute, a
# least-squares slope after a warm-up) and fails when RSS grows beyond noise.
#
#   tools/soak.sh [MINUTES] [BUILD_DIR]     (default 30, build/release)
#
# Each next session is asked for the way a person would: by starting
# `limber --start lower-back` again, which hands the request to the running
# Limber (app/SingleInstance.h); it starts the session from the summary.
# The pain check-in is switched off so no dialog waits for an answer.
#   tools/soak.sh --tray [MINUTES] [BUILD_DIR]   (default 60: a day in the tray)
#
# --tray: Limber starts in the tray (a panel with a tray runs, as on a
# desktop) and waits there in real time. A reminder comes every
# REMINDER_SECONDS (300) of real time (each asked for with --remind-in, the way
# a script or the tray's Remind Me In would); after every second one a short
# session (shoulder rolls) runs in the window at TIME_SCALE (default 20: 5 s),
# and the window is closed back to the tray when it ends. The mouse moves now
# and then, so the desktop sees someone at the computer. The RSS slope is
# taken from a minute after the first session ends and must stay under
# MAX_SLOPE_KB_PER_HOUR (50); any error line in the log fails the soak. It
# also prints the step each session leaves (and the mappings it is in), and
# the wake-ups a second and PSS over the stretches in the tray.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/headless.sh
if [[ "${1:-}" == "--tray" ]]; then
    shift
    exec tools/soak-tray.sh "$@"
fi
minutes=${1:-30}
warmup_s=${WARMUP_SECONDS:-60}
noise_floor_kb=${NOISE_FLOOR_KB:-1024}
require_limber "${2:-build/release}"
require_tools Xvfb xdpyinfo
start_private_display
pid=
cleanup() {
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
    stop_private_display
}
trap cleanup EXIT
mkdir -p "$XDG_CONFIG_HOME/limber"
printf '[session]\npain_check_in=false\n' >"$XDG_CONFIG_HOME/limber/limber.conf"

log="$work/limber.log"
"$limber" --start lower-back --time-scale 20 >"$log" 2>&1 &
pid=$!
samples="$work/samples" # seconds rss_kb pss_kb
end=$((SECONDS + minutes * 60))
start=$SECONDS
requested=0
while ((SECONDS < end)); do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; echo "FAIL: limber exited during the soak" >&2; exit 1; }
    awk -v t="$((SECONDS - start))" '/^Rss:/ {r = $2} /^Pss:/ {p = $2} END {print t, r, p}' \
        "/proc/$pid/smaps_rollup" >>"$samples"
    finished=$(grep -c "session finished " "$log" || true)
    if ((finished > requested)); then
        requested=$finished
        "$limber" --start lower-back >>"$work/requests.log" 2>&1 \
            || { cat "$work/requests.log" >&2; echo "FAIL: the request for the next session failed" >&2; exit 1; }
    fi
    sleep 1
done

sessions=$(grep -c "session finished " "$log" || true)
steps=$(grep -c " late_ms=" "$log" || true)
errors=$(grep -c " error " "$log" || true)
echo "soak: $minutes min, $sessions sessions finished, $steps steps, $errors error lines, $(wc -l <"$samples") samples"
# Figures and slope after the warm-up (start-up, fonts, caches, the history
# database and the first plans settle in the first minute).
report() {
    local column=$1 name=$2
    awk -v w="$warmup_s" '$1 >= w' "$samples" | sort -n -k"$column" | awk -v c="$column" -v n="$name" -v w="$warmup_s" \
        '{v[NR] = $c} END {printf "%s KB after %d s: min %d median %d max %d\n", n, w, v[1], v[int((NR + 1) / 2)], v[NR]}'
}
report 2 RSS
report 3 PSS
awk -v w="$warmup_s" -v floor="$noise_floor_kb" '
    $1 >= w {n++; x[n] = $1 / 60; y[n] = $2; sx += x[n]; sy += y[n]}
    END {
        if (n < 10) {print "too short for a slope (need more than the warm-up)"; exit 0}
        mx = sx / n; my = sy / n
        for (i = 1; i <= n; i++) {sxx += (x[i] - mx) ^ 2; sxy += (x[i] - mx) * (y[i] - my)}
        slope = sxy / sxx; icpt = my - slope * mx
        for (i = 1; i <= n; i++) {r = y[i] - (icpt + slope * x[i]); ss += r * r}
        sd = sqrt(ss / n)
        growth = slope * (x[n] - x[1])
        noise = 3 * sd > floor ? 3 * sd : floor
        printf "RSS slope after %d s: %.1f KB/min (growth %.0f KB over the run; noise %.0f KB = max(3 x residual sd %.0f, floor %d))\n", w, slope, growth, noise, sd, floor
        if (growth > noise) {print "FAIL: RSS grows beyond noise"; exit 1}
        print "PASS"
    }' "$samples"
