#include "XvfbDisplay.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace limber {
namespace {

// The corner prompt on a real X11 desktop: Xvfb, the openbox window manager,
// and limber_focus_probe on the xcb platform (see FocusProbe.cpp).
TEST(CornerPromptFocus, NeverTakesTheKeyboardOnARealDesktop)
{
    if (const QString missing = test::XvfbDisplay::missingTool({"Xvfb", "openbox", "xdotool", "xprop"});
        !missing.isEmpty())
        GTEST_SKIP() << missing.toStdString() << " is not installed";
    test::XvfbDisplay display;
    ASSERT_TRUE(display.start()) << "Xvfb did not start";
    ASSERT_EQ(display.run(QStringLiteral("openbox"), {}).state(), QProcess::Running) << "openbox did not start";

    QProcess probe;
    QProcessEnvironment environment = display.environment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    probe.setProcessEnvironment(environment);
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.start(QStringLiteral(LIMBER_FOCUS_PROBE), {});
    ASSERT_TRUE(probe.waitForFinished(60000)) << "the probe did not finish";
    const QString output = QString::fromUtf8(probe.readAll());
    EXPECT_EQ(probe.exitStatus(), QProcess::NormalExit) << output.toStdString();
    EXPECT_EQ(probe.exitCode(), 0) << output.toStdString();
}

} // namespace
} // namespace limber
