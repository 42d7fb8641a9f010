#!/usr/bin/env bash
# `limber --tray` builds no window until something shows it (issue 17: the
# tray's memory). On a private X display with a panel that has a system tray
# (trayer), and no session bus (the reminder is Limber's own corner prompt):
# a reminder and a forwarded --remind-in come with no window built; a second
# `limber --start` builds it once, brings it up and starts the session there;
# a third `limber` finds the same window.
#   tray_window_test.sh LIMBER
limber=$1
source "$(dirname "$0")/../faults/lib.sh"
for tool in Xvfb xdpyinfo trayer; do
    command -v "$tool" >/dev/null || { echo "SKIP: no $tool (scripts/setup.sh --test installs it)"; exit 77; }
done
unset DBUS_SESSION_BUS_ADDRESS
export QT_QPA_PLATFORM=xcb DISPLAY=":$((100 + RANDOM % 800))"
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
trayer --edge top --align right --widthtype pixel --width 120 >/dev/null 2>&1 &
pids+=($!)
mkdir -p "$XDG_CONFIG_HOME/limber"
printf '[reminders]\nenabled=true\n[session]\npain_check_in=false\n' >"$XDG_CONFIG_HOME/limber/limber.conf"
# A routine file someone broke: with no window to name it in, the icon tells of it.
mkdir -p "$XDG_DATA_HOME/limber/limber/routines"
printf '{"name": "Physio", "exercises": [\n' >"$XDG_DATA_HOME/limber/limber/routines/physio.json"
sleep 1 # the panel claims the tray before Limber looks for it

"$limber" --tray --time-scale 20 >"$work/tray.log" 2>&1 &
first=$!; pids+=("$first")
wait_for "$work/tray.log" "starting in the tray" 30 "$first"
wait_for "$work/tray.log" "history: opened" 30 "$first" # start-up has finished: the tray companion is there
wait_for "$work/tray.log" "tray: told of 1 file problem\(s\) from the icon" 10 "$first"
expect_line "$work/tray.log" "routines: .*physio.json has errors; it is left as it is"

# A reminder asked for by a script: it comes, and the window is still not built.
timeout 10 "$limber" --remind-in 20s >"$work/remind.log" 2>&1 || fail "--remind-in failed"
wait_for "$work/tray.log" "reminders: reminding now \(one-off\)" 20 "$first"
refuse_line "$work/tray.log" "main window built"
refuse_line "$work/tray.log" "tray: This desktop has no tray" # the panel was found: nothing minimized

# A second `limber --start`: the window is built now, once, and the session starts in it.
timeout 10 "$limber" --start pelvic-tilt >"$work/second.log" 2>&1 || fail "the second instance failed"
wait_for "$work/tray.log" "second instance: request received \(start: pelvic-tilt\)" 10 "$first"
wait_for "$work/tray.log" "step 1 kind=" 10 "$first"
timeout 10 "$limber" >"$work/third.log" 2>&1 || fail "the third instance failed"
wait_for "$work/tray.log" "second instance: request received \(start: nothing\)" 10 "$first"
[[ $(grep -c "main window built" "$work/tray.log") -eq 1 ]] || fail "the window was not built exactly once"
expect_line "$work/tray.log" "main window built"
refuse_line "$work/tray.log" "\] error|critical"
echo "PASS"
