#pragma once

#include <QFont>
#include <QRect>
#include <QSize>
#include <QString>

namespace limber {

// Where the floor view's parts go, for a view of a given size: a heading line
// (the exercise and the side), the countdown's digits and what to do now, and
// a bar for the step's time. Sized by the view, not the system font: the view
// fills the screen and is read from a mat two or three metres away.
//
// The digits' ink (cap height) is DigitsShare of the height, so on a full
// screen they stand over a third of it; every text is shrunk until it fits
// its box (the label may wrap to three lines), so nothing is ever clipped.
struct FloorLayout {
    static constexpr qreal DigitsShare = 0.37;

    QRect heading;
    QFont headingFont;
    QRect digits; // the band the digits are centred in
    QFont digitsFont;
    QRect label;
    QFont labelFont;
    QRect bar;

    // `widestDigits` is the widest countdown the session can show ("88", "8:88").
    static FloorLayout compute(QSize size, const QFont& base, const QString& heading, const QString& label,
                               const QString& widestDigits);

    // The flags the label is drawn (and measured) with.
    static constexpr int LabelFlags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    // Where `text`'s ink lies when drawn in the digits band with its font.
    QRectF digitsInk(const QString& text) const;
    // The baseline `text` is drawn on so the digits' ink sits in the band's middle.
    QPointF digitsOrigin(const QString& text) const;
};

} // namespace limber
