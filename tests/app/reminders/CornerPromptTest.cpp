#include "TestPalettes.h"
#include "VirtualTime.h"

#include "reminders/CornerPrompt.h"
#include "reminders/CornerPromptPresenter.h"
#include "widgets/ActionButton.h"

#include "limber/Timer.h"

#include <QApplication>
#include <QLineEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace limber {
namespace {

ReminderOffer stretchOffer()
{
    return {QStringLiteral("Time to stretch: 3 minutes"), QStringLiteral("Seated flexion and shoulder rolls"), false};
}

class CornerPromptTest : public ::testing::Test {
protected:
    CornerPrompt& shownPrompt(const ReminderOffer& offer = stretchOffer())
    {
        m_presenter.show(offer);
        test::settle();
        EXPECT_TRUE(m_presenter.isShowing());
        return *m_presenter.prompt();
    }

    VirtualClock m_clock;
    VirtualTimerSource m_timers {m_clock};
    test::VirtualTime m_time {m_clock};
    CornerPromptPresenter m_presenter {m_timers};
};

TEST_F(CornerPromptTest, ShowsTheOfferWithAnswersThatHaveNames)
{
    CornerPrompt& prompt = shownPrompt();
    EXPECT_EQ(prompt.summary(), stretchOffer().summary);
    EXPECT_EQ(prompt.body(), stretchOffer().body);
    EXPECT_EQ(prompt.startButton()->text(), QStringLiteral("Start"));
    EXPECT_EQ(prompt.snoozeButton()->text(), QStringLiteral("In 10 minutes"));
    EXPECT_EQ(prompt.skipButton()->text(), QStringLiteral("Skip"));
    for (QWidget* button : {static_cast<QWidget*>(prompt.startButton()), static_cast<QWidget*>(prompt.snoozeButton()),
                            static_cast<QWidget*>(prompt.skipButton()), static_cast<QWidget*>(prompt.closeButton())})
        EXPECT_FALSE(button->accessibleName().isEmpty());
    EXPECT_EQ(prompt.startButton()->emphasis(), ActionButton::Emphasis::Primary);
}

TEST_F(CornerPromptTest, ALongRoutineNameIsShortenedSoEveryChoiceStaysOnTheCard)
{
    const QString action = QStringLiteral("Start “Physiotherapy after the disc operation, weeks two and three”");
    ReminderOffer offer = stretchOffer();
    offer.routineAction = action;
    CornerPrompt& prompt = shownPrompt(offer);
    QPushButton* routine = prompt.routineButton();
    ASSERT_TRUE(routine->isVisible());
    EXPECT_NE(routine->text(), action);
    EXPECT_TRUE(routine->text().contains(QChar(0x2026))) << routine->text().toStdString();
    EXPECT_EQ(routine->toolTip(), action);
    EXPECT_EQ(routine->accessibleName(), action);
    // Every button shows its whole text: none is squeezed under its own size hint.
    for (QPushButton* button :
         {static_cast<QPushButton*>(prompt.startButton()), routine, static_cast<QPushButton*>(prompt.snoozeButton()),
          static_cast<QPushButton*>(prompt.skipButton())})
        EXPECT_GE(button->width(), button->sizeHint().width()) << button->text().toStdString();

    offer.routineAction = QStringLiteral("Start “Physio”");
    prompt.setOffer(offer.summary, offer.body, offer.routineAction);
    EXPECT_EQ(routine->text(), offer.routineAction);
    EXPECT_TRUE(routine->toolTip().isEmpty());
}

TEST_F(CornerPromptTest, EachButtonAnswersOnceAndTheCardGoes)
{
    QSignalSpy start(&m_presenter, &ReminderPresenter::startRequested);
    QTest::mouseClick(shownPrompt().startButton(), Qt::LeftButton);
    EXPECT_EQ(start.size(), 1);
    EXPECT_FALSE(m_presenter.isShowing());

    QSignalSpy snooze(&m_presenter, &ReminderPresenter::snoozeRequested);
    QTest::mouseClick(shownPrompt().snoozeButton(), Qt::LeftButton);
    ASSERT_EQ(snooze.size(), 1);
    EXPECT_EQ(snooze.first().first().toInt(), 10);

    QSignalSpy skip(&m_presenter, &ReminderPresenter::skipRequested);
    QTest::mouseClick(shownPrompt().skipButton(), Qt::LeftButton);
    EXPECT_EQ(skip.size(), 1);

    QSignalSpy ignored(&m_presenter, &ReminderPresenter::ignored);
    QTest::mouseClick(shownPrompt().closeButton(), Qt::LeftButton);
    EXPECT_EQ(ignored.size(), 1);
    EXPECT_FALSE(m_presenter.isShowing());
    // Answered: the expiry that was running says nothing later.
    m_time.firing(m_timers).advance(CornerPromptPresenter::ExpiryMs * 2);
    EXPECT_EQ(ignored.size(), 1);
    EXPECT_EQ(start.size() + snooze.size() + skip.size(), 3);
}

TEST_F(CornerPromptTest, UnansweredItGoesAfterTwoMinutesAsIgnored)
{
    QSignalSpy ignored(&m_presenter, &ReminderPresenter::ignored);
    shownPrompt();
    m_time.firing(m_timers).advance(CornerPromptPresenter::ExpiryMs - 1);
    EXPECT_TRUE(m_presenter.isShowing());
    EXPECT_EQ(ignored.size(), 0);
    m_time.advance(1);
    EXPECT_FALSE(m_presenter.isShowing());
    EXPECT_EQ(ignored.size(), 1);
}

TEST_F(CornerPromptTest, ShowingAgainReplacesTheWordsAndRestartsTheWait)
{
    QSignalSpy ignored(&m_presenter, &ReminderPresenter::ignored);
    shownPrompt();
    m_time.firing(m_timers).advance(CornerPromptPresenter::ExpiryMs / 2);
    ReminderOffer later = stretchOffer();
    later.summary = QStringLiteral("Still time to stretch");
    CornerPrompt& prompt = shownPrompt(later);
    EXPECT_EQ(prompt.summary(), later.summary);
    EXPECT_EQ(QApplication::topLevelWidgets().count(&prompt), 1);
    m_time.advance(CornerPromptPresenter::ExpiryMs - 1);
    EXPECT_TRUE(m_presenter.isShowing());
    m_time.advance(1);
    EXPECT_EQ(ignored.size(), 1);
}

TEST_F(CornerPromptTest, WithdrawHidesItWithoutAnAnswer)
{
    QSignalSpy ignored(&m_presenter, &ReminderPresenter::ignored);
    shownPrompt();
    m_presenter.withdraw();
    EXPECT_FALSE(m_presenter.isShowing());
    m_time.firing(m_timers).advance(CornerPromptPresenter::ExpiryMs * 2);
    EXPECT_EQ(ignored.size(), 0);
}

// What keeps the keyboard where it is on a real desktop (the offscreen platform
// activates every window it shows, so FocusProbe checks the effect under X11
// with a window manager).
TEST_F(CornerPromptTest, AsksTheWindowSystemNeverToGiveItTheKeyboard)
{
    QWidget work;
    auto* editor = new QLineEdit(&work);
    (new QVBoxLayout(&work))->addWidget(editor);
    work.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&work));
    editor->setFocus();

    CornerPrompt& prompt = shownPrompt();
    ASSERT_NE(prompt.windowHandle(), nullptr);
    EXPECT_TRUE(prompt.windowHandle()->flags().testFlag(Qt::WindowDoesNotAcceptFocus));
    EXPECT_EQ(prompt.windowType(), Qt::Tool);
    EXPECT_TRUE(prompt.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    EXPECT_TRUE(prompt.windowFlags().testFlag(Qt::FramelessWindowHint));
    EXPECT_TRUE(prompt.testAttribute(Qt::WA_ShowWithoutActivating));
    EXPECT_EQ(prompt.focusPolicy(), Qt::NoFocus);
    for (QWidget* button : {static_cast<QWidget*>(prompt.startButton()), static_cast<QWidget*>(prompt.snoozeButton()),
                            static_cast<QWidget*>(prompt.skipButton()), static_cast<QWidget*>(prompt.closeButton())})
        EXPECT_EQ(button->focusPolicy(), Qt::NoFocus);
    QTest::mouseClick(prompt.snoozeButton(), Qt::LeftButton);
    EXPECT_EQ(prompt.focusWidget(), nullptr) << "a click gave a button the keyboard";
    EXPECT_EQ(work.focusWidget(), editor);
}

