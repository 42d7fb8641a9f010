#!/usr/bin/env bash
# Bad input through the app: `limber --validate` on every broken catalog file
# in tests/data/catalog, a 100 MB file made here, and a broken file in the
# user catalog folder, each within a time and a memory bound.
#   validate_broken_test.sh LIMBER CATALOG_DATA_DIR
limber=$1
data=$2
source "$(dirname "$0")/lib.sh"
command -v /usr/bin/time >/dev/null || fail "no /usr/bin/time: run scripts/setup.sh --test"

# Problems about the file as a whole carry no JSON path; every other one must
# name where in the document it is, e.g. "exercises[0].dose.hold_s: ".
file_level=" empty.json no-entries.json non-utf8.json root-array.json syntax-error.json "
# Unknown fields are ignored with a warning (newer files stay loadable): exit 0.
warning_only=" unknown-key.json "
json_path='[a-z_]+(\[[0-9]+\])?(\.[a-z_]+(\[[0-9]+\])?)*: '
max_seconds=${LIMBER_FAULT_MAX_SECONDS:-5}

# run NAME ARGS...: runs limber, output to $work/NAME.log; sets $status,
# $kb (peak RSS) and $seconds (wall time).
run() {
    local name=$1; shift
    status=0
    /usr/bin/time -f '%M %e' -o "$work/$name.time" timeout 30 "$limber" "$@" >"$work/$name.log" 2>&1 || status=$?
    read -r kb seconds < <(tail -1 "$work/$name.time")
}

# The bound on memory is relative to checking a good file, so that it holds
# for a debug, release or sanitizer build alike.
run baseline --validate "$data/valid.json"
[[ $status -eq 0 ]] || fail "valid.json: exit $status"
max_kb=$((kb + 32 * 1024))
echo "baseline: ${kb} KB, ${seconds} s; bounds: ${max_kb} KB, ${max_seconds} s"

checked=0
for file in "$data"/*.json; do
    name=$(basename "$file")
    [[ $name == valid.json ]] && continue
    run check --validate "$file"
    if [[ $warning_only == *" $name "* ]]; then
        [[ $status -eq 0 ]] || fail "$name: exit $status, expected 0 (warnings only)"
        grep -Eq -- "warning: .*$name: $json_path" "$work/check.log" || fail "$name: no warning with a JSON path"
    else
        [[ $status -eq 1 ]] || fail "$name: exit $status, expected 1"
        grep -q -- "$name: not valid" "$work/check.log" || fail "$name: no 'not valid' verdict"
    fi
    grep -q -- "$name: " "$work/check.log" || fail "$name: the message does not name the file"
    if [[ $file_level != *" $name "* ]]; then
        grep -Eq -- "$name: $json_path" "$work/check.log" || fail "$name: no JSON path in: $(head -3 "$work/check.log")"
    fi
    (( kb <= max_kb )) || fail "$name: ${kb} KB peak, bound ${max_kb} KB"
    awk -v s="$seconds" -v m="$max_seconds" 'BEGIN {exit !(s <= m)}' || fail "$name: ${seconds} s, bound ${max_seconds} s"
    checked=$((checked + 1))
done
(( checked >= 38 )) || fail "only $checked broken files checked"
echo "broken files: $checked checked (exit 1, or 0 for warnings only), each naming the file and a JSON path where one applies"

# 100 MB, made now rather than committed: refused by its size, never read in.
# (yes ends on SIGPIPE once head has enough: not a failure here.)
{ printf '{"format": "limber-catalog", "version": 1, "exercises": ['; { yes '{"id": "x", "name": "y"},' || true; } | head -c 100M; } >"$work/huge.json"
run huge --validate "$work/huge.json"
echo "100 MB file: exit $status, ${kb} KB, ${seconds} s"
[[ $status -eq 1 ]] || fail "huge.json: exit $status, expected 1"
grep -q "huge.json: file is larger than" "$work/huge.log" || fail "huge.json: not refused for its size"
(( kb <= max_kb )) || fail "huge.json: ${kb} KB peak, bound ${max_kb} KB"
awk -v s="$seconds" -v m="$max_seconds" 'BEGIN {exit !(s <= m)}' || fail "huge.json: ${seconds} s"
# The same through a pipe, which reports no size: read up to the limit, then refused.
status=0
cat "$work/huge.json" | /usr/bin/time -f '%M %e' -o "$work/pipe.time" timeout 30 "$limber" --validate /dev/stdin \
    >"$work/pipe.log" 2>&1 || status=$?
read -r kb seconds < <(tail -1 "$work/pipe.time")
echo "100 MB through a pipe: exit $status, ${kb} KB, ${seconds} s"
[[ $status -eq 1 ]] || fail "pipe: exit $status, expected 1"
grep -q "file is larger than" "$work/pipe.log" || fail "pipe: not refused for its size"
(( kb <= max_kb )) || fail "pipe: ${kb} KB peak, bound ${max_kb} KB"
rm -f "$work/huge.json"

# A broken file in the user's catalog folder: reported, skipped, and the
# built-in catalog is all there.
catalog="$XDG_DATA_HOME/limber/limber/catalog"
mkdir -p "$catalog"
cp "$data/multiple-errors.json" "$data/syntax-error.json" "$catalog/"
printf '\xff\xfe garbage' >"$catalog/binary.json"
run list --list
[[ $status -eq 0 ]] || fail "--list with broken user files: exit $status"
for region in "Neck and shoulders" "Upper back" "Lower back"; do
    grep -q "$region" "$work/list.log" || fail "--list lacks the built-in region '$region'"
done
for broken in multiple-errors.json syntax-error.json binary.json; do
    grep -Eq "catalog: .*$broken: " "$work/list.log" || fail "--list does not report $broken"
done
echo "PASS"
