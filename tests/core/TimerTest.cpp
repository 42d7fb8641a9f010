#include "VirtualTime.h"

#include "limber/Clock.h"
#include "limber/Timer.h"

#include <QObject>
#include <QStringList>

#include <gtest/gtest.h>

#include <memory>
#include <utility>

using namespace limber;

namespace {

class VirtualTimerTest : public ::testing::Test {
protected:
    Timer* make(Timer::Mode mode, const QString& name)
    {
        Timer* timer = timers.createTimer(mode, &owner);
        QObject::connect(timer, &Timer::timeout,
                         [this, name] { fired.append(name + u'@' + QString::number(clock.nowMs())); });
        return timer;
    }

    void advance(qint64 ms) { test::VirtualTime(clock).firing(timers).advance(ms); }

    VirtualClock clock;
    VirtualTimerSource timers {clock};
    QObject owner;
    QStringList fired;
};

TEST_F(VirtualTimerTest, ASingleShotFiresOnceAtItsTime)
{
    Timer* timer = make(Timer::Mode::SingleShot, QStringLiteral("once"));
    EXPECT_FALSE(timer->isActive());
    timer->start(200);
    EXPECT_TRUE(timer->isActive());
    EXPECT_EQ(timers.nextDueMs(), 200);
    advance(199);
    EXPECT_TRUE(fired.isEmpty());
    advance(500);
    EXPECT_EQ(fired, QStringList {QStringLiteral("once@200")});
    EXPECT_FALSE(timer->isActive());
    EXPECT_EQ(timers.nextDueMs(), -1);
}

TEST_F(VirtualTimerTest, ARepeatingTimerKeepsItsPaceUntilStopped)
{
    Timer* timer = make(Timer::Mode::Repeating, QStringLiteral("frame"));
    timer->start(33);
    advance(100);
    EXPECT_EQ(fired,
              (QStringList {QStringLiteral("frame@33"), QStringLiteral("frame@66"), QStringLiteral("frame@99")}));
    timer->stop();
    advance(100);
    EXPECT_EQ(fired.size(), 3);
}

TEST_F(VirtualTimerTest, RestartingMovesTheTimeout)
{
    Timer* timer = make(Timer::Mode::SingleShot, QStringLiteral("delay"));
    timer->start(200);
    advance(150);
    timer->start(200);
    advance(300);
    EXPECT_EQ(fired, QStringList {QStringLiteral("delay@350")});
}

TEST_F(VirtualTimerTest, TimersDueTogetherFireInTheOrderTheyWereStarted)
{
    Timer* second = make(Timer::Mode::SingleShot, QStringLiteral("b"));
    Timer* first = make(Timer::Mode::SingleShot, QStringLiteral("a"));
    first->start(100);
    second->start(100);
    advance(100);
    EXPECT_EQ(fired, (QStringList {QStringLiteral("a@100"), QStringLiteral("b@100")}));
}

TEST_F(VirtualTimerTest, ATimerMayDeleteAnotherInItsTimeout)
{
    Timer* killer = make(Timer::Mode::SingleShot, QStringLiteral("killer"));
    Timer* victim = make(Timer::Mode::SingleShot, QStringLiteral("victim"));
    QObject::connect(killer, &Timer::timeout, [&victim] { delete std::exchange(victim, nullptr); });
    killer->start(10);
    victim->start(10);
    advance(20);
    EXPECT_EQ(fired, QStringList {QStringLiteral("killer@10")});
}

TEST_F(VirtualTimerTest, TimersOutlivingTheirSourceStayQuiet)
{
    auto source = std::make_unique<VirtualTimerSource>(clock);
    Timer* timer = source->createTimer(Timer::Mode::SingleShot, &owner);
    timer->start(10);
    source.reset();
    timer->start(10); // must not touch the source that is gone
    delete timer;
}

TEST(QtTimerSource, KeepsRealTime)
{
    const Clock& clock = realTimers().clock();
    EXPECT_GE(clock.nowMs(), 0);
    EXPECT_EQ(clock.scale(), 1.0);
}

} // namespace
