#!/usr/bin/env bash
# Limber in a hostile environment: it must run the session, say clearly what
# it could not do, exit 0, and never crash or lose what was already saved.
#   environment_test.sh LIMBER MODE
# MODE: no-data-folder | no-log-folder | full-disk | corrupt-settings | no-speech | no-sound-module
limber=$1
mode=$2
# The sound module (chimes and voice) is built next to the executable.
sound_module="$(dirname "$limber")/limber-sound.so"
# full-disk mounts a tmpfs: as root, or as root of a user namespace.
if [[ $mode == full-disk && $(id -u) -ne 0 ]]; then
    unshare -rm true 2>/dev/null || { echo "SKIP: not root and no user namespaces: cannot mount"; exit 77; }
    exec unshare -rm -- bash "$0" "$@"
fi
source "$(dirname "$0")/lib.sh"

session_ran() {
    local log=$1
    [[ $status -eq 0 ]] || fail "limber exited $status"
    expect_line "$log" "step 1 kind="
    expect_line "$log" "session finished "
}

case "$mode" in
no-data-folder)
    # A file where the data folder should be: nothing can be created under it,
    # even by root (a read-only folder would not stop root).
    export XDG_DATA_HOME="$work/not-a-folder"
    echo "a file" >"$XDG_DATA_HOME"
    run_short_session "$work/limber.log"
    session_ran "$work/limber.log"
    expect_line "$work/limber.log" "cannot write the log file in .*not-a-folder/limber/limber/logs .*logging to the terminal only"
    expect_line "$work/limber.log" "error history: .*not-a-folder"
    refuse_line "$work/limber.log" "history: session [0-9]+ saved"
    [[ "$(cat "$XDG_DATA_HOME")" == "a file" ]] || fail "the file in the way was changed"
    if [[ $(id -u) -ne 0 ]]; then
        # Not root: a read-only folder is a real obstacle too.
        export XDG_DATA_HOME="$work/read-only"
        mkdir -m 555 "$XDG_DATA_HOME"
        run_short_session "$work/read-only.log"
        session_ran "$work/read-only.log"
        expect_line "$work/read-only.log" "logging to the terminal only"
        expect_line "$work/read-only.log" "error history: "
    fi
    ;;
no-log-folder)
    # The data folder works but a file sits where the log folder should be:
    # the log goes to the terminal only, the history is still saved.
    mkdir -p "$XDG_DATA_HOME/limber/limber"
    echo "a file" >"$XDG_DATA_HOME/limber/limber/logs"
    run_short_session "$work/limber.log"
    session_ran "$work/limber.log"
    expect_line "$work/limber.log" "cannot write the log file in .*/limber/limber/logs .*logging to the terminal only"
    expect_line "$work/limber.log" "history: session 1 saved"
    refuse_line "$work/limber.log" "error history: "
    ;;
