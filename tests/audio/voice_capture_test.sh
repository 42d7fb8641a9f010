#!/usr/bin/env bash
# Every voice line, in every interface language, heard: starts a private
# PulseAudio with a null sink, lets speech-dispatcher start itself in a private
# runtime folder (it plays into that sink), and runs limber_voice_probe for
# each language; the probe says each line through the engine Limber picks and
# listens for it on the sink's monitor.
#
#   voice_capture_test.sh LIMBER_VOICE_PROBE [LANGUAGE...]   (default: en de es fr)
#
# Prints each line's result and "voice LANG: SPOKEN/TRIED lines spoken (...)"
# per language; fails unless every line of every language was heard. The
# languages run side by side (each has its own sink and speech-dispatcher),
# so the test takes about as long as the longest language.
# VOICE_RATE (default 0.5) is the speaking rate: faster keeps the test short.
# Runs headless and as root. Needs pulseaudio, pulseaudio-utils,
# speech-dispatcher, speech-dispatcher-espeak-ng and qt6-speech-speechd-plugin
# (scripts/setup.sh --test installs them).
set -euo pipefail

probe=${1:?usage: voice_capture_test.sh LIMBER_VOICE_PROBE [LANGUAGE...]}
shift
languages=("$@")
[[ ${#languages[@]} -gt 0 ]] || languages=(en de es fr)
rate=${VOICE_RATE:-0.5}

for tool in pulseaudio pactl speech-dispatcher; do
    command -v "$tool" >/dev/null || { echo "voice_capture_test: $tool is missing (scripts/setup.sh --test)" >&2; exit 1; }
done

work=$(mktemp -d)
# speech-dispatcher ends by itself 5 s after its last client; at the end each
# language's one is stopped at once so that nothing outlives the test.
stop_speech_dispatchers() {
    local pidfile pid i
    for pidfile in "$work"/speech-*/speech-dispatcher/pid/speech-dispatcher.pid; do
        [[ -f "$pidfile" ]] || continue
        pid=$(cat "$pidfile")
        kill "$pid" 2>/dev/null || continue
        for ((i = 0; i < 50; ++i)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
}
cleanup() {
    [[ ${#probes[@]} -eq 0 ]] || kill "${probes[@]}" 2>/dev/null || true
    stop_speech_dispatchers
    XDG_RUNTIME_DIR=$work/runtime pulseaudio --kill 2>/dev/null || true
    local i
    for ((i = 0; i < 50; ++i)); do XDG_RUNTIME_DIR=$work/runtime pulseaudio --check 2>/dev/null || break; sleep 0.1; done
    if [[ -n "${KEEP_AUDIO_TEST_FILES:-}" ]]; then
        echo "files kept in $work"
    else
        rm -rf "$work" 2>/dev/null || { sleep 0.5; rm -rf "$work"; } || true
    fi
}
probes=()
trap cleanup EXIT

# Everything private to this run: sound server and speech-dispatcher sockets, settings, logs.
export XDG_RUNTIME_DIR=$work/runtime XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data \
    XDG_CACHE_HOME=$work/cache HOME=$work/home
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
unset PULSE_SERVER SPEECHD_ADDRESS DBUS_SESSION_BUS_ADDRESS
printf 'autospawn = no\n' >"$work/client.conf"
export PULSE_CLIENTCONFIG=$work/client.conf

pulseaudio --daemonize=yes --exit-idle-time=-1 -n \
    --load=module-native-protocol-unix \
    --load="module-null-sink sink_name=voice_sink" 2>/dev/null
for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl info >/dev/null 2>&1 || { echo "FAIL: the private PulseAudio did not start"; exit 1; }
export PULSE_SERVER=unix:$XDG_RUNTIME_DIR/pulse/native

# The languages are heard side by side, each on its own: its own null sink,
# a capture source of that sink's monitor (Qt lists no monitor sources as
# inputs, a remapped one it does) and its own speech-dispatcher, started by
# the probe in a runtime folder of its own and playing into that sink
# (PULSE_SINK), so one language's sentences never reach another's recording.
for language in "${languages[@]}"; do
    pactl load-module module-null-sink sink_name="voice_$language" >/dev/null
    pactl load-module module-remap-source master="voice_$language.monitor" source_name="capture_$language" >/dev/null
    mkdir -p "$work/speech-$language"
    chmod 700 "$work/speech-$language"
    XDG_RUNTIME_DIR=$work/speech-$language PULSE_SINK=voice_$language \
        "$probe" "$language" --rate "$rate" --source "capture_$language" \
        >"$work/probe-$language.txt" 2>"$work/probe-$language.log" &
    probes+=($!)
done

status=0
for index in "${!languages[@]}"; do
    wait "${probes[$index]}" || status=1
done
probes=()
summaries=()
for language in "${languages[@]}"; do
    echo "--- $language"
    grep -v '^\[20' "$work/probe-$language.txt" || true
    grep -q "^voice $language: " "$work/probe-$language.txt" || { cat "$work/probe-$language.log"; status=1; }
    summaries+=("$(grep "^voice $language: " "$work/probe-$language.txt" || echo "voice $language: no result")")
done
echo "--- summary"
printf '%s\n' "${summaries[@]}"
[[ $status -eq 0 ]] || echo "FAIL: not every voice line was heard"
exit $status
