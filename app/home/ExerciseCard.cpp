#include "home/ExerciseCard.h"

#include "pictures/PictureView.h"
#include "style/Appearance.h"
#include "text/DoseText.h"
#include "text/StepList.h"
#include "widgets/ActionButton.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace limber {

namespace {

QLabel* makeWrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::NoTextInteraction); // clicks go to the card
    return label;
}

} // namespace

ExerciseCard::ExerciseCard(const Exercise& exercise, qint64 plannedHoldMs, QWidget* parent)
    : QFrame(parent)
    , m_exerciseId(exercise.id)
    , m_picture(new PictureView(this))
    , m_include(new QCheckBox(exercise.name, this))
    , m_targets(makeWrappingLabel(this))
    , m_position(makeWrappingLabel(this))
    , m_steps(new QLabel(this))
    , m_dose(makeWrappingLabel(this))
    , m_details(new ActionButton(tr("How to do it"), this))
{
    setObjectName(QStringLiteral("exerciseCard_") + exercise.id);
    setAccessibleName(exercise.name);
    setFocusPolicy(Qt::NoFocus);

    const int line = fontMetrics().height();
    m_picture->showStill(exercise);
    m_picture->setFixedSize(line * 5, line * 5);
    m_picture->setCursor(Qt::PointingHandCursor);
    m_picture->setToolTip(tr("Show how to do it"));
    m_picture->setAccessibleName(tr("Picture of %1").arg(exercise.name));
    m_picture->installEventFilter(this);

    m_include->setAccessibleName(tr("Include %1").arg(exercise.name));
    m_include->setChecked(false);
    connect(m_include, &QCheckBox::toggled, this, [this](bool included) {
        update();
        Q_EMIT includedChanged(included);
    });

    m_targets->setText(tr("Targets: %1").arg(exercise.targets.join(QStringLiteral(", "))));
    appearance::setMuted(m_targets);
    m_position->setTextFormat(Qt::RichText);
    //: the starting position on an exercise card, e.g. "Start: Lying on your back"
    m_position->setText(tr("<b>Start:</b> %1").arg(exercise.position.toHtmlEscaped()));

    // The steps in brief; the detail dialog has them in full with the pose moving.
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setTextInteractionFlags(Qt::NoTextInteraction);
    m_steps->setWordWrap(true);
    m_steps->setText(stepListHtml(exercise.steps));

    m_dose->setText(DoseText::describe(exercise.dose, plannedHoldMs));
    m_dose->setAccessibleDescription(tr("How much to do"));

    m_details->setAutoDefault(true);
    m_details->setAccessibleName(tr("How to do %1").arg(exercise.name));
    connect(m_details, &QPushButton::clicked, this, [this] { Q_EMIT detailsRequested(m_exerciseId); });

    auto* doseRow = new QHBoxLayout;
    doseRow->setSpacing(appearance::spacing(font()));
    doseRow->addWidget(m_dose, 1);
    const RepetitionDose& reps = exercise.dose.repetitions;
    if (exercise.dose.type == Dose::Type::Repetitions && reps.isRange()) {
        m_reps = new QSpinBox(this);
        m_reps->setRange(reps.minReps, reps.maxReps);
        m_reps->setValue(reps.reps);
        m_reps->setPrefix(tr("Today: "));
        m_reps->setAccessibleName(tr("How many times for %1").arg(exercise.name));
        m_reps->setToolTip(tr("How many repetitions to do today"));
        connect(m_reps, &QSpinBox::valueChanged, this, &ExerciseCard::repsChanged);
        doseRow->addWidget(m_reps);
    }
    doseRow->addWidget(m_details);

    const int gap = appearance::spacing(font());
    auto* words = new QVBoxLayout;
    m_words = words;
    words->setSpacing(gap / 2);
    words->addWidget(m_include);
    words->addWidget(m_targets);
    words->addWidget(m_position);
    words->addWidget(m_steps);
    words->addSpacing(gap / 2);
    words->addLayout(doseRow);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(gap * 2, gap * 2, gap * 2, gap * 2);
    layout->setSpacing(gap * 2);
    layout->addWidget(m_picture, 0, Qt::AlignTop);
    layout->addLayout(words, 1);
    applyFonts();
}

bool ExerciseCard::isIncluded() const
{
    return m_include->isChecked();
}

void ExerciseCard::setIncluded(bool included)
{
    m_include->setChecked(included);
}

std::optional<int> ExerciseCard::chosenReps() const
{
    if (!m_reps)
        return std::nullopt;
    return m_reps->value();
}

void ExerciseCard::setChosenReps(int reps)
{
    if (m_reps)
        m_reps->setValue(reps);
}

void ExerciseCard::setNotice(QWidget* notice)
{
    delete m_notice;
    m_notice = notice;
    if (m_notice)
        m_words->insertWidget(1, m_notice); // right under the name
}

void ExerciseCard::applyFonts()
{
    m_include->setFont(appearance::scaledFont(font(), 1.2, QFont::DemiBold));
    m_dose->setFont(appearance::scaledFont(font(), 1.0, QFont::DemiBold));
    m_steps->setFont(appearance::scaledFont(font(), 0.95));
}

void ExerciseCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QFrame::changeEvent(event);
}

void ExerciseCard::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool included = isIncluded();
    const qreal border = included ? 2.0 : 1.0;
    const qreal radius = appearance::spacing(font()) * 1.5;
    painter.setPen(QPen(included ? appearance::accent(pal) : appearance::hairline(pal), border));
    painter.setBrush(included ? appearance::mix(appearance::surface(pal), appearance::accent(pal), 0.05)
                              : appearance::surface(pal));
    painter.drawRoundedRect(QRectF(rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2), radius, radius);
}

void ExerciseCard::mousePressEvent(QMouseEvent* event)
{
    // Accepting the press is what routes the matching release back here.
    if (event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QFrame::mousePressEvent(event);
}

void ExerciseCard::mouseReleaseEvent(QMouseEvent* event)
{
    // The whole card is a target: easier than a small box when it hurts to lean in.
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        m_include->toggle();
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

bool ExerciseCard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_picture && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            Q_EMIT detailsRequested(m_exerciseId);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace limber
