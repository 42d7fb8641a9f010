#!/usr/bin/env bash
# The layering rules of docs/architecture.md, checked on the tree and on the
# build's real link graph, so a change that breaks one fails CI instead of
# waiting for a reviewer to notice.
#
#   check_layers.sh SOURCE_DIR
set -uo pipefail
src=$1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# app/'s root holds its CMakeLists.txt, MainWindow and feature folders only.
while IFS= read -r entry; do
    case "$entry" in
        CMakeLists.txt | MainWindow.h | MainWindow.cpp) ;;
        *) [[ -d "$src/app/$entry" ]] || fail "app/$entry: a file in app/'s root; put it in the folder of its feature" ;;
    esac
done < <(ls "$src/app")

# Small files: one job each.
while IFS= read -r file; do
    lines=$(wc -l < "$file")
    (( lines > 600 )) && fail "${file#"$src"/}: $lines lines (at most 600: split it along its seams)"
done < <(find "$src/core" "$src/storage" "$src/app" -name '*.cpp' -o -name '*.h')

# No test waits a fixed time: time moves through the injected clock.
if hits=$(grep -rnE 'qWait\(|qSleep|sleep_for|usleep' "$src/tests" --include='*.cpp' --include='*.h'); then
    fail "a test sleeps a fixed time:"$'\n'"$hits"
fi

# Nothing of Limber's own needs QtNetwork: loading it before main() cost
# start-up time, and the single instance uses a plain AF_UNIX socket
# (docs/performance.md, "Start-up").
if hits=$(grep -rnE 'Qt6::Network|<QLocal(Server|Socket)>|<QtNetwork' "$src/app" "$src/core" "$src/storage" "$src/CMakeLists.txt"); then
    fail "QtNetwork is back on the start-up path:"$'\n'"$hits"
fi

# No target puts a whole source folder on its PUBLIC include path.
if hits=$(grep -rn 'target_include_directories([a-z_]* PUBLIC' "$src" --include=CMakeLists.txt | grep -v 'PUBLIC include)'); then
    fail "a PUBLIC include path that is not an include/ folder:"$'\n'"$hits"
fi

# The link graph: the GUI library never reaches the database, and core reaches
# QtCore and spdlog only (so no widget, sound or database header is even on its
# include path).
dot=$(mktemp -d)
trap 'rm -rf "$dot"' EXIT
# A configure of its own, so the build that runs this test is never rewritten under it.
if ! cmake -S "$src" -B "$dot/build" -G Ninja --graphviz="$dot/deps.dot" >"$dot/configure.log" 2>&1; then
    fail "configuring $src for the link graph failed:"$'\n'"$(tail -20 "$dot/configure.log")"
else
    grep -q '"limber_storage"' "$dot/deps.dot.limber_gui" && fail "limber_gui links limber_storage (only the executable may)"
    grep -q '"limber_storage"' "$dot/deps.dot.limber" || fail "the executable does not link limber_storage"
    core_deps=$(grep -o 'limber_core -> [^ ]*' "$dot/deps.dot.limber_core" | awk '{print $3}' | sort -u | tr '\n' ' ')
    for dep in $core_deps; do
        case "$dep" in
            # (moc and uic are code generators; the resources are the built-in catalog)
            Qt6::Core | spdlog::spdlog | limber_strict | Qt6::moc | Qt6::uic | limber_core_resources_*) ;;
            *) fail "limber_core links $dep (QtCore and spdlog only)" ;;
        esac
    done
fi

if (( failures > 0 )); then
    echo "$failures layering rule(s) broken"
    exit 1
fi
echo "layers: every rule holds"