full-disk)
    # A real full file system: a small tmpfs. Mounting needs root, or a user
    # namespace where we are root; without either the test is skipped (77).
    # Store-level fakes (SQLite's max_page_count) would not show what the app
    # does when its log and database both hit ENOSPC, which is the point here.
    disk="$work/disk"
    mkdir -p "$disk"
    mount -t tmpfs -o size=8m tmpfs "$disk" 2>/dev/null || { echo "SKIP: cannot mount a tmpfs"; exit 77; }
    trap 'umount "$disk" 2>/dev/null || true; cleanup' EXIT
    export XDG_DATA_HOME="$disk/data"
    run_short_session "$work/before.log"
    session_ran "$work/before.log"
    expect_line "$work/before.log" "history: session 1 saved"
    db=$(find "$XDG_DATA_HOME" -name history.sqlite -print -quit)
    [[ -n "$db" ]] || fail "no history.sqlite under $XDG_DATA_HOME"

    dd if=/dev/zero of="$disk/filler" bs=4k 2>/dev/null || true # until ENOSPC
    df -k "$disk" | tail -1
    run_short_session "$work/full.log"
    session_ran "$work/full.log"
    # SQLite reports ENOSPC at open as "disk I/O error" (its -shm file cannot
    # grow); the line names the file and says what to do in plain words.
    expect_line "$work/full.log" "error history: .*history.sqlite.*the disk is full. Free some space"
    refuse_line "$work/full.log" "history: session 2 saved"

    # Nothing saved before is lost, the file is sound, and saving works
    # again once there is room.
    rm -f "$disk/filler"
    [[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" == ok ]] || fail "$db is damaged"
    [[ "$(sqlite3 "$db" 'SELECT count(*) FROM sessions WHERE id = 1')" == 1 ]] || fail "session 1 was lost"
    run_short_session "$work/after.log"
    session_ran "$work/after.log"
    expect_line "$work/after.log" "history: session [0-9]+ saved"
    [[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" == ok ]] || fail "$db is damaged after recovery"
    ;;
corrupt-settings)
    settings="$XDG_CONFIG_HOME/limber/limber.conf"
    mkdir -p "$(dirname "$settings")"
    # Binary garbage (a PNG header) and a broken section holding an absurd
    # value: reported by name, the value is not taken, the original is kept.
    printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR not a setting\n[session\nhold_s=9999\n' >"$settings"
    cp "$settings" "$work/garbage"
    run_short_session "$work/limber.log"
    session_ran "$work/limber.log"
    expect_line "$work/limber.log" "warning settings: .*limber/limber.conf is damaged.*a copy is kept as .*limber.conf.damaged"
    expect_line "$work/limber.log" "hold_s: 9999 is outside 15..60; using 30"
    cmp -s "$work/garbage" "$settings.damaged" || fail "the damaged file was not kept as it was"
    # A missing settings file is simply the first run: no warning at all.
    rm -f "$settings"
    run_short_session "$work/missing.log"
    session_ran "$work/missing.log"
    refuse_line "$work/missing.log" "warning settings: "
    ;;
no-speech)
    # The voice is on, but no speech engine is installed: a copy of the app
    # whose qt.conf points at a plugin folder without texttospeech/. A private
    # PulseAudio null sink gives it an audio output, or the voice would give
    # up for want of one before ever looking for an engine.
    command -v pulseaudio >/dev/null || { echo "SKIP: no pulseaudio"; exit 77; }
    unset PULSE_SERVER
    export HOME="$work/home"; mkdir -p "$HOME"
    printf 'autospawn = no\n' >"$work/client.conf"
    export PULSE_CLIENTCONFIG="$work/client.conf"
    pulseaudio --daemonize=yes --exit-idle-time=-1 -n --load=module-native-protocol-unix \
        --load="module-null-sink sink_name=test_sink" 2>/dev/null || fail "the private PulseAudio did not start"
    trap 'pulseaudio --kill 2>/dev/null || true; cleanup' EXIT
    for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
    mkdir -p "$XDG_CONFIG_HOME/limber" "$work/app" "$work/plugins"
    printf '[session]\nvoice=true\n' >"$XDG_CONFIG_HOME/limber/limber.conf"
    qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
    for dir in "$qt_plugins"/*; do
        [[ $(basename "$dir") == texttospeech ]] || ln -s "$dir" "$work/plugins/"
    done
    printf '[Paths]\nPlugins=%s\n' "$work/plugins" >"$work/app/qt.conf"
    cp "$limber" "$work/app/limber"
    cp "$sound_module" "$work/app/" # the copy finds it beside itself, as in the build tree
    limber="$work/app/limber"
    run_short_session "$work/limber.log"
    session_ran "$work/limber.log"
    expect_line "$work/limber.log" "sound: module .*/app/limber-sound.so loaded"
    expect_line "$work/limber.log" "warning voice unavailable: no text-to-speech engine plugin installed"
    grep -m1 "voice unavailable" "$work/limber.log"
    ;;
no-sound-module)
    # A copy of the app without its sound module (a broken install): the
    # session runs to its end in silence, and the log names the file it
    # looked for and why it could not load it. The voice is on, so the
    # silent stand-in for speech is exercised too.
    [[ -f "$sound_module" ]] || fail "no $sound_module: the module is built with the app"
    mkdir -p "$XDG_CONFIG_HOME/limber" "$work/app/bin"
    printf '[session]\nvoice=true\n' >"$XDG_CONFIG_HOME/limber/limber.conf"
    cp "$limber" "$work/app/bin/limber"
    limber="$work/app/bin/limber"
    run_short_session "$work/limber.log"
    session_ran "$work/limber.log"
    # Not beside the executable, so the installed place is the one named.
    expect_line "$work/limber.log" "warning sound unavailable: cannot load the sound module .*/app/lib/limber/modules/limber-sound.so: .+; chimes and voice are off"
    expect_line "$work/limber.log" "warning voice unavailable: "
    refuse_line "$work/limber.log" "sound: module .* loaded"
    grep -m1 "cannot load the sound module" "$work/limber.log"
    # A module that is there but broken is named with the loader's reason.
    mkdir -p "$work/app/lib/limber/modules"
    echo "not a shared object" >"$work/app/lib/limber/modules/limber-sound.so"
    run_short_session "$work/broken.log"
    session_ran "$work/broken.log"
    expect_line "$work/broken.log" "cannot load the sound module .*/app/lib/limber/modules/limber-sound.so: .+; chimes and voice are off"
    ;;
*)
    fail "unknown mode $mode"
    ;;
esac
echo "PASS ($mode)"
