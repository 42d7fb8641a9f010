// "Continue your last session?" after a session of one of the person's
// routines was cut short: the rest runs with the routine's own doses.
#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "history/SessionResume.h"
#include "session/SessionView.h"

#include "../routines/MemoryLibrary.h"

#include "limber/HistoryRecorder.h"
#include "limber/storage/SqliteHistoryStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

using namespace std::chrono_literals;

namespace limber {
namespace {

Routine evenings()
{
    Routine routine;
    routine.id = u"evenings"_qs;
    routine.name = u"Evenings"_qs;
    DoseOverride shortHold;
    shortHold.holdSeconds = 20;
    routine.entries = {{u"knee-to-chest"_qs, shortHold, {}}, {u"piriformis"_qs, shortHold, {}}, {u"cobra"_qs, {}, {}}};
    return routine;
}

SessionRecord interruptedSessionOf(const Routine& routine, int resumeAt)
{
    const Plan plan = Planner(test::builtinCatalog()).plan(routine);
    SessionRecord record;
    record.id = 9;
    record.start = QDateTime::currentDateTimeUtc().addSecs(-600);
    record.regionId = u"lower-back"_qs;
    record.exerciseIds = plan.exerciseIds;
    record.routineId = plan.routineId;
    record.routineName = plan.routineName;
    record.totalSteps = static_cast<int>(plan.steps.size());
    record.progress.resumeExerciseIndex = resumeAt;
    record.progress.exercisesCompleted = resumeAt;
    record.outcome = SessionOutcome::Interrupted;
    return record;
}

TEST(SessionResumeTest, ARoutinesSessionContinuesAsTheRoutineWhileItIsThere)
{
    test::MemoryLibrary library;
    ASSERT_TRUE(library.save(evenings()).ok());
    const SessionRecord record = interruptedSessionOf(evenings(), 1);

    const ResumePlan plan = resumePlanFor(record, &library, test::builtinCatalog());
    EXPECT_EQ(plan.exerciseIds, (QStringList {u"piriformis"_qs, u"cobra"_qs}));
    ASSERT_TRUE(plan.routine.has_value());
    EXPECT_EQ(plan.routine->exerciseIds(), plan.exerciseIds);
    EXPECT_EQ(plan.routine->entries[0].dose.holdSeconds, 20);

    ASSERT_TRUE(library.remove(u"evenings"_qs).isEmpty());
    const ResumePlan gone = resumePlanFor(record, &library, test::builtinCatalog());
    EXPECT_EQ(gone.exerciseIds, plan.exerciseIds) << "a deleted routine's rest still runs, as the catalog doses it";
    EXPECT_FALSE(gone.routine.has_value());

    SessionRecord handPicked = record;
    handPicked.routineId.clear();
    EXPECT_FALSE(resumePlanFor(handPicked, &library, test::builtinCatalog()).routine.has_value());
    EXPECT_FALSE(resumePlanFor(record, nullptr, test::builtinCatalog()).routine.has_value());
}

class ResumeWindowTest : public test::WidgetTest {
protected:
    QTemporaryDir dir;
    QString path = dir.filePath(u"history.sqlite"_qs);
    test::MemoryLibrary library;
    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {test::builtinCatalog(), clock, timers};
};

TEST_F(ResumeWindowTest, ContinueRunsTheRestOfTheRoutineWithItsOwnHolds)
{
    ASSERT_TRUE(library.save(evenings()).ok());
    {
        SqliteHistoryStore before(path); // the Limber that crashed mid-session
        ASSERT_TRUE(before.open().ok());
        SessionRecord running = interruptedSessionOf(evenings(), 1);
        running.outcome = SessionOutcome::Running;
        const qint64 id = before.beginSession(running).value();
        SessionProgress progress = running.progress;
        progress.at = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(before.updateProgress(id, progress).ok());
    }
    SqliteHistoryStore store(path);
    ASSERT_TRUE(store.open().ok());
    ASSERT_TRUE(store.lastInterrupted(12h).value().has_value());
    HistoryRecorder recorder(store, session.engine(), clock, test::builtinCatalog());

    MainWindow window(test::builtinCatalog(), session);
    window.setStopConfirmer([] { return true; });
    window.setRoutineLibrary(&library);
    test::showActive(window);

    // The question comes once the window is up; answer it as a person would.
    int tries = 0;
    bool answered = false;
    std::function<void()> answer = [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(widget);
            if (!box || !box->isVisible())
                continue;
            for (QAbstractButton* button : box->buttons()) {
                if (button->text() == MainWindow::tr("Continue")) {
                    answered = true;
                    button->click();
                    return;
                }
            }
        }
        if (++tries < 100)
            QTimer::singleShot(0, &window, answer);
    };
    window.setHistory(&store, &recorder, {});
    QTimer::singleShot(0, &window, answer);
    for (int i = 0; i < 200 && window.currentView() != window.sessionView(); ++i)
        QCoreApplication::processEvents();
    ASSERT_TRUE(answered) << "no \"Continue your last session?\" question";
    ASSERT_EQ(window.currentView(), window.sessionView());

    const Plan& plan = session.engine().plan();
    EXPECT_EQ(plan.exerciseIds, (QStringList {u"piriformis"_qs, u"cobra"_qs}));
    EXPECT_EQ(plan.routineId, u"evenings"_qs);
    int piriformisHolds = 0;
    for (const Step& step : plan.steps) {
        if (step.kind == StepKind::Hold && step.exerciseId == u"piriformis"_qs) {
            EXPECT_EQ(step.durationMs, 20000) << "the routine's hold, not the catalog's 30 s";
            ++piriformisHolds;
        }
    }
    EXPECT_GT(piriformisHolds, 0);
}

} // namespace
} // namespace limber
