#include "widgets/WrappedLabel.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QStyle>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace limber {

namespace {

// The words as QFontMetrics lays them out for a label: a carriage return is
// a space, a newline breaks the line.
QString preparedWords(QString words)
{
    for (QChar& c : words) {
        if (c == u'\r')
            c = u' ';
        else if (c == u'\n')
            c = QChar::LineSeparator;
    }
    return words;
}

} // namespace

WrappedLabel::WrappedLabel(QWidget* parent)
    : WrappedLabel(QString(), parent)
{
}

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappedLabel::~WrappedLabel()
{
    if (m_shaped)
        m_shaped->endLayout();
}

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return {text(),       textFormat(),           alignment(),   indent(), margin(), minimumSize(), maximumWidth(),
            frameWidth(), textInteractionFlags(), focusPolicy(), buddy()};
}

void WrappedLabel::forgetIfChanged() const
{
    Key key = currentKey();
    if (key == m_key)
        return;
    m_key = std::move(key);
    forget();
}

void WrappedLabel::forget() const
{
    m_answers.fill({});
    m_nextSlot = 0;
    m_sizeHint = {};
    m_minimumSizeHint = {};
    if (m_shaped) {
        m_shaped->endLayout();
        m_shaped.reset();
    }
}

bool WrappedLabel::measuresItself() const
{
    const QString& words = text();
    if (words.isEmpty() || !wordWrap())
        return false;
    const Qt::TextFormat format = textFormat();
    if (format != Qt::PlainText && !(format == Qt::AutoText && !Qt::mightBeRichText(words)))
        return false;
    // QLabel lays selectable or focusable text out in a text document, and a
    // buddy's shortcut changes the words; justified text, tab stops and
    // length variants (U+009C) are laid out differently by QFontMetrics.
    if (textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard))
        return false;
    if (focusPolicy() != Qt::NoFocus || buddy() != nullptr)
        return false;
    if (alignment() & Qt::AlignJustify)
        return false;
    return !words.contains(QChar(0x9c)) && !words.contains(u'\t');
}

QSize WrappedLabel::sizeHint() const
{
    if (!measuresItself())
        return QLabel::sizeHint();
    measureHints();
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    if (!measuresItself())
        return QLabel::minimumSizeHint();
    measureHints();
    return m_minimumSizeHint;
}

void WrappedLabel::measureHints() const
{
    ensurePolished();
    forgetIfChanged();
    if (m_sizeHint.isValid())
        return;
    // As QLabel: the preferred size for its own choice of width, the minimum
    // as wide as the widest word and as tall as one line (or the preferred
    // height, when that is less).
    m_sizeHint = sizeForWidth(-1);
    m_minimumSizeHint
        = QSize(sizeForWidth(0).width(), std::min(sizeForWidth(QWIDGETSIZE_MAX).height(), m_sizeHint.height()));
}

int WrappedLabel::heightForWidth(int width) const
{
    forgetIfChanged();
    const auto known = std::find_if(m_answers.begin(), m_answers.end(),
                                    [width](const Answer& answer) { return answer.width == width; });
    if (known != m_answers.end())
        return known->height;
    const int height = measuresItself() ? sizeForWidth(width).height() : QLabel::heightForWidth(width);
    m_answers[m_nextSlot] = {width, height};
    m_nextSlot = (m_nextSlot + 1) % m_answers.size();
    return height;
}

// What QLabel does for a text label without a text document, step for step,
// so that the sizes are its sizes: margins and indent around the words, and
// for the preferred size (width < 0) a width of 80 average characters, then
// half and a quarter of it while the words would take too few lines.
QSize WrappedLabel::sizeForWidth(int width) const
{
    if (minimumWidth() > 0)
        width = std::max(width, minimumWidth());
    const QMargins margins = contentsMargins();
    const QFontMetrics metrics = fontMetrics();
    int horizontalExtra = 2 * margin();
    int verticalExtra = horizontalExtra;
    const Qt::LayoutDirection direction = text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    const Qt::Alignment align = QStyle::visualAlignment(direction, alignment());
    int indentation = indent();
    if (indentation < 0 && frameWidth() > 0) // no indent, but a frame: QLabel indents by an x
        indentation = metrics.horizontalAdvance(u'x') - margin() * 2;
    if (indentation > 0) {
        if (align & (Qt::AlignLeft | Qt::AlignRight))
            horizontalExtra += indentation;
        if (align & (Qt::AlignTop | Qt::AlignBottom))
            verticalExtra += indentation;
    }

    const bool chooseWidth = width < 0;
    if (chooseWidth)
        width = std::min(metrics.averageCharWidth() * 80, maximumSize().width());
    width -= horizontalExtra + margins.left() + margins.right();
    QSize words = boundingSize(width);
    if (chooseWidth && words.height() < 4 * metrics.lineSpacing() && words.width() > width / 2)
        words = boundingSize(width / 2);
    if (chooseWidth && words.height() < 2 * metrics.lineSpacing() && words.width() > width / 4)
        words = boundingSize(width / 4);

    const QSize size(words.width() + horizontalExtra + margins.left() + margins.right(),
                     words.height() + verticalExtra + margins.top() + margins.bottom());
    return size.expandedTo(minimumSize());
}

// QFontMetrics::boundingRect(0, 0, lineWidth, 2000, flags, words): lines on
// whole pixels one leading apart, as wide as the widest line's words.
QSize WrappedLabel::boundingSize(int lineWidth) const
{
    if (!m_shaped) {
        m_shaped = std::make_unique<QTextLayout>(preparedWords(text()), font());
        m_shaped->setCacheEnabled(true);
        m_shaped->beginLayout(); // ended when the words or the font change
    }
    // Only the lines go: the shaped glyphs stay for the next width.
    m_shaped->clearLayout();
    const qreal leading = QFontMetricsF(font()).leading();
    const qreal available = std::max(0, lineWidth);
    qreal height = -leading;
    qreal widest = 0;
    for (QTextLine line = m_shaped->createLine(); line.isValid(); line = m_shaped->createLine()) {
        line.setLineWidth(available);
        height = std::ceil(height + leading);
        line.setPosition(QPointF(0, height));
        height += line.ascent() + line.descent();
        widest = std::max(widest, line.naturalTextWidth());
    }
    return {static_cast<int>(std::ceil(widest)), static_cast<int>(std::ceil(height))};
}

bool WrappedLabel::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::PolishRequest:
    case QEvent::Polish:
        forget();
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

} // namespace limber
