#pragma once

#include "limber/routines/Routine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace limber {

// Writes routines in the format RoutineReader reads (docs/routine-format.md).
class RoutineWriter final {
    Q_DECLARE_TR_FUNCTIONS(limber::RoutineWriter)

public:
    static QJsonObject toJson(const Routine& routine);
    static QByteArray toBytes(const Routine& routine);

    // Writes atomically (QSaveFile): the old file stays whole until the new
    // one is complete. Never replaces a file written by a newer Limber.
    // Returns an empty string on success, or one message naming the file.
    static QString saveRoutine(const Routine& routine, const QString& path);
};

// Writes `data` to `path` atomically; an empty string on success, otherwise
// a message naming the file ("cannot write /x/y.json: No space left on device"),
// or `shownAs` when given (a staged file is named by where it is going).
QString writeFileAtomically(const QString& path, const QByteArray& data, const QString& shownAs = QString());

} // namespace limber
