#!/usr/bin/env bash
# Installs whatever Limber needs that this Debian 12 machine lacks.
# Idempotent and quick: it asks dpkg first and runs apt only for what is missing.
#   scripts/setup.sh          packages to build and run
#   scripts/setup.sh --test   also what the test suite uses (Xvfb, sound server, ...)
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libspdlog-dev libgtest-dev libgmock-dev libbenchmark-dev
    libqt6sql6-sqlite sqlite3
    gstreamer1.0-plugins-base fonts-dejavu-core
    qt6-speech-dev qt6-speech-flite-plugin qt6-declarative-dev
    # The voice: speech-dispatcher with espeak-ng speaks all four interface languages
    # (flite, the fallback, English only); tests/audio/voice_capture_test.sh hears it.
    qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng espeak-ng-data
    libxcb1-dev libxcb-screensaver0-dev
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(xvfb xauth x11-utils xdotool imagemagick desktop-file-utils appstream lintian dpkg-dev file
               clang-14 libclang-rt-14-dev
               pulseaudio pulseaudio-utils sox python3
               time shared-mime-info libglib2.0-bin libxml2-utils python3-jsonschema poppler-utils
               dbus dunst playerctl openbox trayer wmctrl)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { "${sudo[@]}" apt-get update -qq && \
       "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "setup: installing packages failed (log above)" >&2
    exit 1
fi
rm -f "$log"
