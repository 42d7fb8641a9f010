#pragma once

class QMenuBar;
class QWidget;

namespace limber {

// The Help menu and the two texts it opens: the safety note about the
// exercises (home's "About these exercises" link opens it too) and About.
class HelpMenu final {
public:
    static void addTo(QMenuBar& menuBar, QWidget* parent);
    static void showAboutExercises(QWidget* parent);

private:
    static void showAbout(QWidget* parent);
};

} // namespace limber
