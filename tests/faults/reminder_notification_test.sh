#!/usr/bin/env bash
# The whole reminder against the real thing: a private session bus, a private
# X display with a window manager and the dunst notification daemon. `limber
# --tray --remind-in 2s` sends one notification naming a desk exercise;
# invoking its default action (what a click on the bubble does) opens the
# window and starts that session.
#   reminder_notification_test.sh LIMBER
limber=$1
source "$(dirname "$0")/lib.sh"
for tool in dbus-daemon Xvfb dunst dunstctl openbox xdpyinfo; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup.sh --test installs it)"
done

# The check-in would ask first (a person answers it); this test is about the reminder.
mkdir -p "$XDG_CONFIG_HOME/limber"
printf '[session]\npain_check_in=false\n' >"$XDG_CONFIG_HOME/limber/limber.conf"

eval "$(dbus-daemon --session --fork --print-address=1 --print-pid=1 | {
    read -r address; read -r pid; echo "export DBUS_SESSION_BUS_ADDRESS='$address'; bus_pid=$pid"; })"
pids+=("$bus_pid")
display=":$((200 + RANDOM % 600))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=("$!")
export DISPLAY=$display QT_QPA_PLATFORM=xcb
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo >/dev/null 2>&1 || fail "Xvfb did not start on $display"
openbox >"$work/openbox.log" 2>&1 &
pids+=("$!")
dunst >"$work/dunst.log" 2>&1 &
pids+=("$!")

"$limber" --tray --remind-in 2s >"$work/limber.log" 2>&1 &
app=$!; pids+=("$app")
wait_for "$work/limber.log" "reminders: reminding now \(one-off\)" 30 "$app"
wait_for "$work/limber.log" "reminders: shown as desktop notifications" 10 "$app"
wait_for "$work/limber.log" "notifications: dunst" 10 "$app"
refuse_line "$work/limber.log" "step 0 kind="

# The bubble: dunst shows it; its default action is a click.
for _ in $(seq 50); do [[ "$(dunstctl count displayed)" -ge 1 ]] && break; sleep 0.1; done
[[ "$(dunstctl count displayed)" -eq 1 ]] || fail "dunst shows $(dunstctl count displayed) notifications, not 1"
dunstctl action 0
wait_for "$work/limber.log" "step 0 kind=prepare exercise=(flexion|lateral-flexion|shoulder-rolls)" 20 "$app"
[[ "$(grep -c 'reminders: reminding now' "$work/limber.log")" -eq 1 ]] || fail "more than one reminder"
refuse_line "$work/limber.log" "\] (error|critical)"
echo "PASS"
