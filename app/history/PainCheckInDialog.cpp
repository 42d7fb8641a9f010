#include "history/PainCheckInDialog.h"

#include "history/PainLevelButton.h"
#include "history/PainScale.h"
#include "style/Appearance.h"

#include "limber/History.h"
#include "limber/HistoryRecorder.h"
#include "limber/Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace limber {

PainCheckInDialog::PainCheckInDialog(Moment moment, const QString& regionName, QWidget* parent)
    : QDialog(parent)
    , m_moment(moment)
    , m_words(new QLabel(this))
    , m_dontAskAgain(new QCheckBox(tr("Don't ask me again"), this))
{
    setWindowTitle(tr("Pain check-in"));
    const int gap = appearance::spacing(font());

    auto* question = new QLabel(moment == Moment::Before ? tr("Before you start: how is the pain right now?")
                                                         : tr("And now, after stretching: how is the pain?"),
                                this);
    question->setFont(appearance::scaledFont(font(), 1.35, QFont::DemiBold));
    question->setWordWrap(true);

    auto* hint = new QLabel(tr("0 is no pain at all, 10 the worst you can imagine. One click is enough."), this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, appearance::mutedText(palette()));
    hint->setPalette(muted);

    auto* scale = new QHBoxLayout;
    scale->setSpacing(gap / 2);
    for (int level = MinPainLevel; level <= MaxPainLevel; ++level) {
        auto* button = new PainLevelButton(level, this);
        button->installEventFilter(this);
        connect(button, &QAbstractButton::clicked, this, [this, level] { choose(level); });
        scale->addWidget(button);
        m_buttons.append(button);
    }

    auto* ends = new QHBoxLayout;
    auto* low = new QLabel(PainScale::words(MinPainLevel), this);
    auto* high = new QLabel(PainScale::words(MaxPainLevel), this);
    low->setPalette(muted);
    high->setPalette(muted);
    m_words->setAlignment(Qt::AlignCenter);
    m_words->setFont(appearance::scaledFont(font(), 1.0, QFont::DemiBold));
    ends->addWidget(low);
    ends->addWidget(m_words, 1);
    ends->addWidget(high);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* skip = buttons->addButton(tr("Skip"), QDialogButtonBox::RejectRole);
    skip->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_dontAskAgain);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2 * gap, 2 * gap, 2 * gap, gap * 3 / 2);
    layout->setSpacing(gap);
    layout->addWidget(question);
    if (!regionName.isEmpty()) {
        auto* region = new QLabel(regionName, this);
        region->setPalette(muted);
        region->setFont(appearance::scaledFont(font(), 1.0, QFont::DemiBold));
        layout->addWidget(region);
    }
    layout->addWidget(hint);
    layout->addSpacing(gap);
    layout->addLayout(scale);
    layout->addLayout(ends);
    layout->addSpacing(gap);
    layout->addLayout(bottom);

    // Nothing is pre-selected: a default answer would be a guess in the record.
    m_buttons.first()->setFocus();
    showWordsFor(-1);
}

PainLevelButton* PainCheckInDialog::levelButton(int level) const
{
    return level >= MinPainLevel && level <= MaxPainLevel ? m_buttons.at(level) : nullptr;
}

bool PainCheckInDialog::isCheckInEnabled()
{
    return SessionSettings::loadPainCheckIn(QSettings());
}

void PainCheckInDialog::setCheckInEnabled(bool enabled)
{
    QSettings store;
    SessionSettings::savePainCheckIn(store, enabled);
}

std::optional<int> PainCheckInDialog::ask(Moment moment, const QString& regionName, QWidget* parent)
{
    if (!isCheckInEnabled())
        return std::nullopt;
    PainCheckInDialog dialog(moment, regionName, parent);
    dialog.exec();
    return dialog.level();
}

void PainCheckInDialog::choose(int level)
{
    m_level = level;
    Q_EMIT levelChosen(level);
    accept();
}

void PainCheckInDialog::done(int result)
{
    if (m_dontAskAgain->isChecked())
        setCheckInEnabled(false);
    if (result == QDialog::Rejected) {
        m_level.reset();
        Q_EMIT skipped();
    }
    QDialog::done(result);
}

void PainCheckInDialog::keyPressEvent(QKeyEvent* event)
{
    // Digits answer directly, so the keyboard is as quick as a click.
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit()) {
        choose(text.at(0).digitValue());
        return;
    }
    QDialog::keyPressEvent(event);
}

bool PainCheckInDialog::eventFilter(QObject* watched, QEvent* event)
{
    const auto* level = dynamic_cast<PainLevelButton*>(watched);
    if (level) {
        if (event->type() == QEvent::Enter || event->type() == QEvent::FocusIn)
            showWordsFor(level->level());
        else if (event->type() == QEvent::Leave)
            showWordsFor(-1);
    }
    return QDialog::eventFilter(watched, event);
}

void PainCheckInDialog::showWordsFor(int level)
{
    // Keep the label's height when empty so the dialog does not jump.
    m_words->setText(level < 0 ? QStringLiteral(" ") : tr("%1: %2").arg(level).arg(PainScale::words(level)));
}

} // namespace limber

namespace limber {

void PainCheckInDialog::askBeforeThen(HistoryRecorder* recorder, const QString& regionName, QWidget* parent,
                                      const std::function<void()>& start)
{
    if (!recorder || !isCheckInEnabled()) {
        start();
        return;
    }
    auto* dialog = new PainCheckInDialog(Moment::Before, regionName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PainCheckInDialog::levelChosen, parent, [recorder, start](int level) {
        recorder->setPainBefore(level);
        start();
    });
    connect(dialog, &PainCheckInDialog::skipped, parent, start);
    dialog->open();
}

void PainCheckInDialog::askAfter(HistoryRecorder* recorder, const QString& regionName, QWidget* parent,
                                 const std::function<void(const QString&)>& failed)
{
    if (!recorder || !isCheckInEnabled())
        return;
    auto* dialog = new PainCheckInDialog(Moment::After, regionName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PainCheckInDialog::levelChosen, parent, [recorder, failed](int level) {
        if (const StoreStatus saved = recorder->setPainAfter(level); !saved)
            failed(saved.errorMessage());
    });
    dialog->open();
}

} // namespace limber
