#!/usr/bin/env bash
# Reminders from the command line, end to end with the real app: `--reminders`
# switches them in the settings file and tells a running Limber; `--remind-in`
# reaches the running one (which stays in the tray and shows one reminder: no
# notification server here, so its own corner prompt); a corrupt setting is
# named and never turns reminders on.
#   reminders_test.sh LIMBER
limber=$1
source "$(dirname "$0")/lib.sh"
conf="$XDG_CONFIG_HOME/limber/limber.conf"

"$limber" --reminders status >"$work/status.log" 2>&1 || fail "--reminders status failed"
expect_line "$work/status.log" "^Stretch reminders are off\.$"

"$limber" --reminders on >"$work/on.log" 2>&1 || fail "--reminders on failed"
expect_line "$work/on.log" "Stretch reminders are on: after 50 minutes of computer use, on Mon Tue Wed Thu Fri, 09:00 to 18:00\."
grep -q '^enabled=true' "$conf" || fail "$conf does not say enabled=true"

"$limber" --reminders off >"$work/off.log" 2>&1 || fail "--reminders off failed"
expect_line "$work/off.log" "^Stretch reminders are off\.$"

# A damaged value: named with its file and key, and reminders stay off.
sed -i 's/^enabled=.*/enabled=perhaps/' "$conf"
"$limber" --reminders status >"$work/corrupt.log" 2>&1 || fail "--reminders status failed on a corrupt value"
expect_line "$work/corrupt.log" "limber.conf: reminders/enabled: is not true or false"
expect_line "$work/corrupt.log" "^Stretch reminders are off\.$"
"$limber" --reminders off >/dev/null 2>&1

# A running Limber in the tray (no session bus, no tray host: it says so and minimizes).
env -u DBUS_SESSION_BUS_ADDRESS "$limber" --tray --time-scale 1 >"$work/tray.log" 2>&1 &
first=$!; pids+=("$first")
wait_for "$work/tray.log" "starting in the tray" 30 "$first"

"$limber" --reminders on >"$work/on2.log" 2>&1 || fail "--reminders on (running) failed"
wait_for "$work/tray.log" "second instance: reminder settings changed" 10 "$first"

status=0
timeout 10 "$limber" --remind-in 1s >"$work/remind.log" 2>&1 || status=$?
[[ $status -eq 0 ]] || fail "--remind-in exited $status"
expect_line "$work/remind.log" "already running; asked it for a reminder in 1 s"
wait_for "$work/tray.log" "second instance: a reminder in 1 s" 10 "$first"
wait_for "$work/tray.log" "reminders: reminding now \(one-off\)" 20 "$first"
refuse_line "$work/tray.log" "\] error|critical"
echo "PASS"
