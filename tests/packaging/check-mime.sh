#!/usr/bin/env bash
# The .limber file type: the shared-mime-info XML is well formed, the database
# tools accept it, and a sample routine file is recognised by its name and,
# renamed, by its opening bytes (the magic). The desktop entry offers to open it.
#   check-mime.sh SOURCE_DIR
set -euo pipefail
source_dir=$1
xml=$source_dir/packaging/io.github.limber.Limber.mime.xml
sample=$source_dir/tests/data/routines/hips.limber
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

xmllint --noout "$xml"
mkdir -p "$scratch/mime/packages"
cp "$xml" "$scratch/mime/packages/io.github.limber.Limber.xml"
update-mime-database "$scratch/mime"
export XDG_DATA_HOME=$scratch XDG_DATA_DIRS=$scratch:/usr/share

type_of() { gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }
by_name=$(type_of "$sample")
cp "$sample" "$scratch/shared-routine"
by_content=$(type_of "$scratch/shared-routine")
echo "by name: $by_name; by content: $by_content"
[[ $by_name == application/x-limber-routine ]] || { echo "not recognised by its name" >&2; exit 1; }
[[ $by_content == application/x-limber-routine ]] || { echo "not recognised by its content" >&2; exit 1; }
# Plain JSON stays JSON.
echo '{"format": 1, "exercises": []}' >"$scratch/catalog"
[[ $(type_of "$scratch/catalog") != application/x-limber-routine ]] || { echo "a catalog file is taken for a routine" >&2; exit 1; }
grep -qx 'MimeType=application/x-limber-routine;' "$source_dir/packaging/io.github.limber.Limber.desktop"
echo "mime ok"
