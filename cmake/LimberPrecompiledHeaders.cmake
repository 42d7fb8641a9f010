# Precompiled headers for the targets with many sources.
#
# Most of a translation unit's compile time here is parsing the same Qt,
# spdlog and standard headers again; precompiling the ones most sources
# include takes that out (CI builds everything twice on two cores, with and
# without the sanitizers, and has a time budget). Only headers are listed that
# the layer may use: core's list is QtCore's, so the precompiled header can
# never give core a widget it must not have.
#
# A source still includes what it uses: the fuzz build (core, clang) and
# -DLIMBER_PCH=OFF compile without these, which catches an include that is
# missing and only worked through the precompiled header.

option(LIMBER_PCH "Precompile the most used Qt, spdlog and standard headers (faster builds)" ON)

set(LIMBER_PCH_CORE
    <QByteArray> <QCoreApplication> <QDir> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QObject> <QSet> <QString> <QStringList>
    <spdlog/spdlog.h>
    <algorithm> <functional> <memory> <optional> <utility> <vector>)
set(LIMBER_PCH_GUI ${LIMBER_PCH_CORE}
    <QEvent> <QHBoxLayout> <QLabel> <QPainter> <QPushButton> <QSettings>
    <QVBoxLayout> <QWidget>)

# limber_precompile_headers(TARGET core|gui|gui-test|core-test)
function(limber_precompile_headers target layer)
    if(NOT LIMBER_PCH)
        return()
    endif()
    if(layer STREQUAL "core")
        set(headers ${LIMBER_PCH_CORE})
    elseif(layer STREQUAL "core-test")
        set(headers ${LIMBER_PCH_CORE} <gtest/gtest.h>)
    elseif(layer STREQUAL "gui")
        set(headers ${LIMBER_PCH_GUI})
    elseif(layer STREQUAL "gui-test")
        set(headers ${LIMBER_PCH_GUI} <gtest/gtest.h>)
    else()
        message(FATAL_ERROR "limber_precompile_headers: unknown layer '${layer}'")
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
