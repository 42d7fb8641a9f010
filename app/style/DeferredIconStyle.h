#pragma once

#include <QProxyStyle>

namespace limber {

// The application's own style, drawn by the platform's style in every way
// but one: the overflow arrows of menu bars and tool bars are made when they
// are first painted, not when the bar is built. QMenuBar asks for its arrow
// in its constructor, and Qt's common style then sets up the icon theme
// loader and loads every image format plugin (JPEG, GIF, ICO, SVG) to read
// one PNG, all before the window's first frame; the arrow is only seen when
// the window is too narrow for its menus.
class DeferredIconStyle final : public QProxyStyle {
    Q_OBJECT

public:
    // key: the style to draw with (QApplication::style()->name()), so that
    // -style and QT_STYLE_OVERRIDE still choose it.
    explicit DeferredIconStyle(const QString& key);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

    static bool isDeferred(StandardPixmap standardIcon);
};

} // namespace limber
