#!/usr/bin/env bash
# Regenerates Limber's chimes in resources/sounds/ with sox. A developer step:
# the WAVs are committed, so neither a build nor CI runs this.
#
#   tools/make-sounds.sh            write resources/sounds/*.wav
#   tools/make-sounds.sh --check    also print length, peak and loudness of each
#
# Every sound is built from soft bell strikes (a few harmonics, the higher ones
# dying faster, exponential decay) or gentle sine glides, on a C major
# pentatonic scale so any two sounds played close together stay consonant.
# Each gets a 5 ms attack and a fade to silence at the end (no clicks), and is
# then normalised to the same loudness (see docs/sounds.md).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v sox >/dev/null || { echo "make-sounds: sox is missing (apt-get install sox)" >&2; exit 1; }

out_dir=resources/sounds
# Loudness target: RMS of the loudest 200 ms of each sound. Quiet enough that
# no sound is startling at full volume, with headroom for peaks.
target_db=-20
rate=44100

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Intermediate files are 32-bit float so nothing clips or rounds before the end.
float=(-r "$rate" -c 1 -e floating-point -b 32)

# partial OUT FREQ LENGTH DECAY: one quiet sine that decays exponentially,
# falling by about 100 dB over DECAY seconds, made exactly LENGTH long with a
# 40 ms fade to silence at the end. Quiet (-20 dB) so mixing never clips.
partial() {
    local out=$1 freq=$2 length=$3 decay=$4
    local silence
    silence=$(awk -v l="$length" -v d="$decay" 'BEGIN { print (l > d ? l - d : 0) }')
    sox -D -n "${float[@]}" "$out" synth "$decay" sine "$freq" vol 0.1 \
        fade l 0.005 "$decay" "$(awk -v d="$decay" 'BEGIN { print d - 0.005 }')" \
        pad 0 "$silence" trim 0 "$length" fade t 0 "$length" 0.04
}

# bell OUT FREQ LENGTH: a soft strike; harmonics 2 and 3 are quiet and short so
# the tone is round rather than bright.
bell() {
    local out=$1 freq=$2 length=$3
    local ring
    ring=$(awk -v l="$length" 'BEGIN { print l * 2.4 }')
    partial "$tmp/h1.wav" "$freq" "$length" "$ring"
    partial "$tmp/h2.wav" "$(awk -v f="$freq" 'BEGIN { print f * 2 }')" "$length" "$(awk -v r="$ring" 'BEGIN { print r / 2 }')"
    partial "$tmp/h3.wav" "$(awk -v f="$freq" 'BEGIN { print f * 3 }')" "$length" "$(awk -v r="$ring" 'BEGIN { print r / 4 }')"
    sox -D -m -v 1 "$tmp/h1.wav" -v 0.3 "$tmp/h2.wav" -v 0.08 "$tmp/h3.wav" "$out"
}

# tick OUT FREQ: a short, soft strike for counting (reps, last seconds of a
# hold). It decays slowly enough that its energy is not all in the first few
# milliseconds: a fast-dying tick has a sharp peak and sounds like a click.
# Short enough (180 ms) to be over before the next one even at --time-scale 5.
tick() {
    local out=$1 freq=$2
    partial "$tmp/t1.wav" "$freq" 0.18 1.2
    partial "$tmp/t2.wav" "$(awk -v f="$freq" 'BEGIN { print f * 2 }')" 0.18 0.4
    sox -D -m -v 1 "$tmp/t1.wav" -v 0.25 "$tmp/t2.wav" "$out"
}

# glide OUT FROM TO LENGTH FADE_IN FADE_OUT: a breath-like sine sweep with a
# quiet octave above, swelling in and dying away.
glide() {
    local out=$1 from=$2 to=$3 length=$4 fade_in=$5 fade_out=$6
    sox -D -n "${float[@]}" "$tmp/g1.wav" synth "$length" sine "$from/$to" vol 0.1
    sox -D -n "${float[@]}" "$tmp/g2.wav" synth "$length" sine "$((from * 2))/$((to * 2))" vol 0.1
    sox -D -m -v 1 "$tmp/g1.wav" -v 0.15 "$tmp/g2.wav" "$out" fade h "$fade_in" "$length" "$fade_out"
}

