#include "limber/Plan.h"

#include <QJsonArray>

// How a plan is written out: the names of its enum values (also used by the
// command line's table) and the JSON of `--plan --json`.
namespace limber {

QString toString(StepKind kind)
{
    switch (kind) {
    case StepKind::Prepare:
        return QStringLiteral("prepare");
    case StepKind::Hold:
        return QStringLiteral("hold");
    case StepKind::Rest:
        return QStringLiteral("rest");
    case StepKind::SwitchSides:
        return QStringLiteral("switch-sides");
    case StepKind::Move:
        return QStringLiteral("move");
    }
    return {};
}

QString toString(Side side)
{
    switch (side) {
    case Side::Left:
        return QStringLiteral("left");
    case Side::Right:
        return QStringLiteral("right");
    case Side::None:
        break;
    }
    return {};
}

QString toString(Breath breath)
{
    switch (breath) {
    case Breath::In:
        return QStringLiteral("in");
    case Breath::Out:
        return QStringLiteral("out");
    case Breath::None:
        break;
    }
    return {};
}

QString toString(Cue cue)
{
    switch (cue) {
    case Cue::SessionStart:
        return QStringLiteral("session-start");
    case Cue::Prepare:
        return QStringLiteral("prepare");
    case Cue::HoldStart:
        return QStringLiteral("hold-start");
    case Cue::Release:
        return QStringLiteral("release");
    case Cue::SwitchSides:
        return QStringLiteral("switch-sides");
    case Cue::BreatheIn:
        return QStringLiteral("breathe-in");
    case Cue::BreatheOut:
        return QStringLiteral("breathe-out");
    case Cue::Rep:
        return QStringLiteral("rep");
    case Cue::HoldEnding:
        return QStringLiteral("hold-ending");
    case Cue::ExerciseDone:
        return QStringLiteral("exercise-done");
    case Cue::SessionDone:
        return QStringLiteral("session-done");
    }
    return {};
}

QJsonObject toJson(const Plan& plan)
{
    const auto nullable = [](const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonArray steps;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const Step& step = plan.steps[i];
        steps.append(QJsonObject {
            {QStringLiteral("index"), i},
            {QStringLiteral("kind"), toString(step.kind)},
            {QStringLiteral("exercise"), step.exerciseId},
            {QStringLiteral("start_ms"), step.startMs},
            {QStringLiteral("duration_ms"), step.durationMs},
            {QStringLiteral("set"), step.set},
            {QStringLiteral("sets"), step.sets},
            {QStringLiteral("rep"), step.rep},
            {QStringLiteral("reps"), step.reps},
            {QStringLiteral("side"), nullable(toString(step.side))},
            {QStringLiteral("breath"), nullable(toString(step.breath))},
            {QStringLiteral("label"), step.label},
        });
    }
    QJsonObject json {{QStringLiteral("total_ms"), plan.totalMs}, {QStringLiteral("steps"), steps}};
    if (!plan.routineId.isEmpty()) // the person's own routine: which one, as the history records it
        json.insert(QStringLiteral("routine"),
                    QJsonObject {{QStringLiteral("id"), plan.routineId}, {QStringLiteral("name"), plan.routineName}});
    return json;
}

} // namespace limber
