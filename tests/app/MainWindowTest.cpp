#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "audio/CuePlayer.h"
#include "audio/SoundSettings.h"
#include "home/BodyRegionPicker.h"
#include "home/ExerciseCard.h"
#include "home/ExerciseDetailDialog.h"
#include "home/HomeView.h"
#include "home/RoutinePanel.h"
#include "home/SafetyNote.h"
#include "session/SessionView.h"
#include "session/SummaryView.h"
#include "text/DurationText.h"
#include "widgets/NoticeBanner.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSpinBox>

namespace limber {
namespace {

using test::pointInRegion;

class MainWindowTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        window = std::make_unique<MainWindow>(test::builtinCatalog(), session);
        window->setStopConfirmer([] { return true; });
        test::showActive(*window);
    }

    HomeView& home() const { return *window->homeView(); }
    BodyRegionPicker& picker() const { return *home().picker(); }
    RoutinePanel& routine() const { return *home().routinePanel(); }

    QStringList checkedCards() const
    {
        QStringList ids;
        for (const ExerciseCard* card : routine().cards()) {
            if (card->isIncluded())
                ids.append(card->exerciseId());
        }
        return ids;
    }

    VirtualClock clock;
    VirtualTimerSource timers {clock}; // the driver's, still: the tests tick the engine themselves
    GuidedSession session {test::builtinCatalog(), clock, timers};
    SessionEngine& engine() { return session.engine(); }
    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowTest, StartsAtHomeWithSensibleSize)
{
    EXPECT_EQ(window->currentView(), window->homeView());
    EXPECT_EQ(window->size(), MainWindow::DefaultSize);
    EXPECT_EQ(window->minimumSize(), MainWindow::MinimumSize);
    EXPECT_EQ(picker().regionCount(), 3);
}

TEST_F(MainWindowTest, TheRegionsExercisesAreBuiltOnceARegionIsChosen)
{
    // Nobody sees them before; built earlier, they cost the first frame their sizes.
    EXPECT_EQ(home().builtRoutinePanel(), nullptr);
    PlanOptions options;
    options.holdMs = 20000;
    home().setBaseOptions(options);
    EXPECT_EQ(home().planOptions().holdMs, 20000) << "home's options stand in until then";

    home().selectRegion(QStringLiteral("neck-shoulders"));
    const RoutinePanel* built = home().builtRoutinePanel();
    ASSERT_NE(built, nullptr);
    EXPECT_TRUE(built->isVisible());
    EXPECT_EQ(built->planOptions().holdMs, 20000) << "the options given before are handed over";
    EXPECT_EQ(home().routinePanel(), built) << "built once";
}

TEST_F(MainWindowTest, ASoundHintAppearsExactlyWhenChimesCannotBeHeard)
{
    EXPECT_TRUE(window->soundNotice()->isHidden()) << "nothing to say before audio starts";
    // CI has no sound server; a desktop usually has one: the hint follows the player either way.
    auto* chimes = new CuePlayer(SoundSettings(), window.get());
    window->watchSound(*chimes);
    EXPECT_EQ(window->soundNotice()->isVisible(), !chimes->soundAvailable());
    if (!chimes->soundAvailable()) {
        EXPECT_FALSE(chimes->unavailableReason().isEmpty());
        Q_EMIT chimes->availabilityChanged(true);
        EXPECT_TRUE(window->soundNotice()->isHidden()) << "the hint goes away once sound works";
    }
}

TEST_F(MainWindowTest, ClickingEachRegionShowsItsCardsWithSuggestionsTicked)
{
    const Catalog& catalog = test::builtinCatalog();
    for (int i = 0; i < picker().regionCount(); ++i) {
        QTest::mouseClick(&picker(), Qt::LeftButton, {}, pointInRegion(picker(), i));
        const Region* region = catalog.region(picker().region(i).id);
        ASSERT_NE(region, nullptr);
        EXPECT_EQ(picker().selectedIndex(), i);
        EXPECT_TRUE(routine().isVisible());
        EXPECT_EQ(routine().regionId(), region->id);
        EXPECT_EQ(routine().cards().size(), catalog.exercisesOf(region->id).size());
        EXPECT_EQ(checkedCards(), region->suggested) << region->id.toStdString();
        EXPECT_TRUE(routine().startButton()->isEnabled());
        EXPECT_TRUE(routine().startButton()->text().startsWith(QStringLiteral("Start · ")));
    }
}

TEST_F(MainWindowTest, StartButtonSaysHowLongAndFollowsTheTicks)
{
    home().selectRegion(QStringLiteral("neck-shoulders"));
    const qint64 suggested = Planner(test::builtinCatalog())
                                 .plan(QStringList {QStringLiteral("flexion"), QStringLiteral("lateral-flexion")})
                                 .totalMs;
    EXPECT_EQ(routine().startButton()->text(), QStringLiteral("Start · %1").arg(DurationText::approximate(suggested)));

    ExerciseCard* lateral = routine().cards().at(1);
    lateral->includeBox()->click();
    const qint64 one = Planner(test::builtinCatalog()).plan(QStringList {QStringLiteral("flexion")}).totalMs;
    EXPECT_EQ(routine().startButton()->text(), QStringLiteral("Start · %1").arg(DurationText::approximate(one)));

    routine().cards().at(0)->setIncluded(false);
    EXPECT_FALSE(routine().startButton()->isEnabled()) << "nothing ticked, nothing to start";
}

