#include "home/ExerciseDetailDialog.h"

#include "pose/PoseView.h"
#include "style/Appearance.h"
#include "text/StepList.h"

#include "limber/Catalog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace limber {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ExerciseDetailDialog::ExerciseDetailDialog(const Exercise& exercise, const QString& doseText, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(exercise.name);
    setAccessibleName(tr("How to do %1").arg(exercise.name));
    const int gap = appearance::spacing(font());
    const int line = fontMetrics().height();

    auto* pose = new PoseView(this);
    pose->setAccessibleName(tr("%1, moving").arg(exercise.name));
    pose->setMinimumSize(line * 16, line * 16);
    pose->playLoop(exercise.id);

    auto* body = new QWidget;
    auto* words = new QVBoxLayout(body);
    words->setContentsMargins(0, 0, gap, 0);
    words->setSpacing(gap / 2);

    auto* title = new QLabel(exercise.name, body);
    title->setFont(appearance::scaledFont(font(), 1.6, QFont::DemiBold));
    title->setWordWrap(true);
    words->addWidget(title);
    auto* dose = paragraph(doseText, body);
    dose->setFont(appearance::scaledFont(font(), 1.05, QFont::DemiBold));
    words->addWidget(dose);
    words->addSpacing(gap);

    words->addWidget(appearance::heading(tr("Works on"), body));
    words->addWidget(paragraph(exercise.targets.join(QStringLiteral(", ")), body));
    words->addSpacing(gap / 2);
    words->addWidget(appearance::heading(tr("Starting position"), body));
    words->addWidget(paragraph(exercise.position, body));
    words->addSpacing(gap / 2);
    words->addWidget(appearance::heading(tr("Step by step"), body));
    auto* stepList = paragraph(stepListHtml(exercise.steps, 3), body);
    stepList->setTextFormat(Qt::RichText);
    words->addWidget(stepList);
    if (!exercise.note.isEmpty()) {
        words->addSpacing(gap / 2);
        words->addWidget(appearance::heading(tr("Good to know"), body));
        words->addWidget(paragraph(exercise.note, body));
    }
    words->addSpacing(gap);
    words->addWidget(paragraph(tr("Move slowly and stay within what feels comfortable. "
                                  "If a stretch makes the pain sharper, stop."),
                               body));
    words->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(gap * 3);
    columns->addWidget(pose, 2, Qt::AlignTop);
    columns->addWidget(scroll, 3);

    auto* buttons = m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(gap * 3, gap * 3, gap * 3, gap * 2);
    layout->setSpacing(gap * 2);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    // As tall as the words need at a comfortable width, within reason; the
    // scroll area takes over for very long instructions.
    const int width = line * 56;
    const int textWidth = width * 3 / 5 - gap * 6;
    const int wordsHeight = words->totalHeightForWidth(textWidth);
    const int chrome = buttons->sizeHint().height() + gap * 7;
    resize(width, std::clamp(std::max(wordsHeight, line * 16) + chrome, line * 24, line * 44));
}

} // namespace limber
