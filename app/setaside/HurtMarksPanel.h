#pragma once

#include <QFrame>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace limber {

class SetAsideBook;

// "This one hurt", on the session's summary: one line per exercise done (or
// started), each with "This one made it worse". One click sets the exercise
// aside (Limber stops suggesting it) and offers Undo right there. Nothing here
// asks anyone to carry on through pain: it points to a physiotherapist when
// the pain gets sharper.
class HurtMarksPanel final : public QFrame {
    Q_OBJECT

public:
    struct Item {
        QString exerciseId;
        QString name; // translated
    };

    explicit HurtMarksPanel(QWidget* parent = nullptr);

    // Where the marks go; with none (no history) the panel stays hidden.
    void setBook(SetAsideBook* book);
    // The exercises of the session that just ended (`sessionId` 0: it was not saved).
    void offer(const QList<Item>& items, qint64 sessionId);

    QPushButton* markButton(const QString& exerciseId) const;
    QPushButton* undoButton(const QString& exerciseId) const;
    bool isMarked(const QString& exerciseId) const;
    QString statusText(const QString& exerciseId) const;
    QString problem() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Row {
        QString exerciseId;
        QWidget* line = nullptr;
        QPushButton* mark = nullptr;
        QLabel* status = nullptr;
        QPushButton* undo = nullptr;
        qint64 markId = 0; // the mark made here, for Undo
        bool marked = false;
    };

    void clearRows();
    void addRow(const Item& item);
    void markNow(Row& row);
    void undoNow(Row& row);
    void showMarked(Row& row, bool marked, bool undoable);
    void refreshCareNote();
    void showProblem(const QString& message);
    const Row* rowOf(const QString& exerciseId) const;

    SetAsideBook* m_book = nullptr;
    qint64 m_sessionId = 0;
    QLabel* m_question;
    QVBoxLayout* m_rows;
    QLabel* m_care;
    QLabel* m_problem;
    QList<Row> m_entries;
};

} // namespace limber
