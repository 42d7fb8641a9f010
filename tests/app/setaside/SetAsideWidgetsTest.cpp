#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "home/ExerciseCard.h"
#include "home/HomeView.h"
#include "home/RoutinePanel.h"
#include "session/SummaryView.h"
#include "setaside/HurtMarksPanel.h"
#include "setaside/SetAsideNote.h"

#include "limber/GuidedSession.h"
#include "limber/HistoryRecorder.h"
#include "limber/SetAsideBook.h"
#include "limber/storage/SqliteHistoryStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace limber;

namespace {

// "This one hurt" in the real window: marked on the summary, then seen on home.
class SetAsideWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(store.open().ok());
        window.setStopConfirmer([] { return true; });
        window.setHistory(&store, &recorder, QString());
        ASSERT_TRUE(book.setStore(&store).ok());
        window.setSetAside(book);
    }

    void runToTheEnd(const QStringList& ids)
    {
        window.startSession(ids);
        ASSERT_TRUE(window.engine().isActive());
        limber::test::VirtualTime time(clock);
        time.ticking(window.engine()).firing(timers);
        time.advance(window.engine().plan().totalMs + 1000);
        limber::test::settle();
        ASSERT_EQ(window.currentView(), window.summaryView());
    }

    HurtMarksPanel& panel() { return *window.summaryView()->hurtMarks(); }
    RoutinePanel& routine() { return *window.homeView()->routinePanel(); }

    ExerciseCard* card(const QString& id)
    {
        for (ExerciseCard* each : routine().cards()) {
            if (each->exerciseId() == id)
                return each;
        }
        return nullptr;
    }

    QList<SetAsideMark> marks() const { return store.setAsideMarks().value(); }

    QTemporaryDir dir;
    SqliteHistoryStore store {dir.filePath(QStringLiteral("history.sqlite"))};
    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {limber::test::builtinCatalog(), clock, timers};
    HistoryRecorder recorder {store, session.engine(), clock, limber::test::builtinCatalog()};
    SetAsideBook book;
    MainWindow window {limber::test::builtinCatalog(), session};
};

