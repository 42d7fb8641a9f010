#!/usr/bin/env bash
# End-to-end check that a session is heard: runs a short session of the real
# app into a private PulseAudio null sink, records the sink, and compares the
# recording with the session log (tests/audio/analyse_capture.py).
#
#   audio_capture_test.sh LIMBER [with-server|no-server]
#
# with-server: a sound must start at every transition, and nothing may be
#   heard while the session is paused (--pause-at).
# no-server:   no sound server at all; the session must still run to its end,
#   with exactly one "sound unavailable" warning in the log.
#
# Runs headless (QT_QPA_PLATFORM=offscreen) and as root (fresh 0700
# XDG_RUNTIME_DIR). Needs pulseaudio, pulseaudio-utils, sox and python3
# (scripts/setup.sh --test installs them).
set -euo pipefail

limber=${1:?usage: audio_capture_test.sh LIMBER [with-server|no-server]}
mode=${2:-with-server}
here=$(cd "$(dirname "$0")" && pwd)

target=knee-to-chest
# Fast enough for a short test, slow enough that the countdown ticks (1 s of
# plan time apart) stay 200 ms clear of the transitions they precede.
scale=5
pause_for_ms=2000

for tool in pulseaudio pactl parecord sox python3; do
    command -v "$tool" >/dev/null || { echo "audio_capture_test: $tool is missing (scripts/setup.sh --test)" >&2; exit 1; }
done

work=$(mktemp -d)
recorder=
cleanup() {
    [[ -n "$recorder" ]] && kill -INT "$recorder" 2>/dev/null && wait "$recorder" 2>/dev/null || true
    pulseaudio --kill 2>/dev/null || true
    # --kill only signals the server; it still removes its runtime files as it
    # goes, so wait for it to be gone before the folder is removed under it.
    local i
    for ((i = 0; i < 50; ++i)); do pulseaudio --check 2>/dev/null || break; sleep 0.1; done
    if [[ -n "${KEEP_AUDIO_TEST_FILES:-}" ]]; then
        echo "files kept in $work"
    else
        rm -rf "$work" 2>/dev/null || { sleep 0.5; rm -rf "$work"; } || true
    fi
}
trap cleanup EXIT

# Everything private to this run: sound server socket, settings, logs.
export XDG_RUNTIME_DIR=$work/runtime XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data HOME=$work/home
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
unset PULSE_SERVER
# A client must never start a server of its own: "no server" has to stay true.
printf 'autospawn = no\n' >"$work/client.conf"
export PULSE_CLIENTCONFIG=$work/client.conf

"$limber" --plan "$target" --json >"$work/plan.json"
# Pause 1.5 s (plan time) before the second hold ends: its last countdown
# tick and the release are due while paused, so a pause that leaked sound
# would be heard.
pause_at=$(python3 -c '
import json, sys
holds = [s for s in json.load(open(sys.argv[1]))["steps"] if s["kind"] == "hold"]
print(holds[1]["start_ms"] + holds[1]["duration_ms"] - 1500)' "$work/plan.json")

run_limber() {
    PULSE_LATENCY_MSEC=${PULSE_LATENCY_MSEC:-} timeout 120 "$limber" --start "$target" --time-scale "$scale" --quit-at-end \
        --pause-at "$pause_at" --pause-for "$pause_for_ms" 2>"$work/limber.log" >/dev/null
}

case "$mode" in
with-server)
    pulseaudio --daemonize=yes --exit-idle-time=-1 -n \
        --load=module-native-protocol-unix \
        --load="module-null-sink sink_name=test_sink" 2>/dev/null
    for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
    pactl info >/dev/null 2>&1 || { echo "FAIL: the private PulseAudio did not start"; exit 1; }
    pactl set-default-sink test_sink
    parecord --device=test_sink.monitor --channels=1 --rate=44100 --file-format=wav \
        --latency-msec=10 "$work/capture.wav" &
    recorder=$!
    # A fresh null sink's monitor drops its first second or two: let it settle
    # before anything that matters is played.
    sleep 3
    run_limber || { echo "FAIL: limber exited with $?"; cat "$work/limber.log"; exit 1; }
    sleep 1 # the monitor runs behind the sink; let the last chime reach the file
    kill -INT "$recorder"
    wait "$recorder" || true
    recorder=
    grep -E 'sound|voice' "$work/limber.log" || true
    if grep -q 'sound unavailable' "$work/limber.log"; then
        echo "FAIL: sound reported unavailable although a server runs"
        exit 1
    fi
    echo "capture: $(sox "$work/capture.wav" -n stat 2>&1 | grep -E 'Length|Maximum amplitude' | tr -s ' ' | paste -sd';')"
    sox "$work/capture.wav" -t raw -e signed-integer -b 16 -c 1 -r 44100 -L "$work/capture_44100.raw"
    python3 "$here/analyse_capture.py" "$work/capture_44100.raw" "$work/limber.log" "$work/plan.json" \
        "$scale" "$pause_for_ms"
    ;;
no-server)
    if pactl info >/dev/null 2>&1; then
        echo "FAIL: a sound server answers although none was started"
        exit 1
    fi
    started=$(date +%s%N)
    run_limber || { echo "FAIL: limber exited with $? without a sound server"; cat "$work/limber.log"; exit 1; }
    took_ms=$((($(date +%s%N) - started) / 1000000))
    grep -E 'sound|voice|session finished' "$work/limber.log" || true
    warnings=$(grep -c 'warning sound unavailable' "$work/limber.log" || true)
    steps=$(grep -c ' step [0-9]* kind=' "$work/limber.log" || true)
    planned=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["steps"]))' "$work/plan.json")
    echo "no server: $steps of $planned steps, $warnings sound warning(s), ran $took_ms ms"
    status=0
    grep -q 'session finished' "$work/limber.log" || { echo "FAIL: the session did not finish"; status=1; }
    [[ "$steps" == "$planned" ]] || { echo "FAIL: $steps steps run, $planned planned"; status=1; }
    [[ "$warnings" == 1 ]] || { echo "FAIL: expected one 'sound unavailable' warning, got $warnings"; status=1; }
    # Exactly as before: no step and not the end later than the engine's usual tick jitter.
    late=$(grep -oE 'late_ms=-?[0-9]+' "$work/limber.log" | cut -d= -f2 | sort -n | tail -1)
    finish_late=$(sed -nE 's/.*session finished scheduled_ms=([0-9]+) actual_ms=([0-9]+).*/\2 - \1/p' \
        "$work/limber.log" | head -1)
    finish_late=$((${finish_late:-0}))
    echo "latest step: ${late:-?} ms, end: $finish_late ms after schedule (plan ms)"
    [[ ${late:-0} -le 500 && $finish_late -le 500 ]] || { echo "FAIL: the session ran late"; status=1; }
    exit $status
    ;;
*)
    echo "audio_capture_test: unknown mode $mode" >&2
    exit 2
    ;;
esac
