#!/usr/bin/env bash
# `limber --pdf TARGET FILE` end to end, with no display: the text a patient
# reads (pdftotext) in English and German, the paper sizes (pdfinfo), the pages
# as rendered (pdftoppm, via pdf_pages.py) and the refusals.
#   pdf_test.sh LIMBER
set -euo pipefail
limber=$1
here=$(dirname "$0")
for tool in pdftotext pdftoppm pdfinfo pdftohtml python3; do
    command -v "$tool" >/dev/null || { echo "FAIL: no $tool: run scripts/setup.sh --test (poppler-utils)" >&2; exit 1; }
done

work=$(mktemp -d)
disk="$work/disk"
cleanup() {
    umount "$disk" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# No display at all, and no platform chosen: --pdf must pick offscreen itself.
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# run NAME ARGS...: limber's output in $work/NAME.log, its exit status in $status.
run() {
    local name=$1; shift
    status=0
    timeout 60 "$limber" "$@" >"$work/$name.log" 2>&1 || status=$?
}
contains() { # FILE TEXT...
    local file=$1; shift
    local text
    for text in "$@"; do
        grep -qF -- "$text" "$file" || { cat "$file" >&2; fail "$file lacks \"$text\""; }
    done
}

# --- English, A4: the region's name, its exercises, doses in words, the grid ---
run a4 --pdf lower-back "$work/lower-back.pdf" --page-size a4
[[ $status -eq 0 ]] || { cat "$work/a4.log" >&2; fail "--pdf exited $status"; }
contains "$work/a4.log" "lower-back.pdf"
pdfinfo "$work/lower-back.pdf" >"$work/a4.info"
contains "$work/a4.info" "pts (A4)"
grep -Eq "^Creator: +Limber$" "$work/a4.info" && grep -Eq "^Title: +Lower back$" "$work/a4.info" \
    || { cat "$work/a4.info" >&2; fail "the PDF's title and creator"; }
pdftotext -layout "$work/lower-back.pdf" "$work/a4.txt"
contains "$work/a4.txt" "Lower back" "Knee-to-chest stretch" "Pelvic tilt" "Hold 30 s · 3 times" \
    "Starting position" "Step by step" "Your two weeks" "Week 1" "Week 2" "Day 1" "Day 7" "Day 8" "Day 14" \
    "Pain" "0–10" "Page 1 of" "Works on:"
pages=$(sed -n 's/^Pages: *//p' "$work/a4.info")
[[ $pages -ge 2 ]] || fail "expected at least two pages, got $pages"
contains "$work/a4.txt" "Page $pages of $pages"
mkdir "$work/a4-pages"
python3 "$here/pdf_pages.py" "$work/lower-back.pdf" "$work/a4-pages" >"$work/a4.pages" || fail "pages of the A4 handout"
contains "$work/a4.pages" "pages=$pages pictures=4"

# --- Letter, exercise ids, every exercise: more pages, nothing split, still inside the margins ---
run letter --pdf flexion,lateral-flexion,shoulder-rolls,cat-cow,childs-pose,knee-to-chest,piriformis,pelvic-tilt,cobra \
    "$work/all.pdf" --page-size letter
[[ $status -eq 0 ]] || { cat "$work/letter.log" >&2; fail "--pdf (letter) exited $status"; }
pdfinfo "$work/all.pdf" >"$work/letter.info"
contains "$work/letter.info" "612 x 792 pts (letter)"
pdftotext -layout "$work/all.pdf" "$work/all.txt"
contains "$work/all.txt" "Your exercises" "Cobra stretch" "20–30 times · hold 5 s each" "3 × 30 s each side" \
    "10 times, slowly" "Day 14"
mkdir "$work/letter-pages"
python3 "$here/pdf_pages.py" "$work/all.pdf" "$work/letter-pages" >"$work/letter.pages" || fail "pages of the Letter handout"
grep -Eq "pages=[4-9] pictures=1[4-9]" "$work/letter.pages" || fail "all exercises: $(cat "$work/letter.pages")"

# --- German: from the system's language (LANG), and from --lang ---
LANG=de_DE.UTF-8 LC_ALL= LANGUAGE= run de-lang --pdf lower-back "$work/de.pdf" --page-size a4
[[ $status -eq 0 ]] || { cat "$work/de-lang.log" >&2; fail "--pdf in German exited $status"; }
pdftotext -layout "$work/de.pdf" "$work/de.txt"
contains "$work/de.txt" "Knie zur Brust" "Tag 1" "Tag 14" "Woche 2" "Ausgangsposition" "Seite 1 von"
grep -qF "Day 1" "$work/de.txt" && fail "English left in the German handout"
run fr --pdf upper-back "$work/fr.pdf" --lang fr
[[ $status -eq 0 ]] || { cat "$work/fr.log" >&2; fail "--pdf --lang fr exited $status"; }
pdftotext -layout "$work/fr.pdf" "$work/fr.txt"
contains "$work/fr.txt" "Jour 1" "Jour 14" "Page 1 sur"

# --- a routine: by its file, and by its name once saved; its name, notes, own doses and how often ---
routines="$here/../data/routines"
run routine-file --pdf "$routines/lower-back-evenings.json" "$work/routine.pdf"
[[ $status -eq 0 ]] || { cat "$work/routine-file.log" >&2; fail "--pdf of a routine file exited $status"; }
pdftotext -layout "$work/routine.pdf" "$work/routine.txt"
contains "$work/routine.txt" "Lower back, evenings" "twice a day" "From my physiotherapist" "Hold 20 s"
mkdir -p "$XDG_DATA_HOME/limber/limber/routines"
cp "$routines/lower-back-evenings.json" "$XDG_DATA_HOME/limber/limber/routines/"
run routine-name --pdf "Lower back, evenings" "$work/by-name.pdf"
[[ $status -eq 0 ]] || { cat "$work/routine-name.log" >&2; fail "--pdf of a saved routine by name exited $status"; }
pdftotext -layout "$work/by-name.pdf" "$work/by-name.txt"
contains "$work/by-name.txt" "Lower back, evenings"
run routine-missing --pdf "$work/nowhere.limber" "$work/nowhere.pdf"
[[ $status -eq 1 ]] || fail "a missing routine file exited $status, expected 1"
contains "$work/routine-missing.log" "$work/nowhere.limber"
[[ ! -e "$work/nowhere.pdf" ]] || fail "a PDF was written for a routine file that is not there"

# --- refusals: the file is named, the exit status is not 0, nothing is left behind ---
echo "keep me" >"$work/plain-file"
run unwritable --pdf lower-back "$work/plain-file/handout.pdf"
[[ $status -eq 1 ]] || fail "an unwritable path exited $status, expected 1"
contains "$work/unwritable.log" "$work/plain-file/handout.pdf"
[[ "$(cat "$work/plain-file")" == "keep me" ]] || fail "the file in the way was changed"
run folder --pdf lower-back "$work"
[[ $status -eq 1 ]] || fail "a folder as the output exited $status, expected 1"
contains "$work/folder.log" "$work"
run no-file --pdf lower-back
[[ $status -eq 2 ]] || fail "--pdf without a file exited $status, expected 2"
contains "$work/no-file.log" "--pdf takes a target and the PDF file to write"
run unknown --pdf elbow "$work/elbow.pdf"
[[ $status -eq 2 ]] || fail "an unknown target exited $status, expected 2"
contains "$work/unknown.log" '"elbow" is neither a region nor an exercise'
[[ ! -e "$work/elbow.pdf" ]] || fail "a PDF was written for an unknown target"
run paper --pdf lower-back "$work/x.pdf" --page-size a5
[[ $status -eq 2 ]] || fail "--page-size a5 exited $status, expected 2"
contains "$work/paper.log" "--page-size takes a4 or letter"

# A full disk (a small tmpfs; needs root or a user namespace, else this part is skipped).
mkdir -p "$disk"
if mount -t tmpfs -o size=64k tmpfs "$disk" 2>/dev/null; then
    echo "an old handout" >"$disk/handout.pdf"
    dd if=/dev/zero of="$disk/filler" bs=4k 2>/dev/null || true # until ENOSPC
    run full --pdf lower-back "$disk/handout.pdf"
    [[ $status -eq 1 ]] || fail "a full disk exited $status, expected 1"
    contains "$work/full.log" "$disk/handout.pdf"
    [[ "$(cat "$disk/handout.pdf")" == "an old handout" ]] || fail "the old file was damaged on a full disk"
else
    echo "note: cannot mount a tmpfs here; the full-disk case was not run"
fi
echo "ok: $(cat "$work/a4.pages") (A4), $(cat "$work/letter.pages") (Letter)"
