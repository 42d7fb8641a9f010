#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace limber {

// A calm, dismissible strip across the top of a view: a reminder, or a list
// of problems found at start-up. It paints its own rounded background from the
// palette so it suits light and dark themes alike.
//
// A warning's words can be selected, to copy a file name or an error into a
// search or a bug report; a notice's are only read. That is also what keeps
// the safety note on home cheap: a label people can select, or one holding
// rich text, is laid out through a whole text document, several times before
// the first frame (7 M instructions of home's start, docs/performance.md).
class NoticeBanner final : public QFrame {
    Q_OBJECT

public:
    enum class Tone { Information, Warning };

    explicit NoticeBanner(Tone tone, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // Plain words, shown as they are.
    void setText(const QString& text);
    // Markup for line breaks and lists; escape what comes from elsewhere (toHtmlEscaped).
    void setRichText(const QString& html);
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
