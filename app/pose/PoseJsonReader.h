#pragma once

#include "pose/PoseLibrary.h"

#include "limber/JsonIssue.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace limber {

// What a pose file holds, as read; PoseLibrary decides what of it to use.
struct PoseFile {
    FigureProportions proportions;
    QHash<QString, ExerciseArt> exercises;
    QStringList order; // exercise ids in file order, the default figure included
};

// Reads resources/poses/poses.json or a file like it with limber's JsonReader.
// Every problem is added to `issues` as "file: $.json.path: problem", not
// just the first, so a person fixing the file sees all of them at once.
PoseFile readPoseJson(const QByteArray& json, const QString& fileName, QList<JsonIssue>& issues);

} // namespace limber
