#!/usr/bin/env python3
"""Checks a recording of a Limber session against the session's log.

    analyse_capture.py SAMPLES_S16LE_RATE LOG PLAN_JSON TIME_SCALE PAUSE_FOR_MS

SAMPLES is raw mono signed 16-bit audio (sox converts the capture), named
with its sample rate after the last underscore. LOG is Limber's stderr; PLAN
is `limber --plan TARGET --json`.

What it checks, and why each is honest:
- Every step of the plan was entered (log `step N ... scheduled_ms=`), in
  order, at its planned offset (plus the pause, after it).
- The recording is aligned on its first onset, the session-start chime (a
  null sink's latency is arbitrary, so absolute times mean nothing),
  corrected by the median offset of all transitions; then a sound must start
  within the tolerance of every planned transition and of the end of the
  session. The countdown ticks before a release are 1 s of plan time early,
  so at the test's time scale they are too far off to stand in for it.
- While the session is paused (after the last chime has had time to ring out)
  the recording is digital silence, give or take a rounding bit.
Prints one line per transition with its offset, then a summary.
"""
import json
import math
import re
import sys
from array import array
from datetime import datetime

FRAME_MS = 5
ONSET_FLOOR = 0.004        # about -48 dBFS: anything quieter is not a chime start
ONSET_RISE = 1.8           # a frame this many times louder than 10-40 ms before it
ONSET_GAP_MS = 60          # one onset per strike
EARLY_MS = 100             # each chime is its own PulseAudio stream, and a null
LATE_MS = 100              # sink's streams start within about +-60 ms of each other
ALIGN_WINDOW_MS = 250      # onsets this close to a transition inform the alignment
TAIL_MS = 400              # a chime already ringing when the pause starts may finish
SILENCE = 0.001            # about -60 dBFS; a null sink's silence is exactly 0


def envelope(samples, rate):
    """RMS per FRAME_MS frame, samples scaled to -1..1."""
    per = rate * FRAME_MS // 1000
    out = []
    for start in range(0, len(samples) - per + 1, per):
        chunk = samples[start:start + per]
        out.append(math.sqrt(sum(v * v for v in chunk) / per) / 32768.0)
    return out


def onsets(env):
    found = []
    for k in range(8, len(env)):
        before = min(env[k - 8:k - 2])
        if env[k] >= ONSET_FLOOR and env[k] >= ONSET_RISE * max(before, ONSET_FLOOR / 4):
            t = k * FRAME_MS
            if not found or t - found[-1] >= ONSET_GAP_MS:
                found.append(t)
    return found


def wall_ms(line):
    stamp = line.split(' ')[0] + ' ' + line.split(' ')[1]
    return datetime.strptime(stamp, '%Y-%m-%d %H:%M:%S.%f').timestamp() * 1000.0


