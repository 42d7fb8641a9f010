#pragma once

#include <QPushButton>

namespace limber {

// Limber's push button: soft rounded shapes drawn from the palette, so every
// view's buttons match in light and dark themes. Two extras: an optional key
// cap showing its keyboard shortcut ("Pause [Space]"), so the shortcut is
// learnt by looking; and a primary emphasis, filled with the accent (made dark
// enough for its text to stay readable), for the one main action of a view.
class ActionButton final : public QPushButton {
    Q_OBJECT

public:
    enum class Emphasis { Normal, Primary };

    explicit ActionButton(const QString& text, QWidget* parent = nullptr);

    void setKeyHint(const QString& keyName);
    const QString& keyHint() const { return m_keyHint; }
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor paintBevel(QPainter& painter) const; // returns the text colour to use
    QFont keyFont() const;
    qreal keyCapWidth() const;
    qreal gap() const;
    void refreshToolTip();

    QString m_keyHint;
    Emphasis m_emphasis = Emphasis::Normal;
};

} // namespace limber
