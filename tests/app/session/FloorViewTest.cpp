#include "AppTestSupport.h"
#include "TestPalettes.h"
#include "VirtualTime.h"
#include "home/HomeView.h"

#include "MainWindow.h"
#include "session/FloorView.h"
#include "session/SessionView.h"
#include "style/Appearance.h"
#include "widgets/ActionButton.h"

#include "limber/Settings.h"

#include <QFontMetricsF>
#include <QMenuBar>
#include <QScreen>

namespace limber {
namespace {

// The floor view on a screen of the size this run was given (the test runs
// once per size: tests/data/screens/*.json, the offscreen platform's screens).
class FloorViewTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        window = std::make_unique<MainWindow>(test::builtinCatalog(), session);
        window->setStopConfirmer([this] {
            ++stopQuestions;
            return true;
        });
        test::showActive(*window);
    }

    static QSize screenSize() { return QGuiApplication::primaryScreen()->geometry().size(); }

    void startEverything()
    {
        QStringList ids;
        for (const Exercise& exercise : test::builtinCatalog().exercises())
            ids.append(exercise.id);
        window->startSession(ids);
        test::settle();
        ASSERT_TRUE(engine().isActive());
    }

    void press(Qt::Key key)
    {
        QTest::keyClick(window.get(), key);
        test::settle();
    }

    SessionView& view() const { return *window->sessionView(); }
    const FloorView& floor() const { return *view().floorView(); }
    SessionEngine& engine() { return session.engine(); }

    // Everything the floor view writes lies inside its box, at its font.
    void expectNothingClipped(const std::string& where) const
    {
        const FloorView& f = floor();
        const FloorLayout& layout = f.floorLayout();
        const QRect all = f.rect();
        for (const QRect& box : {layout.heading, layout.digits, layout.label, layout.bar})
            EXPECT_TRUE(all.contains(box)) << where;
        const QFontMetricsF heading(layout.headingFont);
        EXPECT_LE(heading.horizontalAdvance(f.heading()), layout.heading.width())
            << where << ": " << f.heading().toStdString();
        EXPECT_LE(heading.height(), layout.heading.height() + 1) << where;
        const QRectF ink = f.digitsInk();
        EXPECT_TRUE(QRectF(layout.digits).contains(ink)) << where << ": digits " << f.digits().toStdString();
        const QRectF label
            = QFontMetricsF(layout.labelFont).boundingRect(QRectF(layout.label), FloorLayout::LabelFlags, f.label());
        EXPECT_LE(label.width(), layout.label.width()) << where << ": " << f.label().toStdString();
        EXPECT_LE(label.height(), layout.label.height()) << where << ": " << f.label().toStdString();
        // Readable from three metres: a tenth of what the digits are, at least.
        EXPECT_GE(layout.labelFont.pixelSize(), screenSize().height() / 25) << where;
        const QRect leave = f.leaveButton()->geometry();
        EXPECT_TRUE(all.contains(leave)) << where;
        EXPECT_FALSE(leave.intersects(layout.label) || leave.intersects(layout.bar)) << where;
    }

    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {test::builtinCatalog(), clock, timers};
    std::unique_ptr<MainWindow> window;
    int stopQuestions = 0;
};

TEST_F(FloorViewTest, RunsOnTheScreenSizeItWasGiven)
{
    const QSize size = screenSize();
    EXPECT_TRUE(size == QSize(1920, 1080) || size == QSize(1280, 800))
        << "the screen is " << size.width() << "x" << size.height() << "; is QT_QPA_PLATFORM's configfile set?";
}

TEST_F(FloorViewTest, F11FillsTheScreenWithDigitsOverAThirdOfItsHeight)
{
    startEverything();
    EXPECT_FALSE(view().isFloorView());
    press(Qt::Key_F11);
    ASSERT_TRUE(view().isFloorView());
    EXPECT_TRUE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_FALSE(window->menuBar()->isVisible()) << "nothing else on the screen";
    EXPECT_EQ(window->size(), screenSize());
    // The whole screen but the window's thin top margin (kept for its notices).
    EXPECT_EQ(floor().width(), screenSize().width());
    EXPECT_GE(floor().height(), screenSize().height() * 98 / 100);
    EXPECT_TRUE(floor().isVisible());

    const int third = (screenSize().height() + 2) / 3;
    EXPECT_GE(floor().digitsInk().height(), third) << "digits " << floor().digits().toStdString();
    EXPECT_EQ(floor().label(), engine().currentStep()->label);
    expectNothingClipped("first step");

    press(Qt::Key_F11);
    EXPECT_FALSE(view().isFloorView());
    EXPECT_FALSE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_TRUE(window->menuBar()->isVisible());
    EXPECT_TRUE(engine().isActive()) << "switching views changes nothing in the session";
}

