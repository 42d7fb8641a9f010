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
# The sound module in Limber's private folder, and the executable free of
# what it alone needs (issue 17: QtMultimedia and QtTextToSpeech load after the first frame).
test -f "$scratch/root/usr/lib/limber/modules/limber-sound.so"
if readelf -d "$scratch/root/usr/bin/limber" | grep -E 'NEEDED.*(Multimedia|TextToSpeech|libpulse)'; then
    echo "the executable links what only the sound module may" >&2
    exit 1
fi
readelf -d "$scratch/root/usr/lib/limber/modules/limber-sound.so" | grep -q 'NEEDED.*libQt6Multimedia' \
    || { echo "the sound module does not link QtMultimedia" >&2; exit 1; }
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
