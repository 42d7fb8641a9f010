#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QLabel;
class QPushButton;
class QWidget;

// Colours and type derived from the system palette and font, so every view
// follows light and dark themes and the person's chosen text size. Nothing
// here hard-codes a light-only colour: accents come from QPalette::Highlight.
namespace limber::appearance {

// Straight blend: t = 0 gives `from`, t = 1 gives `to`.
QColor mix(const QColor& from, const QColor& to, qreal t);

bool isDark(const QPalette& palette);

// The accent, as the platform highlights selections.
QColor accent(const QPalette& palette);
// The accent faded into the window background; `strength` 0..1.
QColor accentWash(const QPalette& palette, qreal strength);
// Secondary text: readable, but quieter than WindowText.
QColor mutedText(const QPalette& palette);
// Hairlines and card borders.
QColor hairline(const QPalette& palette);
// Card surfaces, a touch apart from the window.
QColor surface(const QPalette& palette);
// A warm tone for warnings, adjusted to stay readable on either theme.
QColor warningWash(const QPalette& palette);

// WCAG contrast ratio between two colours, 1..21.
qreal contrastRatio(const QColor& a, const QColor& b);
// `background` darkened or lightened just enough for `text` on it to reach
// `ratio` (4.5:1 is the WCAG bar for body text). Keeps the hue.
QColor readableBehind(const QColor& background, const QColor& text, qreal ratio = 4.5);
// The accent as a text colour, readable on the window background (links, the chosen region's name).
QColor accentText(const QPalette& palette);
// A fill for the one main action of a view, from the accent, readable under HighlightedText.
QColor primaryFill(const QPalette& palette);

// `base` grown by `factor`, so headings keep their proportion to the system font.
QFont scaledFont(const QFont& base, qreal factor, QFont::Weight weight = QFont::Normal);

// A label in the demi-bold heading face, `factor` times the size of `parent`'s font.
QLabel* heading(const QString& text, QWidget* parent, qreal factor = 1.0);

// Secondary text for a label (or any widget drawing WindowText): quieter, still readable.
void setMuted(QWidget* widget);

// A flat button that reads as a link: accent text, no bevel, pointing hand.
void styleAsLink(QPushButton* button);

// Standard spacing unit (about half a line of body text) for layouts.
int spacing(const QFont& font);

} // namespace limber::appearance
