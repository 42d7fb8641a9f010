#pragma once

#include <QLabel>

#include <array>
#include <memory>

class QTextLayout;

namespace limber {

// A QLabel that wraps its words, measures plain words itself, and remembers
// the height it needs at a width.
//
// QLabel lays its whole text out again for every size question: up to five
// times for its two size hints (three widths to choose a preferred one, a
// single line, and every word on a line of its own for the minimum), and
// once for every heightForWidth(). Each time the text is shaped again
// (HarfBuzz), which is most of the cost: home's labels spent 25 M
// instructions on it before the first frame. For plain words WrappedLabel
// gives the same answers (the tests hold it to QLabel's, width for width)
// from one shaping per text and font: it keeps a QTextLayout of the words and
// only breaks its lines again for each width. Rich text, selectable text, a
// buddy's shortcut, justified text or tabs go to QLabel as before.
//
// The answers are kept until something that changes them does: the text,
// its format, the alignment, indent, margin and size limits (compared on each
// question, since QLabel's setters are not virtual), or the font, style or
// contents margins (events).
class WrappedLabel final : public QLabel {
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    explicit WrappedLabel(const QString& text, QWidget* parent = nullptr);
    ~WrappedLabel() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

    // Whether the words are measured here (plain text) rather than by QLabel.
    bool measuresItself() const;

protected:
    bool event(QEvent* event) override;

private:
    // What the answers depend on besides the font, style and margins.
    struct Key {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        Qt::Alignment alignment;
        int indent = -1;
        int margin = 0;
        QSize minimumSize;
        int maximumWidth = 0;
        int frameWidth = 0;
        Qt::TextInteractionFlags interaction;
        Qt::FocusPolicy focus = Qt::NoFocus;
        const QWidget* buddy = nullptr;
        bool operator==(const Key& other) const = default;
    };
    struct Answer {
        int width = -1;
        int height = -1;
    };
    Key currentKey() const;
    // Drops what was measured when the key changed.
    void forgetIfChanged() const;
    void forget() const;
    void measureHints() const;
    // QLabel's size for a width (its sizeForWidth), for plain words.
    QSize sizeForWidth(int width) const;
    // The words' bounding size with lines `lineWidth` wide, as
    // QFontMetrics::boundingRect gives it, from the one shaped layout.
    QSize boundingSize(int lineWidth) const;

    mutable Key m_key;
    // A few widths suffice: the layouts settle on one or two per pass.
    mutable std::array<Answer, 4> m_answers {};
    mutable std::size_t m_nextSlot = 0;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    // The words shaped once, between beginLayout() and endLayout() for as
    // long as they last: each width only makes new lines.
    mutable std::unique_ptr<QTextLayout> m_shaped;
};

} // namespace limber
