#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace limber {

class Catalog;

// The editor's left side: every exercise in the catalog, found by a word of
// its name or targets and filtered by region and by where it is done (chair,
// standing, floor, kneeling). Enter, a double click or Add adds the chosen one.
class CatalogPicker final : public QWidget {
    Q_OBJECT

public:
    explicit CatalogPicker(const Catalog& catalog, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QComboBox* regionFilter() const { return m_region; }
    QComboBox* placeFilter() const { return m_place; }
    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    // The exercises the filters let through, in the list's order.
    QStringList shownExerciseIds() const;
    // Makes `exerciseId` the chosen row, when it is shown.
    bool choose(const QString& exerciseId);
    // Lists the catalog again, after exercises were added or removed (an import, the exercise editor).
    void reload();

Q_SIGNALS:
    void addRequested(const QString& exerciseId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill();
    void refilter();
    void addCurrent();

    const Catalog& m_catalog;
    QLineEdit* m_search;
    QComboBox* m_region;
    QComboBox* m_place;
    QListWidget* m_list;
    QPushButton* m_add;
};

} // namespace limber
