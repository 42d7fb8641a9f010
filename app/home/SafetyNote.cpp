#include "home/SafetyNote.h"

#include <QSettings>

namespace limber {

namespace {

const QString& acknowledgedKey()
{
    static const QString key = QStringLiteral("reminder/acknowledged");
    return key;
}

} // namespace

QString SafetyNote::title()
{
    return tr("Before you start");
}

QString SafetyNote::brief()
{
    return tr("These gentle stretches are for everyday aches. They can't tell you what is causing your pain: "
              "if it lasts, keeps coming back or is severe, please have a doctor or chiropractor look at it. "
              "Move slowly, and stop any exercise that makes the pain sharper.");
}

QString SafetyNote::detailed()
{
    return tr("<p>Resting alone usually brings only short relief. Gentle, specific movements help the muscles "
              "of your back relax, and that often eases the pain.</p>"
              "<p>Limber helps you do a few of these stretches well: choose where it hurts, and it suggests "
              "one or two exercises and guides you through them with timing and breathing.</p>"
              "<p><b>It is not a diagnosis or a treatment plan.</b> Back pain has many causes. If your pain "
              "lasts more than a few days, keeps coming back, is severe, spreads into your legs, or comes with "
              "numbness, weakness or fever, please see a doctor or chiropractor.</p>"
              "<p>Move slowly and breathe. A stretch should feel like a gentle pull, never like sharp pain: "
              "if it hurts more, stop.</p>");
}

bool SafetyNote::isAcknowledged()
{
    return QSettings().value(acknowledgedKey(), false).toBool();
}

void SafetyNote::acknowledge()
{
    QSettings().setValue(acknowledgedKey(), true);
}

} // namespace limber