TEST_F(MainWindowTest, ClickingACardAnywhereTogglesIt)
{
    home().selectRegion(QStringLiteral("lower-back"));
    ExerciseCard* card = routine().cards().first();
    ASSERT_TRUE(card->isIncluded());
    // The middle of the card is its text, away from the checkbox and buttons.
    const QPoint middle(card->width() / 2, card->height() / 2);
    QWidget* text = card->childAt(middle);
    ASSERT_NE(text, nullptr);
    ASSERT_EQ(qobject_cast<QAbstractButton*>(text), nullptr);
    QTest::mouseClick(text, Qt::LeftButton, {}, text->mapFrom(card, middle));
    EXPECT_FALSE(card->isIncluded());
    QTest::mouseClick(text, Qt::LeftButton, {}, text->mapFrom(card, middle));
    EXPECT_TRUE(card->isIncluded());
}

TEST_F(MainWindowTest, RangedDoseHasASpinBoxFeedingThePlan)
{
    home().selectRegion(QStringLiteral("lower-back"));
    ExerciseCard* cobra = nullptr;
    for (ExerciseCard* card : routine().cards()) {
        if (card->exerciseId() == QStringLiteral("cobra"))
            cobra = card;
        else
            EXPECT_EQ(card->repsBox(), nullptr);
    }
    ASSERT_NE(cobra, nullptr);
    ASSERT_NE(cobra->repsBox(), nullptr);
    EXPECT_EQ(cobra->repsBox()->minimum(), 20);
    EXPECT_EQ(cobra->repsBox()->maximum(), 30);
    cobra->setIncluded(true);
    const QString before = routine().startButton()->text();
    cobra->repsBox()->setValue(30);
    EXPECT_EQ(routine().planOptions().reps.value(QStringLiteral("cobra")), 30);
    EXPECT_NE(routine().startButton()->text(), before);
}

TEST_F(MainWindowTest, StartShowsTheSessionWithTheFirstStep)
{
    home().selectRegion(QStringLiteral("upper-back"));
    routine().startButton()->click();
    EXPECT_EQ(window->currentView(), window->sessionView());
    EXPECT_EQ(window->engine().state(), SessionEngine::State::Running);
    EXPECT_EQ(window->engine().plan().exerciseIds,
              (QStringList {QStringLiteral("shoulder-rolls"), QStringLiteral("cat-cow")}));
    EXPECT_EQ(window->sessionView()->nowText(), window->engine().plan().steps.first().label);
    EXPECT_EQ(window->sessionView()->exerciseText(), QStringLiteral("Shoulder rolls"));
}

TEST_F(MainWindowTest, EnterStartsFromHome)
{
    QTest::mouseClick(&picker(), Qt::LeftButton, {}, pointInRegion(picker(), 2));
    routine().cards().first()->includeBox()->setFocus();
    QTest::keyClick(routine().cards().first()->includeBox(), Qt::Key_Return);
    EXPECT_EQ(window->currentView(), window->sessionView());
    EXPECT_EQ(window->engine().plan().exerciseIds,
              test::builtinCatalog().region(QStringLiteral("lower-back"))->suggested);
}

TEST_F(MainWindowTest, DoubleClickOnARegionStartsAtOnce)
{
    QTest::mouseDClick(&picker(), Qt::LeftButton, {}, pointInRegion(picker(), 0));
    EXPECT_EQ(window->currentView(), window->sessionView());
    EXPECT_EQ(window->engine().plan().exerciseIds,
              test::builtinCatalog().region(QStringLiteral("neck-shoulders"))->suggested);
}

TEST_F(MainWindowTest, CardOpensItsDetails)
{
    home().selectRegion(QStringLiteral("upper-back"));
    routine().cards().first()->detailsButton()->click();
    auto* dialog = routine().findChild<ExerciseDetailDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Shoulder rolls"));
    dialog->reject();
}

TEST_F(MainWindowTest, SuggestionsComeFirstAndOthersAfter)
{
    home().selectRegion(QStringLiteral("lower-back"));
    QStringList order;
    for (const ExerciseCard* card : routine().cards())
        order.append(card->exerciseId());
    EXPECT_EQ(order.mid(0, 2), test::builtinCatalog().region(QStringLiteral("lower-back"))->suggested);
    routine().cards().last()->setIncluded(true);
    EXPECT_EQ(routine().chosenExerciseIds().size(), 3);
    EXPECT_EQ(routine().chosenExerciseIds().last(), order.last()) << "the session keeps the shown order";
}

