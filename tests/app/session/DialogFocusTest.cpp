#include "AppTestSupport.h"
#include "VirtualTime.h"

#include "MainWindow.h"
#include "session/SessionView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QTimer>

namespace limber {
namespace {

using State = SessionEngine::State;

// After a dialog closes, the window has the keyboard again: Space, sent to
// whatever has the focus then, pauses at once. Without the window being
// activated again there is no focus widget and the key goes nowhere.
class DialogFocusTest : public test::WidgetTest {
protected:
    void SetUp() override
    {
        WidgetTest::SetUp();
        window = std::make_unique<MainWindow>(test::builtinCatalog(), session);
        test::showActive(*window);
        session.engine().setGetReadyMs(0);
        window->startSession({QStringLiteral("flexion")});
        test::settle();
        ASSERT_EQ(engine().state(), State::Running);
    }

    SessionEngine& engine() { return session.engine(); }

    // Clicks the button reading `text` in the dialog that will be open once
    // the event loop runs (exec() runs it).
    static void answerNextDialog(const QString& text)
    {
        QTimer::singleShot(0, [text] {
            QWidget* dialog = QApplication::activeModalWidget();
            ASSERT_NE(dialog, nullptr) << "no dialog opened";
            for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
                if (QString(button->text()).remove(QLatin1Char('&')) == text) {
                    button->click();
                    return;
                }
            }
            ADD_FAILURE() << "no button " << text.toStdString();
        });
    }

    void expectSpacePausesAtOnce()
    {
        test::settle();
        EXPECT_EQ(QApplication::activeWindow(), window.get()) << "the window is active again";
        QWidget* focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr) << "nobody has the keyboard";
        EXPECT_TRUE(focus == window->sessionView() || window->sessionView()->isAncestorOf(focus));
        ASSERT_EQ(engine().state(), State::Running);
        QTest::keyClick(focus, Qt::Key_Space);
        EXPECT_EQ(engine().state(), State::Paused);
    }

    VirtualClock clock;
    VirtualTimerSource timers {clock};
    GuidedSession session {test::builtinCatalog(), clock, timers};
    std::unique_ptr<MainWindow> window;
};

TEST_F(DialogFocusTest, AfterKeepGoingInTheStopQuestionSpacePauses)
{
    answerNextDialog(QStringLiteral("Keep going"));
    QTest::keyClick(window.get(), Qt::Key_Escape); // the real "Stop this session?" box
    ASSERT_TRUE(engine().isActive()) << "kept going";
    expectSpacePausesAtOnce();
}

TEST_F(DialogFocusTest, AfterADialogOpenedDuringTheSessionSpacePauses)
{
    // Preferences, a check-in, a message: any dialog of the window's.
    QDialog dialog(window->sessionView());
    dialog.open();
    test::settle();
    ASSERT_EQ(QApplication::activeWindow(), &dialog);
    dialog.reject();
    expectSpacePausesAtOnce();
}

TEST_F(DialogFocusTest, AMessageBoxClosedWithItsButtonGivesTheKeyboardBack)
{
    answerNextDialog(QStringLiteral("OK"));
    QMessageBox::information(window.get(), QStringLiteral("Note"), QStringLiteral("Something to read"));
    expectSpacePausesAtOnce();
}

} // namespace
} // namespace limber
