#include "widgets/WrappedLabel.h"

#include <QEvent>

#include <algorithm>

namespace limber {

WrappedLabel::WrappedLabel(QWidget* parent)
    : WrappedLabel(QString(), parent)
{
}

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return {text(), textFormat(), alignment(), indent(), margin()};
}

void WrappedLabel::forget() const
{
    m_answers.fill({});
    m_nextSlot = 0;
}

int WrappedLabel::heightForWidth(int width) const
{
    Key key = currentKey();
    if (key != m_key) {
        m_key = std::move(key);
        forget();
    }
    const auto known = std::find_if(m_answers.begin(), m_answers.end(),
                                    [width](const Answer& answer) { return answer.width == width; });
    if (known != m_answers.end())
        return known->height;
    const int height = QLabel::heightForWidth(width);
    m_answers[m_nextSlot] = {width, height};
    m_nextSlot = (m_nextSlot + 1) % m_answers.size();
    return height;
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