TEST_F(FloorViewTest, EveryStepOfEveryExerciseFitsAndKeepsItsBigDigits)
{
    startEverything();
    view().setFloorView(true);
    test::settle();
    ASSERT_TRUE(view().isFloorView());
    const int third = (screenSize().height() + 2) / 3;
    const int steps = static_cast<int>(engine().plan().steps.size());
    for (int i = 0; i < steps && engine().isActive(); ++i) {
        ASSERT_EQ(engine().currentIndex(), i);
        const std::string where
            = "step " + std::to_string(i) + " (" + engine().currentStep()->exerciseId.toStdString() + ")";
        EXPECT_EQ(floor().label(), engine().currentStep()->label) << where;
        EXPECT_GE(floor().digitsInk().height(), third) << where;
        expectNothingClipped(where);
        engine().next();
        test::settle();
    }
}

TEST_F(FloorViewTest, PausedAndGettingReadySayItInTheSameBigType)
{
    startEverything();
    view().setFloorView(true);
    press(Qt::Key_Space);
    ASSERT_EQ(engine().state(), SessionEngine::State::Paused);
    EXPECT_TRUE(floor().label().contains(QStringLiteral("Paused"))) << floor().label().toStdString();
    expectNothingClipped("paused");
    press(Qt::Key_Space);
    ASSERT_EQ(engine().state(), SessionEngine::State::GetReady);
    EXPECT_EQ(floor().label(), QStringLiteral("Get ready"));
    EXPECT_EQ(floor().digits(), QStringLiteral("3"));
    expectNothingClipped("get ready");
}

TEST_F(FloorViewTest, EscLeavesTheFloorViewFirstAndOnlyThenAsksToStop)
{
    startEverything();
    press(Qt::Key_F11);
    ASSERT_TRUE(view().isFloorView());
    press(Qt::Key_Escape);
    EXPECT_FALSE(view().isFloorView());
    EXPECT_FALSE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_EQ(stopQuestions, 0) << "the first Esc only leaves full screen";
    EXPECT_TRUE(engine().isActive());
    press(Qt::Key_Escape);
    EXPECT_EQ(stopQuestions, 1) << "the second Esc offers to stop";
    EXPECT_FALSE(engine().isActive());
}

TEST_F(FloorViewTest, TheButtonsSwitchItOnAndOff)
{
    startEverything();
    auto* on = view().findChild<ActionButton*>(QStringLiteral("floorButton"));
    ASSERT_NE(on, nullptr);
    EXPECT_EQ(on->keyHint(), QStringLiteral("F11"));
    on->click();
    test::settle();
    EXPECT_TRUE(view().isFloorView());
    EXPECT_TRUE(floor().leaveButton()->isVisible()) << "a way out for the mouse";
    const_cast<ActionButton*>(floor().leaveButton())->click();
    test::settle();
    EXPECT_FALSE(view().isFloorView());
    EXPECT_EQ(stopQuestions, 0);
}

TEST_F(FloorViewTest, WithTheSettingEverySessionOpensInItAndEndsAtTheDesk)
{
    {
        QSettings store;
        SessionSettings settings = SessionSettings::load(store);
        settings.floorView = true;
        settings.save(store);
    }
    startEverything();
    EXPECT_TRUE(view().isFloorView());
    EXPECT_TRUE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_GE(floor().digitsInk().height(), (screenSize().height() + 2) / 3);
    engine().stop();
    test::settle();
    EXPECT_FALSE(view().isFloorView()) << "home is shown in the window as it was";
    EXPECT_FALSE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_EQ(window->currentView(), static_cast<QWidget*>(window->homeView()));
}

TEST_F(FloorViewTest, WithoutTheSettingASessionStartsAtTheDesk)
{
    startEverything();
    EXPECT_FALSE(view().isFloorView());
    EXPECT_FALSE(window->windowState() & Qt::WindowFullScreen);
}

TEST_F(FloorViewTest, HighContrastInLightAndDarkPalettes)
{
    startEverything();
    view().setFloorView(true);
    for (const QPalette& palette : {test::lightPalette(), test::darkPalette()}) {
        window->setPalette(palette);
        test::settle();
        const QColor background = floor().palette().color(QPalette::Window);
        EXPECT_GE(appearance::contrastRatio(floor().textColour(), background), 7.0);
        EXPECT_GE(appearance::contrastRatio(appearance::accentText(floor().palette()), background), 4.5);
    }
    // A theme whose own text is too faint for across the room gets black or white instead.
    QPalette faint = test::lightPalette();
    faint.setColor(QPalette::WindowText, QColor(0x77, 0x77, 0x77));
    window->setPalette(faint);
    test::settle();
    EXPECT_GE(appearance::contrastRatio(floor().textColour(), floor().palette().color(QPalette::Window)), 7.0);
}

} // namespace
} // namespace limber
