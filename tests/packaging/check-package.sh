#!/usr/bin/env bash
# Builds the .deb with CPack, checks it with lintian, unpacks it into a
# scratch root and starts the installed binary there.
#   check-package.sh BUILD_DIR
set -euo pipefail
build=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb)
echo "built $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Section Depends

# Errors fail; warnings are printed for the record.
lintian --tag-display-limit 0 "$deb" | tee "$scratch/lintian.txt" || true
if grep -q '^E:' "$scratch/lintian.txt"; then
    echo "lintian reported errors" >&2
    exit 1
fi
# The sound module is private, not a library for ldconfig (app/CMakeLists.txt).
if grep -q 'maintscript-calls-ldconfig' "$scratch/lintian.txt"; then
    echo "the package runs ldconfig: a shared object is installed where ldconfig looks" >&2
    exit 1
fi

dpkg-deb -x "$deb" "$scratch/root"
test -f "$scratch/root/usr/share/applications/io.github.limber.Limber.desktop"
test -f "$scratch/root/usr/share/metainfo/io.github.limber.Limber.metainfo.xml"
test -f "$scratch/root/usr/share/mime/packages/io.github.limber.Limber.xml"
test -f "$scratch/root/usr/share/icons/hicolor/scalable/apps/io.github.limber.Limber.svg"
test -f "$scratch/root/usr/share/icons/hicolor/256x256/apps/io.github.limber.Limber.png"
# The sound and print modules in Limber's private folder, and the executable
# free of what they alone need (issue 17: QtMultimedia and QtTextToSpeech load
# after the first frame, QtPrintSupport at the first print; QtSvg comes with
# Qt's SVG plugins, at the first SVG).
modules="$scratch/root/usr/lib/limber/modules"
test -f "$modules/limber-sound.so"
test -f "$modules/limber-print.so"
if readelf -d "$scratch/root/usr/bin/limber" | grep -E 'NEEDED.*(Multimedia|TextToSpeech|libpulse|PrintSupport|Svg)'; then
    echo "the executable links what only a module or a Qt plugin may" >&2
    exit 1
fi
readelf -d "$modules/limber-sound.so" | grep -q 'NEEDED.*libQt6Multimedia' \
    || { echo "the sound module does not link QtMultimedia" >&2; exit 1; }
readelf -d "$modules/limber-print.so" | grep -q 'NEEDED.*libQt6PrintSupport' \
    || { echo "the print module does not link QtPrintSupport" >&2; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q 'libqt6svg6' \
    || { echo "the package does not depend on Qt's SVG plugins (libqt6svg6)" >&2; exit 1; }
# Stripped, the executable must still export what the print module takes from
# it (the sound module is loaded for real below; printing needs a dialog).
missing=$(comm -23 <(nm -D --undefined-only "$modules/limber-print.so" | awk '/limber/ {print $2}' | sort -u) \
    <(nm -D --defined-only "$scratch/root/usr/bin/limber" | awk '{print $3}' | sort -u))
if [ -n "$missing" ]; then
    echo "the installed executable does not export what limber-print.so needs:" >&2
    echo "$missing" >&2
    exit 1
fi
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$scratch/home"
"$scratch/root/usr/bin/limber" --version
"$scratch/root/usr/bin/limber" --plan lower-back | tail -1
# The installed (stripped) binary finds its sound module in the unpacked tree.
mkdir -p -m 700 "$scratch/runtime"
XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime" \
    timeout 120 "$scratch/root/usr/bin/limber" --start pelvic-tilt --time-scale 50 --quit-at-end >"$scratch/session.log" 2>&1
grep -E "sound: module .*/usr/lib/limber/modules/limber-sound.so loaded" "$scratch/session.log" \
    || { echo "the installed binary did not load its sound module:" >&2; tail -20 "$scratch/session.log" >&2; exit 1; }
echo "package ok"