# sequence OUT LENGTH FREQ@START...: bell strikes started at the given offsets, mixed.
sequence() {
    local out=$1 length=$2
    shift 2
    local inputs=() i=0
    for note in "$@"; do
        local freq=${note%@*} start=${note#*@}
        bell "$tmp/n$i.wav" "$freq" "$length"
        sox -D "$tmp/n$i.wav" "$tmp/d$i.wav" pad "$start"
        inputs+=(-v 1 "$tmp/d$i.wav")
        i=$((i + 1))
    done
    if [[ $i -eq 1 ]]; then
        cp "$tmp/d0.wav" "$out"
    else
        sox -D -m "${inputs[@]}" "$out"
    fi
}

# Loudness in dBFS: RMS of the loudest 200 ms window (50 ms hops). A chime is
# heard at its strike, so this matches a glide and a three-note arpeggio fairly.
loudness_db() {
    local file=$1 length best=0
    length=$(soxi -D "$file")
    local start=0
    while awk -v s="$start" -v l="$length" 'BEGIN { exit !(s < l) }'; do
        local rms
        rms=$(sox "$file" -n trim "$start" 0.2 stat 2>&1 | awk '/RMS +amplitude/ { print $3 }')
        best=$(awk -v a="$best" -v b="${rms:-0}" 'BEGIN { print (b > a ? b : a) }')
        start=$(awk -v s="$start" 'BEGIN { print s + 0.05 }')
    done
    awk -v r="$best" 'BEGIN { print 20 * log(r) / log(10) }'
}

# C major pentatonic (Hz)
G4=392.00 A4=440.00 C5=523.25 D5=587.33 E5=659.26 G5=783.99 A5=880.00 C6=1046.50

raw=$tmp/raw
mkdir -p "$raw"
sequence "$raw/session-start.wav" 1.3 "$C5@0" "$E5@0.16" "$G5@0.32"   # rising arpeggio: we begin
sequence "$raw/prepare.wav" 0.9 "$G4@0" "$C5@0.2"                     # two notes up: get ready
sequence "$raw/hold-start.wav" 1.3 "$A4@0"                            # one round strike: hold now
sequence "$raw/release.wav" 1.0 "$E5@0" "$A4@0.18"                    # falling fourth: let go
sequence "$raw/switch-sides.wav" 0.7 "$D5@0" "$D5@0.25"               # the same note twice: other side
glide "$raw/breathe-in.wav" 330 495 1.0 0.12 0.3                       # rising like an inhale
glide "$raw/breathe-out.wav" 495 330 1.0 0.06 0.5                      # falling like an exhale
tick "$raw/rep.wav" "$E5"                                              # low soft tick per repetition
tick "$raw/hold-ending.wav" "$A5"                                      # higher soft tick: 3, 2, 1
sequence "$raw/exercise-done.wav" 1.4 "$G4@0" "$C5@0.08" "$E5@0.16"   # rolled chord: well done
sequence "$raw/session-done.wav" 2.2 "$C5@0" "$D5@0.18" "$E5@0.36" "$G5@0.54" \
    "$C5@0.8" "$E5@0.8" "$G5@0.8" "$C6@0.8"                            # climb, then a ringing chord

mkdir -p "$out_dir"
for file in "$raw"/*.wav; do
    name=$(basename "$file")
    gain=$(awk -v t="$target_db" -v l="$(loudness_db "$file")" 'BEGIN { printf "%.2f", t - l }')
    # -D: no dither, so regenerating gives byte-identical files.
    sox -D "$file" -r "$rate" -c 1 -e signed-integer -b 16 "$out_dir/$name" gain "$gain"
done

if [[ "${1:-}" == "--check" ]]; then
    printf '%-20s %8s %10s %14s\n' sound length peak_dBFS loudness_dBFS
    for file in "$out_dir"/*.wav; do
        peak=$(sox "$file" -n stat 2>&1 | awk '/Maximum amplitude/ { print 20 * log($3) / log(10) }')
        printf '%-20s %8.2f %10.1f %14.1f\n' "$(basename "$file" .wav)" "$(soxi -D "$file")" "$peak" \
            "$(loudness_db "$file")"
    done
fi
