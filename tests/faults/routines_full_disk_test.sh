#!/usr/bin/env bash
# Importing a shared routine onto a full disk: one message naming the file,
# a non-zero exit, and everything the person had before is still there, whole.
# Needs a small tmpfs: as root, or as root of a user namespace; else skipped (77).
#   routines_full_disk_test.sh LIMBER DATA_DIR
limber=$1
data=$2
if [[ $(id -u) -ne 0 ]]; then
    unshare -rm true 2>/dev/null || { echo "SKIP: not root and no user namespaces: cannot mount"; exit 77; }
    exec unshare -rm -- bash "$0" "$@"
fi
source "$(dirname "$0")/lib.sh"

disk="$work/disk"
mkdir -p "$disk"
mount -t tmpfs -o size=1m tmpfs "$disk" 2>/dev/null || { echo "SKIP: cannot mount a tmpfs"; exit 77; }
trap 'umount "$disk" 2>/dev/null || true; cleanup' EXIT
export XDG_DATA_HOME="$disk/data"

"$limber" --import "$data/hips.limber" >"$work/first.log" 2>&1 || fail "the first import failed"
before=$(find "$XDG_DATA_HOME" -type f | sort | xargs md5sum)
# Fill the disk to the last byte.
dd if=/dev/zero of="$disk/filler" bs=4k 2>/dev/null || true
status=0
"$limber" --import "$data/hips.limber" >"$work/full.log" 2>&1 || status=$?
[[ $status -eq 1 ]] || fail "an import onto a full disk exited $status"
grep -Eq "hips.limber was not imported: cannot write .*limber/limber/(catalog|routines)/[^ ]+: No space left on device" \
    "$work/full.log" || fail "no clear message: $(cat "$work/full.log")"
after=$(find "$XDG_DATA_HOME" -type f | sort | xargs md5sum)
[[ $before == "$after" ]] || fail "a failed import changed what was there"
[[ -z $(find "$XDG_DATA_HOME" -name '.import-*') ]] || fail "a staging folder was left behind"
rm -f "$disk/filler"
"$limber" --import "$data/hips.limber" >"$work/after.log" 2>&1 || fail "importing again after freeing space failed"
grep -q "kept both: the new routine is \[hips-2\]" "$work/after.log" || fail "unexpected: $(cat "$work/after.log")"
echo "full disk: ok"
