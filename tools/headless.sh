# Sourced by the scripts that run Limber without a person at the screen
# (tools/measure.sh, tools/soak.sh, tools/screenshots.sh,
# tools/pose-contact-sheet.sh, scripts/test.sh): a private X display and a
# private home for one Limber run, so a measurement never touches the
# developer's settings, history or running Limber.
#
#   ensure_runtime_dir                  exports a private XDG_RUNTIME_DIR when there is no usable one
#   require_limber BUILD_DIR            sets $limber, or exits with what to do
#   require_tools TOOL...               exits naming the first missing tool
#   ensure_packages PACKAGE...          apt-get installs the missing ones (as root), for the measuring
#                                       scripts' own set-up: CI never runs them, so scripts/setup.sh
#                                       does not carry their packages
#   start_private_display               sets $work, $xvfb_pid; exports DISPLAY and XDG_*
#   stop_private_display                for the caller's EXIT trap

require_limber() {
    limber="$1/app/limber"
    [[ -x "$limber" ]] || { echo "no $limber: build it first (cmake --workflow --preset release)" >&2; exit 1; }
}

require_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "missing $tool: run scripts/setup.sh --test" >&2; exit 1; }
    done
}

ensure_packages() {
    local package missing=()
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    ((${#missing[@]} == 0)) && return 0
    if ((EUID != 0)); then
        echo "missing packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
        exit 1
    fi
    echo "installing ${missing[*]} ..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2
}

ensure_runtime_dir() {
    # Root has no runtime folder; Qt (and any sound server) want a private one.
    if [[ -z "${XDG_RUNTIME_DIR:-}" || ! -w "${XDG_RUNTIME_DIR:-/nonexistent}" ]]; then
        XDG_RUNTIME_DIR=$(mktemp -d)
        chmod 700 "$XDG_RUNTIME_DIR"
        export XDG_RUNTIME_DIR
    fi
}

start_private_display() {
    work=$(mktemp -d)
    local display=":$((100 + RANDOM % 800))"
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=$display XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=xcb
    export XDG_RUNTIME_DIR="$work/runtime"
    mkdir -p -m 700 "$XDG_RUNTIME_DIR"
    local _
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
}

# Waits until an EWMH window manager has taken the display (up to 5 s). A
# window mapped while openbox is still starting can be lost: started at the
# same moment, a plain Qt window stayed unmapped in 3 of 6 tries here.
wait_for_window_manager() {
    local _
    for _ in $(seq 50); do wmctrl -m >/dev/null 2>&1 && return 0; sleep 0.1; done
    echo "no window manager took the display within 5 s" >&2
    return 1
}

stop_private_display() {
    kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
