#include "limber/CatalogText.h"

#include <QCoreApplication>

namespace limber {

QString catalogText(const QString& english)
{
    if (english.isEmpty())
        return english; // an empty source text would fetch the .qm header
    return QCoreApplication::translate("Catalog", english.toUtf8().constData());
}

QStringList catalogText(const QStringList& english)
{
    QStringList texts;
    texts.reserve(english.size());
    for (const QString& text : english)
        texts.append(catalogText(text));
    return texts;
}

Exercise translated(Exercise exercise)
{
    exercise.name = catalogText(exercise.name);
    exercise.targets = catalogText(exercise.targets);
    exercise.position = catalogText(exercise.position);
    exercise.steps = catalogText(exercise.steps);
    exercise.note = catalogText(exercise.note);
    for (Phase& phase : exercise.dose.repetitions.phases)
        phase.label = catalogText(phase.label);
    return exercise;
}

Region translated(Region region)
{
    region.name = catalogText(region.name);
    region.summary = catalogText(region.summary);
    return region;
}

} // namespace limber
