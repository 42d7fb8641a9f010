// Shows the corner prompt on a real X11 display with a window manager while
// the person types in another window, and exits 0 only when the keyboard
// stayed there, also after a real click on one of the prompt's buttons.
// Run by CornerPromptFocusTest (Xvfb + openbox); the offscreen platform
// cannot tell, as it activates every window it shows.

#include "reminders/CornerPrompt.h"
#include "reminders/CornerPromptPresenter.h"
#include "widgets/ActionButton.h"

#include "limber/Timer.h"

#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <cstdio>

namespace {

constexpr int WaitMs = 10000;
int failures = 0;

void check(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "FAIL: %s\n", what);
        ++failures;
    }
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(WaitMs);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// The window that has the X server's keyboard focus, as another client sees it.
WId xFocus()
{
    return run(QStringLiteral("xdotool"), {QStringLiteral("getwindowfocus")}).toULongLong();
}

bool windowManagerRunning()
{
    return run(QStringLiteral("xprop"), {QStringLiteral("-root"), QStringLiteral("_NET_SUPPORTING_WM_CHECK")})
        .contains(QStringLiteral("window id"));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (QGuiApplication::platformName() != QStringLiteral("xcb")) {
        std::fprintf(stderr, "FAIL: needs the xcb platform, not %s\n", qPrintable(QGuiApplication::platformName()));
        return 2;
    }
    if (!QTest::qWaitFor(windowManagerRunning, WaitMs)) {
        std::fprintf(stderr, "FAIL: no window manager on the display\n");
        return 2;
    }

    QWidget work;
    work.setWindowTitle(QStringLiteral("The window the person types in"));
    auto* editor = new QLineEdit(&work);
    (new QVBoxLayout(&work))->addWidget(editor);
    work.resize(400, 200);
    work.show();
    // Asked again until it is, the second time as a pager would ask (a window
    // manager still starting up may drop an application's request).
    work.activateWindow();
    const bool active = QTest::qWaitFor(
        [&] {
            if (QTest::qWaitForWindowActive(&work, 500))
                return true;
            run(QStringLiteral("xdotool"),
                {QStringLiteral("windowactivate"), QStringLiteral("--sync"), QString::number(work.winId())});
            return false;
        },
        WaitMs);
    if (!active) {
        std::fprintf(stderr, "FAIL: the work window never became active (focus on %llu, work window %llu)\n",
                     static_cast<unsigned long long>(xFocus()), static_cast<unsigned long long>(work.winId()));
        return 2;
    }
    editor->setFocus();
    check(QTest::qWaitFor([&] { return xFocus() == work.winId(); }, WaitMs), "the work window has X's focus");

    limber::CornerPromptPresenter presenter(limber::realTimers());
    presenter.show({QStringLiteral("Time to stretch: 3 minutes"), QStringLiteral("Seated flexion"), false});
    limber::CornerPrompt& prompt = *presenter.prompt();
    if (!QTest::qWaitForWindowExposed(&prompt, WaitMs)) {
        std::fprintf(stderr, "FAIL: the prompt was never shown\n");
        return 2;
    }
    // The window manager chose where the focus goes when it mapped the prompt,
    // before the prompt was exposed; xdotool's round trip comes after that.
    check(xFocus() == work.winId(), "X's focus stayed on the work window when the prompt came");
    QCoreApplication::processEvents();
    check(QGuiApplication::focusWindow() == work.windowHandle(), "Qt's focus window stayed the work window");
    check(editor->hasFocus(), "the editor kept the keyboard");
    check(!prompt.isActiveWindow(), "the prompt is not the active window");
    const QRect area = prompt.screen()->availableGeometry();
    check(area.contains(prompt.frameGeometry()), "the prompt lies on the screen");
    check(prompt.frameGeometry().center().x() > area.center().x()
              && prompt.frameGeometry().center().y() > area.center().y(),
          "the prompt sits in the bottom right corner");

    // A picture of the prompt for the README, when asked for one.
    if (const QString shot = qEnvironmentVariable("LIMBER_FOCUS_PROBE_SHOT"); !shot.isEmpty())
        check(prompt.grab().save(shot), "the picture of the prompt was saved");

    // A real click, through the X server and the window manager.
    QSignalSpy snoozed(&presenter, &limber::ReminderPresenter::snoozeRequested);
    const QPoint target = prompt.snoozeButton()->mapToGlobal(prompt.snoozeButton()->rect().center());
    run(QStringLiteral("xdotool"),
        {QStringLiteral("mousemove"), QStringLiteral("--sync"), QString::number(target.x()),
         QString::number(target.y()), QStringLiteral("click"), QStringLiteral("1")});
    check(snoozed.wait(WaitMs), "the click on In 10 minutes answered");
    check(xFocus() == work.winId(), "X's focus stayed on the work window after the click");
    QCoreApplication::processEvents();
    check(editor->hasFocus(), "the editor kept the keyboard after the click");
    std::fprintf(stderr, "%s\n",
                 failures == 0 ? "focus probe: the keyboard stayed where it was" : "focus probe failed");
    return failures == 0 ? 0 : 1;
}
