#include "limber/routines/RoutineWriter.h"

#include "limber/routines/RoutineReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QJsonObject entryToJson(const RoutineEntry& entry)
{
    QJsonObject object {{u"exercise"_s, entry.exerciseId}};
    const DoseOverride& dose = entry.dose;
    if (dose.holdSeconds)
        object.insert(u"holdSeconds"_s, *dose.holdSeconds);
    if (dose.sets)
        object.insert(u"sets"_s, *dose.sets);
    if (dose.perSide)
        object.insert(u"perSide"_s, *dose.perSide);
    if (dose.repetitions)
        object.insert(u"repetitions"_s, *dose.repetitions);
    if (dose.phaseScale)
        object.insert(u"phaseScale"_s, *dose.phaseScale);
    if (dose.restSeconds)
        object.insert(u"restSeconds"_s, *dose.restSeconds);
    if (dose.restAfterSeconds)
        object.insert(u"restAfterSeconds"_s, *dose.restAfterSeconds);
    if (!entry.note.isEmpty())
        object.insert(u"note"_s, entry.note);
    return object;
}

// The version of an existing routine file, or 0 when it has none we can read.
int existingVersion(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QJsonObject root = QJsonDocument::fromJson(file.read(RoutineReader::MaxFileBytes)).object();
    return root.value("version"_L1).toInt(0);
}

} // namespace

QJsonObject RoutineWriter::toJson(const Routine& routine)
{
    QJsonObject root {
        {u"format"_s, u"limber-routine"_s},
        {u"version"_s, RoutineReader::FormatVersion},
        {u"id"_s, routine.id},
        {u"name"_s, routine.name},
    };
    if (!routine.notes.isEmpty())
        root.insert(u"notes"_s, routine.notes);
    if (routine.frequency.isSet()) {
        QJsonObject frequency;
        if (routine.frequency.timesPerDay > 0)
            frequency.insert(u"timesPerDay"_s, routine.frequency.timesPerDay);
        if (routine.frequency.daysPerWeek > 0)
            frequency.insert(u"daysPerWeek"_s, routine.frequency.daysPerWeek);
        root.insert(u"frequency"_s, frequency);
    }
    QJsonArray entries;
    for (const RoutineEntry& entry : routine.entries)
        entries.append(entryToJson(entry));
    root.insert(u"exercises"_s, entries);
    return root;
}

QByteArray RoutineWriter::toBytes(const Routine& routine)
{
    return QJsonDocument(toJson(routine)).toJson(QJsonDocument::Indented);
}

QString RoutineWriter::saveRoutine(const Routine& routine, const QString& path)
{
    const int version = existingVersion(path);
    if (version > RoutineReader::FormatVersion) {
        return tr("%1 was written by a newer Limber (routine format version %2); this Limber writes version %3 "
                  "and leaves the file as it is")
            .arg(QDir::toNativeSeparators(path))
            .arg(version)
            .arg(RoutineReader::FormatVersion);
    }
    return writeFileAtomically(path, toBytes(routine));
}

QString writeFileAtomically(const QString& path, const QByteArray& data, const QString& shownAs)
{
    const QString shown = QDir::toNativeSeparators(shownAs.isEmpty() ? path : shownAs);
    const QFileInfo info(path);
    // A device or a folder in the way: QSaveFile would rename a file over it.
    if (info.exists() && !info.isFile())
        return RoutineWriter::tr("cannot write %1: it is not a regular file").arg(shown);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return RoutineWriter::tr("cannot write %1: the folder %2 cannot be created")
            .arg(shown, QDir::toNativeSeparators(folder));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return RoutineWriter::tr("cannot write %1: %2").arg(shown, file.errorString());
    // flush() first: on a full disk the bytes sit in Qt's buffer, and a
    // commit() that only closes would rename an empty file over the old one.
    if (file.write(data) != data.size() || !file.flush() || file.error() != QFileDevice::NoError) {
        const QString error = file.errorString();
        file.cancelWriting();
        return RoutineWriter::tr("cannot write %1: %2").arg(shown, error);
    }
    if (!file.commit())
        return RoutineWriter::tr("cannot write %1: %2").arg(shown, file.errorString());
    return QString();
}

} // namespace limber
