#include "limber/CatalogWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr int FormatVersion = 1;
constexpr double MsPerSecond = 1000.0;

// Whole seconds where the format asks for them (hold_s), fractions where it allows them (a phase).
int wholeSeconds(qint64 ms)
{
    return static_cast<int>((ms + 500) / 1000);
}

QString breathName(Breath breath)
{
    switch (breath) {
    case Breath::In:
        return u"in"_s;
    case Breath::Out:
        return u"out"_s;
    case Breath::None:
        break;
    }
    return u"none"_s;
}

QJsonObject toJson(const Phase& phase)
{
    return QJsonObject {
        {u"id"_s, phase.id},
        {u"kind"_s, phase.kind == Phase::Kind::Hold ? u"hold"_s : u"move"_s},
        {u"label"_s, phase.label},
        {u"breath"_s, breathName(phase.breath)},
        {u"seconds"_s, phase.durationMs / MsPerSecond},
    };
}

QJsonObject toJson(const Dose& dose)
{
    QJsonObject object;
    if (dose.type == Dose::Type::Hold) {
        object.insert(u"type"_s, u"hold"_s);
        object.insert(u"hold_s"_s, wholeSeconds(dose.hold.holdMs));
        if (dose.hold.maxHoldMs)
            object.insert(u"max_hold_s"_s, wholeSeconds(*dose.hold.maxHoldMs));
        object.insert(u"sets"_s, dose.hold.sets);
        if (dose.hold.perSide)
            object.insert(u"per_side"_s, true);
        return object;
    }
    const RepetitionDose& reps = dose.repetitions;
    object.insert(u"type"_s, u"reps"_s);
    object.insert(u"reps"_s, reps.reps);
    if (reps.isRange()) {
        object.insert(u"reps_min"_s, reps.minReps);
        object.insert(u"reps_max"_s, reps.maxReps);
    }
    QJsonArray phases;
    for (const Phase& phase : reps.phases)
        phases.append(toJson(phase));
    object.insert(u"phases"_s, phases);
    return object;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject CatalogWriter::toJson(const Region& region)
{
    return QJsonObject {
        {u"id"_s, region.id},
        {u"name"_s, region.name},
        {u"summary"_s, region.summary},
        {u"suggested"_s, toArray(region.suggested)},
    };
}

QJsonObject CatalogWriter::toJson(const Picture& picture)
{
    QJsonObject object;
    if (picture.kind == Picture::Kind::Pose) {
        object.insert(u"pose"_s, picture.pose);
    } else {
        QJsonArray frames;
        for (const PictureFrame& frame : picture.frames) {
            QJsonObject entry {{u"image"_s, frame.image}, {u"seconds"_s, wholeSeconds(frame.durationMs)}};
            if (frame.mirror)
                entry.insert(u"mirror"_s, true);
            frames.append(entry);
        }
        object.insert(u"frames"_s, frames);
    }
    if (picture.mirrorOtherSide)
        object.insert(u"mirror_other_side"_s, true);
    return object;
}

QJsonObject CatalogWriter::toJson(const Exercise& exercise)
{
    QJsonObject object {
        {u"id"_s, exercise.id},
        {u"name"_s, exercise.name},
        {u"region"_s, exercise.regionId},
        {u"targets"_s, toArray(exercise.targets)},
        {u"position"_s, exercise.position},
        {u"steps"_s, toArray(exercise.steps)},
        {u"dose"_s, limber::toJson(exercise.dose)},
    };
    if (!exercise.where.isEmpty()) {
        QJsonArray places;
        for (const Place place : exercise.where)
            places.append(toString(place));
        object.insert(u"where"_s, places);
    }
    if (!exercise.note.isEmpty())
        object.insert(u"note"_s, exercise.note);
    if (!exercise.picture.isNone())
        object.insert(u"picture"_s, toJson(exercise.picture));
    return object;
}

QByteArray CatalogWriter::toBytes(const QList<Region>& regions, const QList<Exercise>& exercises)
{
    QJsonObject root {{u"format"_s, FormatVersion}};
    if (!regions.isEmpty()) {
        QJsonArray list;
        for (const Region& region : regions)
            list.append(toJson(region));
        root.insert(u"regions"_s, list);
    }
    if (!exercises.isEmpty()) {
        QJsonArray list;
        for (const Exercise& exercise : exercises)
            list.append(toJson(exercise));
        root.insert(u"exercises"_s, list);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString CatalogWriter::write(const QString& path, const QList<Region>& regions, const QList<Exercise>& exercises)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return path + u": cannot create the folder "_s + folder;
    const QByteArray bytes = toBytes(regions, exercises);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return path + u": cannot write: "_s + file.errorString();
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return path + u": cannot write: "_s + why;
    }
    // commit() flushes and renames: a full disk most often shows up here.
    if (!file.commit())
        return path + u": cannot write: "_s + file.errorString();
    return QString();
}

} // namespace limber
