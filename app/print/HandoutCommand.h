#pragma once

#include <QCoreApplication>
#include <QString>

#include "limber/routines/Routine.h"

#include <optional>

class QTextStream;

namespace limber {

class Catalog;

// `limber --pdf TARGET OUT.pdf`: the handout of a region, some exercises or
// a routine, written as a PDF, with no window. Needs a
// QGuiApplication (fonts, painting); main gives it the offscreen platform.
class HandoutCommand final {
    Q_DECLARE_TR_FUNCTIONS(limber::HandoutCommand)

public:
    struct Request {
        QString target;
        QString output;
        QString pageSize;               // "a4" or "letter"; empty: from the system's locale
        QString language;               // "de"...; empty: the interface language set in Preferences
        std::optional<Routine> routine; // set when `target` named a routine: its handout, not a region's
    };

    // Applies the language, writes the file; 0 on success, 1 when the file
    // could not be written, 2 when the target names nothing.
    static int run(const Catalog& catalog, const Request& request, QTextStream& out, QTextStream& err);
};

} // namespace limber
