#pragma once

#include <QLabel>

#include <array>

namespace limber {

// A QLabel that wraps its words and remembers the height it needs at a width.
//
// QLabel lays its whole text out again for every heightForWidth() question,
// and while a window is first laid out its nested layouts ask each wrapped
// label the same few widths over and over (home's labels were asked 84 times
// before the first frame, with a handful of distinct widths). The answers are
// kept until something that changes them does: the text, its format, the
// alignment, indent or margin (compared on each question, since QLabel's
// setters are not virtual), or the font, style or contents margins (events).
class WrappedLabel final : public QLabel {
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    explicit WrappedLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    bool event(QEvent* event) override;

private:
    // What QLabel's answer depends on besides the font, style and margins.
    struct Key {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        Qt::Alignment alignment;
        int indent = -1;
        int margin = 0;
        bool operator==(const Key& other) const = default;
    };
    struct Answer {
        int width = -1;
        int height = -1;
    };
    Key currentKey() const;
    void forget() const;

    mutable Key m_key;
    // A few widths suffice: the layouts settle on one or two per pass.
    mutable std::array<Answer, 4> m_answers {};
    mutable std::size_t m_nextSlot = 0;
};

} // namespace limber