TEST_F(SetAsideWindowTest, TheSummaryMarksAnExerciseInOneClickAndUndoesItThere)
{
    runToTheEnd({QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt")});
    ASSERT_FALSE(panel().isHidden());
    QPushButton* mark = panel().markButton(QStringLiteral("knee-to-chest"));
    ASSERT_NE(mark, nullptr);
    ASSERT_NE(panel().markButton(QStringLiteral("pelvic-tilt")), nullptr);
    EXPECT_FALSE(mark->isHidden());
    EXPECT_TRUE(panel().undoButton(QStringLiteral("knee-to-chest"))->isHidden());

    mark->click();
    EXPECT_TRUE(panel().isMarked(QStringLiteral("knee-to-chest")));
    EXPECT_TRUE(mark->isHidden());
    EXPECT_FALSE(panel().undoButton(QStringLiteral("knee-to-chest"))->isHidden());
    EXPECT_TRUE(panel().statusText(QStringLiteral("knee-to-chest")).contains(QStringLiteral("won't suggest it again")));
    const QLabel* care = nullptr;
    for (const QLabel* label : panel().findChildren<QLabel*>()) {
        if (label->text().contains(QStringLiteral("physiotherapist")))
            care = label;
    }
    ASSERT_NE(care, nullptr);
    EXPECT_FALSE(care->isHidden()) << "pointing to a professional once something hurt";
    for (const QLabel* label : window.summaryView()->findChildren<QLabel*>())
        EXPECT_FALSE(label->text().contains(QStringLiteral("through the pain"), Qt::CaseInsensitive));

    ASSERT_EQ(marks().size(), 1);
    EXPECT_EQ(marks()[0].exerciseId, QStringLiteral("knee-to-chest"));
    EXPECT_EQ(marks()[0].sessionId, recorder.sessionId()) << "the mark names the session it came from";
    EXPECT_EQ(marks()[0].at.date(), QDateTime::currentDateTimeUtc().date());
    EXPECT_TRUE(book.current().contains(QStringLiteral("knee-to-chest")));

    panel().undoButton(QStringLiteral("knee-to-chest"))->click();
    EXPECT_FALSE(panel().isMarked(QStringLiteral("knee-to-chest")));
    EXPECT_FALSE(mark->isHidden());
    EXPECT_TRUE(care->isHidden());
    EXPECT_TRUE(marks().isEmpty()) << "an undone mark is gone";
    EXPECT_TRUE(book.current().isEmpty());
}

TEST_F(SetAsideWindowTest, AStoppedSessionOffersOnlyWhatWasStarted)
{
    window.startSession({QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt")});
    limber::test::VirtualTime time(clock);
    time.ticking(window.engine()).firing(timers);
    time.advance(20000); // past getting into position, into the first hold
    window.engine().stop();
    limber::test::settle();
    window.showStoppedSummary(0);
    ASSERT_EQ(window.currentView(), window.summaryView());
    EXPECT_NE(panel().markButton(QStringLiteral("knee-to-chest")), nullptr);
    EXPECT_EQ(panel().markButton(QStringLiteral("pelvic-tilt")), nullptr) << "never begun, so it cannot have hurt";
}

TEST_F(SetAsideWindowTest, HomeTicksTheNextFittingOneAndTheCardSaysWhyAndOffersItAgain)
{
    runToTheEnd({QStringLiteral("knee-to-chest")});
    panel().markButton(QStringLiteral("knee-to-chest"))->click();
    window.summaryView()->homeButton()->click();
    limber::test::settle();
    window.homeView()->selectRegion(QStringLiteral("lower-back"));
    limber::test::settle();

    EXPECT_EQ(routine().chosenExerciseIds(),
              (QStringList {QStringLiteral("piriformis"), QStringLiteral("pelvic-tilt")}));
    ExerciseCard* hurt = card(QStringLiteral("knee-to-chest"));
    ASSERT_NE(hurt, nullptr);
    EXPECT_FALSE(hurt->isIncluded());
    EXPECT_EQ(routine().cards().constLast(), hurt) << "set aside, so last";
    auto* note = qobject_cast<SetAsideNote*>(hurt->notice());
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("it made the pain sharper"))) << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(QLocale().toString(QDate::currentDate(), QStringLiteral("d MMMM"))));
    EXPECT_EQ(card(QStringLiteral("piriformis"))->notice(), nullptr);

    // "Choose all" takes the rest of the region, not what was set aside.
    QPushButton* chooseAll = nullptr;
    for (QPushButton* button : routine().findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Choose all"))
            chooseAll = button;
    }
    ASSERT_NE(chooseAll, nullptr);
    chooseAll->click();
    EXPECT_EQ(routine().chosenExerciseIds().size(), 3);
    EXPECT_FALSE(hurt->isIncluded());

    // Chosen by hand it still counts: a deliberate tick.
    hurt->setIncluded(true);
    EXPECT_TRUE(routine().chosenExerciseIds().contains(QStringLiteral("knee-to-chest")));

    note->suggestAgainButton()->click();
    limber::test::settle();
    EXPECT_TRUE(book.current().isEmpty());
    ASSERT_EQ(marks().size(), 1);
    EXPECT_FALSE(marks()[0].holds()) << "lifted, still on record";
    EXPECT_EQ(routine().chosenExerciseIds(),
              (QStringList {QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt")}))
        << "suggested again as before";
    EXPECT_EQ(card(QStringLiteral("knee-to-chest"))->notice(), nullptr);
}

TEST_F(SetAsideWindowTest, ARegionWithEverythingSetAsideSaysSoKindlyAndStillLetsAPersonChoose)
{
    ASSERT_TRUE(book.mark(QStringLiteral("flexion"), 0).ok());
    ASSERT_TRUE(book.mark(QStringLiteral("lateral-flexion"), 0).ok());
    window.homeView()->selectRegion(QStringLiteral("neck-shoulders"));
    limber::test::settle();
    EXPECT_TRUE(routine().chosenExerciseIds().isEmpty());
    EXPECT_FALSE(routine().startButton()->isEnabled());
    EXPECT_TRUE(routine().hint()->text().contains(QStringLiteral("set aside every exercise")))
        << routine().hint()->text().toStdString();
    EXPECT_TRUE(routine().hint()->text().contains(QStringLiteral("physiotherapist")));
    ASSERT_EQ(routine().cards().size(), 2);
    for (ExerciseCard* each : routine().cards())
        EXPECT_NE(each->notice(), nullptr);
    routine().cards().constFirst()->setIncluded(true);
    EXPECT_TRUE(routine().startButton()->isEnabled());
}

TEST(SetAsideNoteTest, NamesTheDayAndTheYearOnlyWhenItIsAnotherYear)
{
    const QString thisYear = SetAsideNote::why(QDate(2026, 12, 1), QDate(2026, 12, 2));
    EXPECT_TRUE(thisYear.contains(QLocale().toString(QDate(2026, 12, 1), QStringLiteral("d MMMM"))))
        << thisYear.toStdString();
    EXPECT_FALSE(thisYear.contains(QStringLiteral("2026")));
    EXPECT_TRUE(SetAsideNote::why(QDate(2025, 3, 4), QDate(2026, 12, 2)).contains(QStringLiteral("2025")));
    EXPECT_FALSE(SetAsideNote::why(QDate()).isEmpty()) << "no date still explains";
}

TEST(HurtMarksPanelTest, WithoutAHistoryThereIsNothingToOffer)
{
    HurtMarksPanel panel;
    panel.offer({{QStringLiteral("cobra"), QStringLiteral("Cobra stretch")}}, 1);
    EXPECT_TRUE(panel.isHidden());
    SetAsideBook unavailable;
    panel.setBook(&unavailable);
    panel.offer({{QStringLiteral("cobra"), QStringLiteral("Cobra stretch")}}, 1);
    EXPECT_TRUE(panel.isHidden()) << "a mark that cannot be kept is not offered";
}

} // namespace
