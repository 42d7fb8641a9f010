#include "pose/PoseLibrary.h"

#include "pose/PoseJsonReader.h"

#include "limber/JsonIssue.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <utility>

namespace limber {

namespace {

Q_LOGGING_CATEGORY(lcPose, "limber.pose")

} // namespace

const Pose* ExerciseArt::pose(const QString& name) const
{
    const auto it = poses.constFind(name);
    return it == poses.constEnd() ? nullptr : &it.value();
}

QString ExerciseArt::poseForPhase(const QString& phaseId) const
{
    const int index = phaseIndex(phaseId);
    return index < 0 ? QString() : phases.at(index).pose;
}

int ExerciseArt::phaseIndex(const QString& phaseId) const
{
    for (qsizetype i = 0; i < phases.size(); ++i)
        if (phases.at(i).id == phaseId)
            return static_cast<int>(i);
    return -1;
}

PoseLibrary PoseLibrary::fromJson(const QByteArray& json, QStringList* errors)
{
    // No file name: the messages are "$.json.path: problem", which callers show as they are.
    QList<JsonIssue> issues;
    PoseLibrary library = read(json, QString(), issues);
    if (errors) {
        for (const JsonIssue& issue : std::as_const(issues))
            errors->append(issue.toString());
    }
    return library;
}

PoseLibrary PoseLibrary::read(const QByteArray& json, const QString& fileName, QList<JsonIssue>& issues)
{
    const qsizetype issuesBefore = issues.size();
    PoseFile file = readPoseJson(json, fileName, issues);
    PoseLibrary library;
    library.m_proportions = file.proportions;
    library.m_exercises = std::move(file.exercises);
    library.m_order = std::move(file.order);
    if (library.m_exercises.contains(DefaultId))
        library.m_fallback = library.m_exercises.value(DefaultId);
    library.m_order.removeAll(DefaultId);
    // The library is all or nothing: a half-read figure would draw garbage.
    const bool failed = std::any_of(issues.cbegin() + issuesBefore, issues.cend(), [](const JsonIssue& issue) {
        return issue.severity == JsonIssue::Severity::Error;
    });
    if (failed) {
        library.m_exercises.clear();
        library.m_order.clear();
    }
    return library;
}

const PoseLibrary& PoseLibrary::builtIn()
{
    static const PoseLibrary library = [] {
        QFile file(QStringLiteral(":/limber/poses/poses.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcPose) << "pose artwork missing:" << file.fileName();
            return PoseLibrary();
        }
        QList<JsonIssue> issues;
        PoseLibrary result = read(file.readAll(), QStringLiteral("poses.json"), issues);
        // The file ships with the app and its tests check it, so a problem
        // here is a packaging bug: say so, and draw nothing rather than garbage.
        for (const JsonIssue& issue : std::as_const(issues))
            qCWarning(lcPose).noquote() << issue.toString();
        return result;
    }();
    return library;
}

const ExerciseArt* PoseLibrary::exercise(const QString& id) const
{
    const auto it = m_exercises.constFind(id);
    return it == m_exercises.constEnd() ? nullptr : &it.value();
}

const ExerciseArt& PoseLibrary::exerciseOrDefault(const QString& id) const
{
    const ExerciseArt* art = exercise(id);
    return art ? *art : m_fallback;
}

} // namespace limber
