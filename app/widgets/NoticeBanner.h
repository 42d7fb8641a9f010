#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace limber {

// A calm, dismissible strip across the top of a view: a reminder, or a list
// of problems found at start-up. It paints its own rounded background from the
// palette so it suits light and dark themes alike.
class NoticeBanner final : public QFrame {
    Q_OBJECT

public:
    enum class Tone { Information, Warning };

    explicit NoticeBanner(Tone tone, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setText(const QString& text); // rich text allowed, for lists
    void setDismissText(const QString& text);

    QString title() const;
    QString text() const;
    QPushButton* dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void dismissed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyFonts();

    Tone m_tone;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_dismiss;
};

} // namespace limber