TEST_F(CornerPromptTest, SitsInTheBottomRightCornerOfTheScreen)
{
    const CornerPrompt& prompt = shownPrompt();
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    const QRect frame = prompt.frameGeometry();
    EXPECT_TRUE(area.contains(frame)) << "the prompt lies off the screen";
    EXPECT_GT(frame.left(), area.center().x());
    EXPECT_GT(frame.top(), area.center().y());
    EXPECT_LT(area.right() - frame.right(), area.width() / 10);
    EXPECT_LT(area.bottom() - frame.bottom(), area.height() / 10);
}

TEST_F(CornerPromptTest, FollowsLightAndDarkPalettes)
{
    CornerPrompt& prompt = shownPrompt();
    const auto middleLightness = [&](const QPalette& palette) {
        prompt.setPalette(palette);
        const QImage picture = prompt.grab().toImage();
        // Inside the card, above the words: the card's own surface.
        return picture.pixelColor(picture.width() / 2, 5).lightness();
    };
    const int light = middleLightness(test::lightPalette());
    const int dark = middleLightness(test::darkPalette());
    EXPECT_GT(light, 160);
    EXPECT_LT(dark, 100);
}

TEST_F(CornerPromptTest, AChimeIsLeftToTheApp)
{
    QSignalSpy chime(&m_presenter, &ReminderPresenter::chimeWanted);
    shownPrompt();
    EXPECT_EQ(chime.size(), 0);
    ReminderOffer withChime = stretchOffer();
    withChime.chime = true;
    shownPrompt(withChime);
    EXPECT_EQ(chime.size(), 1);
}

} // namespace
} // namespace limber