TEST_F(MainWindowTest, ClosingMidSessionAsksFirst)
{
    bool allowStop = false;
    window->setStopConfirmer([&allowStop] { return allowStop; });
    window->startSession({QStringLiteral("flexion")});
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(window->engine().isActive());
    allowStop = true;
    EXPECT_TRUE(window->close());
    EXPECT_FALSE(window->engine().isActive());
}

// A remote has no screen to confirm on: its Stop stops at once, and the
// summary then offers the rest of the session, from the exercise it stopped at.
TEST_F(MainWindowTest, AStopFromTheRemoteOffersToContinueWhereItStopped)
{
    const QStringList ids {QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt"), QStringLiteral("cobra")};
    window->startSession(ids);
    engine().nextExercise();
    const int stoppedAt = engine().currentStep()->exerciseIndex;
    ASSERT_EQ(stoppedAt, 1);
    engine().stop(); // as MprisPlayer::stop does, then it says where
    window->showStoppedSummary(stoppedAt);
    ASSERT_EQ(window->currentView(), window->summaryView());
    QPushButton* resume = window->summaryView()->continueButton();
    ASSERT_TRUE(resume->isVisible());

    QTest::mouseClick(resume, Qt::LeftButton);
    EXPECT_EQ(window->currentView(), window->sessionView());
    EXPECT_TRUE(engine().isActive());
    EXPECT_EQ(engine().plan().exerciseIds, ids.mid(1));
    EXPECT_EQ(engine().currentIndex(), 0);
}

TEST_F(MainWindowTest, AFinishedSessionOffersNoContinue)
{
    window->startSession({QStringLiteral("knee-to-chest")});
    engine().stop();
    window->showStoppedSummary(0);
    ASSERT_TRUE(window->summaryView()->continueButton()->isVisible());
    window->startSession({QStringLiteral("knee-to-chest")});
    test::VirtualTime(clock).ticking(engine()).advance(engine().plan().totalMs);
    ASSERT_EQ(engine().state(), SessionEngine::State::Finished);
    EXPECT_EQ(window->currentView(), window->summaryView());
    EXPECT_FALSE(window->summaryView()->continueButton()->isVisible());
    window->showStoppedSummary(0);
    EXPECT_FALSE(window->summaryView()->continueButton()->isVisible()) << "only after a stop, not after the end";
}

TEST_F(MainWindowTest, ReminderShowsUntilReadAndIsRemembered)
{
    NoticeBanner* reminder = home().reminder();
    EXPECT_TRUE(reminder->isVisible());
    EXPECT_TRUE(reminder->text().contains(QStringLiteral("doctor")));
    reminder->dismissButton()->click();
    EXPECT_FALSE(reminder->isVisible());
    EXPECT_TRUE(SafetyNote::isAcknowledged());

    MainWindow again(test::builtinCatalog(), session);
    again.show();
    EXPECT_FALSE(again.homeView()->reminder()->isVisible());
}

TEST_F(MainWindowTest, CatalogProblemsBannerListsAndDismisses)
{
    EXPECT_FALSE(window->problemsBanner()->isVisible());
    window->setCatalogProblems({QStringLiteral("mine.json: exercises[0].dose.hold_s: must be between 1 and 600"),
                                QStringLiteral("other.json: not valid JSON <here>")});
    EXPECT_TRUE(window->problemsBanner()->isVisible());
    EXPECT_TRUE(window->problemsBanner()->text().contains(QStringLiteral("mine.json")));
    EXPECT_TRUE(window->problemsBanner()->text().contains(QStringLiteral("&lt;here&gt;"))) << "escaped";
    window->problemsBanner()->dismissButton()->click();
    EXPECT_FALSE(window->problemsBanner()->isVisible());
}

TEST_F(MainWindowTest, RemembersWindowSize)
{
    window->resize(900, 640);
    window->close();
    MainWindow again(test::builtinCatalog(), session);
    EXPECT_EQ(again.size(), QSize(900, 640));
}

TEST_F(MainWindowTest, EveryControlHasAnAccessibleName)
{
    home().selectRegion(QStringLiteral("lower-back"));
    const auto unnamed = [](const QWidget* root) {
        QStringList names;
        for (const QWidget* widget : root->findChildren<QWidget*>()) {
            const bool control = qobject_cast<const QAbstractButton*>(widget)
                || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const BodyRegionPicker*>(widget);
            if (!control || !widget->isVisibleTo(root))
                continue;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(const_cast<QWidget*>(widget));
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                names.append(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('/')
                             + widget->objectName());
        }
        return names;
    };
    EXPECT_EQ(unnamed(window.get()), QStringList());
    home().selectRegion(QStringLiteral("upper-back"));
    routine().startButton()->click();
    EXPECT_EQ(unnamed(window->sessionView()), QStringList());
}

} // namespace
} // namespace limber
