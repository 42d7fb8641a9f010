#pragma once

#include "limber/Catalog.h"

#include <QFrame>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace limber {

class PictureView;

// One exercise on the home screen: picture, name, what it targets, how to
// start, the steps in brief and the dose. The checkbox (or a click anywhere on
// the card) includes it in the session; a ranged dose gets a spin box.
class ExerciseCard final : public QFrame {
    Q_OBJECT

public:
    // `plannedHoldMs` is the hold the planner will schedule, so the dose text
    // matches the session exactly.
    ExerciseCard(const Exercise& exercise, qint64 plannedHoldMs, QWidget* parent = nullptr);

    const QString& exerciseId() const { return m_exerciseId; }
    bool isIncluded() const;
    void setIncluded(bool included);
    // The chosen count for a ranged dose ("20–30 times"); nullopt otherwise.
    std::optional<int> chosenReps() const;
    void setChosenReps(int reps); // ignored for fixed doses

    QCheckBox* includeBox() const { return m_include; }
    QSpinBox* repsBox() const { return m_reps; }
    QPushButton* detailsButton() const { return m_details; }
    // A word about the exercise under its name (why it is set aside); the
    // card owns it; null takes the one shown away.
    void setNotice(QWidget* notice);
    QWidget* notice() const { return m_notice; }

Q_SIGNALS:
    void includedChanged(bool included);
    void repsChanged(int reps);
    void detailsRequested(const QString& exerciseId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFonts();

    QString m_exerciseId;
    PictureView* m_picture;
    QCheckBox* m_include;
    QLabel* m_targets;
    QLabel* m_position;
    QLabel* m_steps;
    QLabel* m_dose;
    QSpinBox* m_reps = nullptr;
    QPushButton* m_details;
    QVBoxLayout* m_words = nullptr;
    QWidget* m_notice = nullptr;
};

} // namespace limber