def main():
    raw, log_path, plan_path, scale, pause_for = sys.argv[1:6]
    scale = float(scale)
    rate = int(raw.rsplit('_', 1)[1].split('.')[0])
    samples = array('h')
    with open(raw, 'rb') as f:
        samples.frombytes(f.read())
    if sys.byteorder != 'little':
        samples.byteswap()
    plan = json.load(open(plan_path))
    log = open(log_path, encoding='utf-8', errors='replace').read().splitlines()

    problems = []
    steps = {}
    for line in log:
        m = re.search(r'\bstep (\d+) kind=\S+ .* scheduled_ms=(-?\d+) actual_ms=(-?\d+)', line)
        if m:
            steps[int(m.group(1))] = (int(m.group(2)), int(m.group(3)))
    finished = [re.search(r'session finished scheduled_ms=(\d+)', l) for l in log]
    finished = [int(m.group(1)) for m in finished if m]
    paused = [l for l in log if 'testing aid: paused at session_ms=' in l]
    resumed = [l for l in log if 'testing aid: resuming' in l]

    planned = plan['steps']
    if sorted(steps) != list(range(len(planned))):
        problems.append(f'steps logged {sorted(steps)}, planned 0..{len(planned) - 1}')
    if not finished:
        problems.append('the session did not finish')
    pause_at = None
    if paused:
        pause_at = int(re.search(r'session_ms=(\d+)', paused[0]).group(1))
    shift = None
    for index, step in enumerate(planned):
        if index not in steps:
            continue
        scheduled = steps[index][0]
        extra = scheduled - step['start_ms']
        if pause_at is None or step['start_ms'] <= pause_at:
            if abs(extra) > 1:
                problems.append(f'step {index} scheduled at {scheduled} ms, planned {step["start_ms"]} ms')
        else:
            shift = extra if shift is None else shift
            if abs(extra - shift) > 1:
                problems.append(f'step {index} shifted by {extra} ms, earlier steps by {shift} ms')
    if pause_at is not None and shift is not None:
        print(f'pause: planned times after it move by {shift / scale:.0f} ms real '
              f'(pause {pause_for} ms + get-ready countdown)')

    env = envelope(samples, rate)
    heard = onsets(env)
    print(f'recording: {len(samples) / rate:.2f} s, {len(heard)} onsets, '
          f'peak {max(env) if env else 0:.3f}')
    if not heard:
        print('FAIL: nothing was heard')
        return 1
    anchor = heard[0]
    print('onsets (ms after the first): ' + ' '.join(f'{t - anchor:.0f}' for t in heard))

    transitions = [(f'step {i} {planned[i]["kind"]}', steps[i][0]) for i in sorted(steps)]
    if finished:
        transitions.append(('session done', finished[0]))
    # The first chime's own start-up jitter should not shift every other
    # expectation: correct the anchor by the median offset of the sounds
    # nearest to the transitions (a constant, like the rig's latency).
    nearest = []
    for _, clock_ms in transitions:
        expected = anchor + clock_ms / scale
        close = [t - expected for t in heard if abs(t - expected) <= ALIGN_WINDOW_MS]
        if close:
            nearest.append(min(close, key=abs))
    nearest.sort()
    correction = nearest[len(nearest) // 2] if nearest else 0.0
    print(f'alignment: first onset, corrected by the median offset {correction:+.0f} ms')
    anchor += correction
    worst = 0.0
    for name, clock_ms in transitions:
        expected = anchor + clock_ms / scale
        near = [t - expected for t in heard if -EARLY_MS <= t - expected <= LATE_MS]
        if near:
            offset = min(near, key=abs)
            worst = max(worst, abs(offset))
            print(f'  {name:<22} planned {clock_ms / scale:8.0f} ms  sound at {offset:+5.0f} ms')
        else:
            closest = min(heard, key=lambda t: abs(t - expected)) - expected
            print(f'  {name:<22} planned {clock_ms / scale:8.0f} ms  NO SOUND (closest onset {closest:+.0f} ms)')
            problems.append(f'no sound within {-EARLY_MS}..+{LATE_MS} ms of {name}')

    if paused and resumed:
        pause_len = wall_ms(resumed[0]) - wall_ms(paused[0])
        start = anchor + pause_at / scale
        first = int((start + TAIL_MS) // FRAME_MS)
        last = int((start + pause_len - 50) // FRAME_MS)
        window = env[first:last]
        loudest = max(window) if window else 0.0
        print(f'paused: {pause_len:.0f} ms from {start:.0f} ms; loudest 5 ms frame after the first '
              f'{TAIL_MS} ms: {loudest:.5f} (silence below {SILENCE})')
        if not window:
            problems.append('the pause is not in the recording')
        elif loudest > SILENCE:
            problems.append(f'sound while paused (rms {loudest:.4f})')
    elif pause_for != '0':
        problems.append('the session was not paused as asked')

    print(f'worst onset offset: {worst:.0f} ms (tolerance {-EARLY_MS}..+{LATE_MS} ms)')
    for problem in problems:
        print(f'FAIL: {problem}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
