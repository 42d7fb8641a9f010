#include "session/FloorView.h"

#include "style/Appearance.h"
#include "text/DurationText.h"
#include "text/SessionWording.h"
#include "widgets/ActionButton.h"

#include "limber/SessionDriver.h"
#include "limber/SessionEngine.h"

#include <QEvent>
#include <QKeySequence>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

QString keyName(Qt::Key key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

// Above this contrast the theme's own text colour is kept; below it the
// floor view uses black or white, whichever stands out more.
constexpr qreal FloorContrast = 7.0;

} // namespace

FloorView::FloorView(SessionEngine& engine, SessionDriver& driver, const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_catalog(catalog)
{
    setAccessibleName(tr("Floor view"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);

    m_leave = new ActionButton(tr("Leave floor view"), this);
    m_leave->setObjectName(QStringLiteral("leaveFloorButton"));
    m_leave->setKeyHint(keyName(Qt::Key_Escape));
    // Esc does the same from anywhere; a focused button would only catch Space.
    m_leave->setFocusPolicy(Qt::NoFocus);
    connect(m_leave, &QPushButton::clicked, this, &FloorView::leaveRequested);

    const auto whenShown = [this](auto refresh) {
        return [this, refresh] {
            if (isVisible())
                (this->*refresh)();
        };
    };
    connect(&m_engine, &SessionEngine::stepChanged, this, whenShown(&FloorView::refreshWords));
    connect(&m_engine, &SessionEngine::stateChanged, this, whenShown(&FloorView::refreshWords));
    connect(&m_engine, &SessionEngine::stepSecondsLeftChanged, this, whenShown(&FloorView::refreshDigits));
    connect(&m_engine, &SessionEngine::getReadySecondsLeftChanged, this, whenShown(&FloorView::refreshDigits));
    connect(&driver, &SessionDriver::frame, this, whenShown(&FloorView::refreshBar));
}

QColor FloorView::textColour() const
{
    const QColor window = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    if (appearance::contrastRatio(text, window) >= FloorContrast)
        return text;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return appearance::contrastRatio(black, window) > appearance::contrastRatio(white, window) ? black : white;
}

QString FloorView::widestDigits() const
{
    // The longest step of this plan in the widest digits, so the size does
    // not jump between steps.
    qint64 longest = 0;
    for (const Step& step : m_engine.plan().steps)
        longest = std::max(longest, step.durationMs);
    QString widest = DurationText::countdown(std::max<qint64>(longest, 10'000));
    for (QChar& c : widest)
        if (c.isDigit())
            c = QLatin1Char('8');
    return widest;
}

void FloorView::refreshWords()
{
    const Step* step = m_engine.currentStep();
    QString heading;
    QString label;
    if (step) {
        heading = SessionWording::exerciseName(m_catalog, step->exerciseId);
        if (const QString position = SessionWording::position(*step); !position.isEmpty())
            heading = tr("%1 · %2", "exercise · where in it, e.g. Knee to chest · Left side").arg(heading, position);
        label = step->label;
    }
    switch (m_engine.state()) {
    case SessionEngine::State::Paused:
        //: %1 is the key that resumes, e.g. "Space"
        label = tr("Paused. Press %1 to go on.").arg(keyName(Qt::Key_Space));
        break;
    case SessionEngine::State::GetReady:
        label = tr("Get ready");
        break;
    case SessionEngine::State::Idle:
    case SessionEngine::State::Running:
    case SessionEngine::State::Finished:
        break;
    }
    const bool changed = heading != m_heading || label != m_label;
    m_heading = heading;
    m_label = label;
    m_dimmed = m_engine.state() == SessionEngine::State::Paused;
    if (changed)
        relayout();
    refreshDigits();
    update();
}

void FloorView::refreshDigits()
{
    const QString digits = m_engine.state() == SessionEngine::State::GetReady
        ? QString::number((m_engine.getReadyRemainingMs() + 999) / 1000)
        : DurationText::countdown(m_engine.stepRemainingMs());
    if (digits != m_digits) {
        m_digits = digits;
        update(m_layout.digits);
        setAccessibleDescription(QStringLiteral("%1, %2").arg(m_label, m_digits));
    }
    refreshBar(); // a still step has no frames: its bar moves with the seconds
}

int FloorView::barFillWidth() const
{
    return static_cast<int>(std::lround(m_layout.bar.width() * m_left));
}

double FloorView::nextVisibleProgress() const
{
    const double width = m_layout.bar.width();
    if (width <= 0)
        return 1.0;
    // The fill is lround(width * left): it loses its next pixel once
    // width * left falls under fill - 0.5.
    return std::clamp(1.0 - (barFillWidth() - 0.5) / width, 0.0, 1.0);
}

void FloorView::refreshBar()
{
    m_left = 1.0 - m_engine.stepProgress();
    const int fill = barFillWidth();
    if (fill == m_paintedFill)
        return;
    // Only the strip between the old and the new end changes.
    const int from = std::min(fill, std::max(m_paintedFill, 0));
    const int to = std::max(fill, m_paintedFill);
    const int radius = m_layout.bar.height();
    update(
        QRect(m_layout.bar.left() + from - radius, m_layout.bar.top(), to - from + 2 * radius, m_layout.bar.height()));
}

void FloorView::relayout()
{
    m_layout = FloorLayout::compute(size(), font(), m_heading, m_label, widestDigits());
    QFont buttonFont = font();
    buttonFont.setPixelSize(std::max(12, height() / 50));
    m_leave->setFont(buttonFont);
    const QSize button = m_leave->sizeHint();
    m_leave->setGeometry(m_layout.bar.right() + 1 - button.width(), height() - m_layout.heading.top() - button.height(),
                         button.width(), button.height());
    m_paintedFill = -1;
    update();
}

void FloorView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void FloorView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_heading.clear(); // lay out afresh: the plan may be new since last time
    refreshWords();
}

void FloorView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        relayout();
    QWidget::changeEvent(event);
}

void FloorView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QColor text = textColour();

    painter.setFont(m_layout.headingFont);
    painter.setPen(appearance::accentText(pal));
    painter.drawText(m_layout.heading, Qt::AlignHCenter | Qt::AlignVCenter, m_heading);

    painter.setFont(m_layout.digitsFont);
    painter.setPen(m_dimmed ? appearance::mutedText(pal) : text);
    painter.drawText(m_layout.digitsOrigin(m_digits), m_digits);

    painter.setFont(m_layout.labelFont);
    painter.setPen(m_dimmed ? appearance::accentText(pal) : text);
    painter.drawText(m_layout.label, FloorLayout::LabelFlags, m_label);

    // The step's time as a bar that empties from the right, in the accent.
    const QRectF bar = m_layout.bar;
    const qreal radius = bar.height() / 2.0;
    painter.setPen(Qt::NoPen);
    painter.setBrush(appearance::accentWash(pal, 0.22));
    painter.drawRoundedRect(bar, radius, radius);
    const int fill = barFillWidth();
    if (fill > 0) {
        painter.setBrush(appearance::accent(pal));
        painter.drawRoundedRect(QRectF(bar.left(), bar.top(), std::max<qreal>(fill, bar.height()), bar.height()),
                                radius, radius);
    }
    m_paintedFill = fill;
}

} // namespace limber
