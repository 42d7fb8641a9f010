#pragma once

#include "home/BodyFigure.h"

#include <QAccessible>
#include <QList>
#include <QString>
#include <QTransform>
#include <QWidget>

namespace limber {

// Where it hurts: a figure seen from behind whose neck and shoulders, upper
// back and lower back can be clicked, hovered, and reached with the keyboard
// (Tab in, arrows between regions, Space/Enter to choose). Choosing the region
// that is already chosen, or double-clicking one, asks to start its session.
class BodyRegionPicker final : public QWidget {
    Q_OBJECT

public:
    struct Region {
        QString id;
        QString name;
        QString summary;
        BodyArea area = BodyArea::NeckShoulders;
    };

    explicit BodyRegionPicker(QWidget* parent = nullptr);

    // Regions in the order the keyboard walks them (head to hips reads naturally).
    void setRegions(const QList<Region>& regions);
    int regionCount() const { return static_cast<int>(m_regions.size()); }
    const Region& region(int index) const { return m_regions.at(index); }
    int indexOf(const QString& regionId) const;
    // Where a region is drawn (its shape, not its label), in widget coordinates.
    QRect regionRect(int index) const;
    int regionAt(const QPointF& position) const;

    int selectedIndex() const { return m_selected; }
    QString selectedRegionId() const;
    int focusedIndex() const { return m_focused; }
    int hoveredIndex() const { return m_hovered; }

    void select(int index);
    void clearSelection();
    // Selects the region and asks for its session to start.
    void activate(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged(const QString& regionId);
    void regionActivated(const QString& regionId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool event(QEvent* event) override;

private:
    void setHovered(int index);
    void setFocused(int index);
    void updateTransform();
    QRectF captionRect() const;
    QString captionText() const;
    QFont labelFont(bool selected) const;
    void layOutLabels(qreal figureRight);
    void paintFigure(QPainter& painter) const;
    void paintLabels(QPainter& painter) const;
    void paintCaption(QPainter& painter) const;
    void notifyAccessibility(int index, QAccessible::Event type);

    QList<Region> m_regions;
    int m_selected = -1;
    int m_focused = -1;
    int m_hovered = -1;
    QTransform m_toWidget; // design space of the figure → widget pixels
    // Names beside the figure (clickable too); empty when the widget is too narrow.
    QList<QRectF> m_labelRects;
};

} // namespace limber
