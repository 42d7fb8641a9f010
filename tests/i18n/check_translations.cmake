# ctest i18n.translations-complete: fails when a shipped .ts file is incomplete.
#   cmake -DLUPDATE=... -DLRELEASE=... -DSOURCE_DIR=<repo> -DWORK_DIR=<tmp> "-DTS_FILES=a.ts;b.ts" -P check_translations.cmake
# For each file, lupdate scans the sources (app, core, storage) into a copy:
# if the copy differs from the file, a source string is missing from it (or a
# vanished one is still there): run `cmake --build <dir> --target update_translations`.
# limber_en.ts holds English's plural forms alone (lupdate -pluralonly).
# Then lrelease must report every message finished, and no message may be
# marked unfinished, vanished or obsolete.
cmake_minimum_required(VERSION 3.25)

set(failures "")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    # The same options as qt_add_translations in app/CMakeLists.txt. The include
    # folders let lupdate find each class's translation context in its header
    # (Q_DECLARE_TR_FUNCTIONS(limber::SqliteHistoryStore)); without them a
    # class whose header sits in another folder gets a context the app never asks for.
    set(only "")
    if(name STREQUAL "limber_en.ts")
        set(only -pluralonly -target-language en)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" ${only} -no-obsolete -locations none -I core/include -I storage/include -I app
                app core storage -ts "${copy}"
        WORKING_DIRECTORY "${SOURCE_DIR}"
        RESULT_VARIABLE result OUTPUT_VARIABLE lupdate_out ERROR_VARIABLE lupdate_err)
    if(NOT result EQUAL 0)
        list(APPEND failures "${name}: lupdate failed: ${lupdate_err}")
        continue()
    endif()
    string(REGEX MATCH "Found [0-9]+ source text\\(s\\) \\(([0-9]+) new" found "${lupdate_out}")
    # (-pluralonly counts every other text as new and then strips it: the comparison below tells.)
    if(NOT CMAKE_MATCH_1 STREQUAL "0" AND NOT only)
        list(APPEND failures "${name}: ${CMAKE_MATCH_1} source string(s) missing from the file")
    endif()
    file(READ "${ts}" original)
    file(READ "${copy}" updated)
    if(NOT original STREQUAL updated)
        list(APPEND failures "${name}: out of date with the sources (lupdate would change it)")
    endif()
    if(original MATCHES "type=\"(unfinished|vanished|obsolete)\"")
        list(APPEND failures "${name}: has messages marked ${CMAKE_MATCH_1}")
    endif()

    execute_process(
        COMMAND "${LRELEASE}" "${ts}" -qm "${WORK_DIR}/${name}.qm"
        RESULT_VARIABLE result OUTPUT_VARIABLE lrelease_out ERROR_VARIABLE lrelease_err)
    string(STRIP "${lrelease_out}" lrelease_out)
    message(STATUS "${name}: ${lrelease_out}")
    if(NOT result EQUAL 0)
        list(APPEND failures "${name}: lrelease failed: ${lrelease_err}")
    elseif(NOT lrelease_out MATCHES "\\(([0-9]+) finished and 0 unfinished\\)")
        list(APPEND failures "${name}: lrelease reports unfinished translations")
    elseif(lrelease_out MATCHES "Ignored|untranslated")
        list(APPEND failures "${name}: lrelease ignored untranslated source texts")
    endif()
endforeach()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "translations incomplete:\n  ${text}")
endif()
message(STATUS "every translation is complete and up to date")
