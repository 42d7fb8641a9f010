#pragma once

#include <QDate>
#include <QFrame>

class QLabel;
class QPushButton;

namespace limber {

// On an exercise card that Limber no longer suggests: why ("You marked this
// on 1 December: it made the pain sharper"), and the way back ("Suggest it
// again"). The card can still be ticked by hand: that is a deliberate choice.
class SetAsideNote final : public QFrame {
    Q_OBJECT

public:
    explicit SetAsideNote(const QDate& markedOn, QWidget* parent = nullptr);

    // The sentence the note shows, for a mark made on `markedOn` (the year
    // is named only when it is not this year's).
    static QString why(const QDate& markedOn, const QDate& today = QDate::currentDate());

    QString text() const;
    QPushButton* suggestAgainButton() const { return m_suggestAgain; }

Q_SIGNALS:
    void suggestAgainRequested();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_why;
    QPushButton* m_suggestAgain;
};

} // namespace limber
