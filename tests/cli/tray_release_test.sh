#!/usr/bin/env bash
# Closed to the tray, the window is given back and built again when it is next
# shown (issue 17: the tray's memory once the window has been open). On a
# private X display with a window manager (openbox, whose close is what a
# person's click on × sends) and a panel with a system tray (trayer): the
# window a second `limber` brings up is released when closed, a third `limber`
# builds it again, and it is released again when closed; nothing goes wrong.
#   tray_release_test.sh LIMBER
limber=$1
source "$(dirname "$0")/../faults/lib.sh"
for tool in Xvfb xdpyinfo trayer openbox wmctrl; do
    command -v "$tool" >/dev/null || { echo "SKIP: no $tool (scripts/setup.sh --test installs it)"; exit 77; }
done
unset DBUS_SESSION_BUS_ADDRESS
export QT_QPA_PLATFORM=xcb DISPLAY=":$((100 + RANDOM % 800))"
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
openbox >/dev/null 2>&1 &
pids+=($!)
trayer --edge top --align right --widthtype pixel --width 120 >/dev/null 2>&1 &
pids+=($!)
mkdir -p "$XDG_CONFIG_HOME/limber"
printf '[reminders]\nenabled=true\n[tray]\ntold_about_close=true\n' >"$XDG_CONFIG_HOME/limber/limber.conf"
sleep 1 # the panel claims the tray before Limber looks for it

"$limber" --tray >"$work/tray.log" 2>&1 &
first=$!; pids+=("$first")
wait_for "$work/tray.log" "history: opened" 30 "$first" # start-up has finished: the tray companion is there

# close_window: what the window manager's close button sends (WM_DELETE_WINDOW).
close_window() {
    local window i
    for ((i = 0; i < 100; ++i)); do
        window=$(wmctrl -lp | awk -v p="$first" '$3 == p {print $1; exit}')
        [[ -n "$window" ]] && break
        sleep 0.1
    done
    [[ -n "$window" ]] || fail "the window never appeared to the window manager"
    wmctrl -i -c "$window"
}

for round in 1 2; do
    timeout 10 "$limber" >"$work/open-$round.log" 2>&1 || fail "instance $round failed"
    for _ in $(seq 100); do
        [[ $(grep -c "second instance: request received" "$work/tray.log") -ge $round ]] && break
        sleep 0.1
    done
    [[ $(grep -c "main window built" "$work/tray.log") -eq $round ]] || fail "round $round: the window was not built anew"
    close_window
    for _ in $(seq 100); do # the close is the window manager's round trip away
        [[ $(grep -c "main window released" "$work/tray.log") -ge $round ]] && break
        sleep 0.1
    done
    [[ $(grep -c "main window released" "$work/tray.log") -eq $round ]] || fail "round $round: the window was not released"
done
kill -0 "$first" 2>/dev/null || fail "Limber did not stay in the tray"
refuse_line "$work/tray.log" "\] error|critical"
echo "PASS"
