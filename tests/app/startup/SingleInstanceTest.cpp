#include "startup/SingleInstance.h"

#include "LogCapture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <future>
#include <optional>
#include <vector>

#include <cerrno>
#include <cstring>

#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace limber {
namespace {

using test::LogCapture;

TEST(InstanceRequestTest, SurvivesTheTripOverTheSocket)
{
    InstanceRequest request;
    request.startIds = {QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt")};
    request.startRoutine = QStringLiteral("/home/someone/routines/evenings.json");
    request.remindInMs = 90'000;
    request.show = false;
    request.reloadReminders = true;
    request.importFile = QStringLiteral("/home/someone/Downloads/Physio, week 2.limber");
    const QByteArray line = request.toLine();
    EXPECT_TRUE(line.endsWith('\n'));
    EXPECT_EQ(line.count('\n'), 1) << "one line, whatever it holds";
    EXPECT_EQ(InstanceRequest::fromLine(line.trimmed()), request);
    EXPECT_EQ(InstanceRequest::fromLine(InstanceRequest().toLine().trimmed()), InstanceRequest());
}

TEST(InstanceRequestTest, RefusesWhatIsNotOneOfOurs)
{
    EXPECT_FALSE(InstanceRequest::fromLine("GET / HTTP/1.1").has_value());
    EXPECT_FALSE(InstanceRequest::fromLine("limber-request {not json").has_value());
    EXPECT_FALSE(InstanceRequest::fromLine("limber-request [1,2]").has_value());
    EXPECT_FALSE(InstanceRequest::fromLine("limber-request {\"start\":[1]}").has_value());
}

// Generous: the machine may be busy with other builds.
constexpr int WaitMs = 10000;

// One end of a plain AF_UNIX stream connection, closed when it goes.
class RawSocket final {
public:
    RawSocket()
        : m_fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0))
    {
    }
    ~RawSocket() { close(); }
    RawSocket(const RawSocket&) = delete;
    RawSocket& operator=(const RawSocket&) = delete;

    static sockaddr_un addressOf(const QString& path)
    {
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        std::memcpy(address.sun_path, name.constData(),
                    std::min(sizeof(address.sun_path) - 1, std::size_t(name.size())));
        return address;
    }
    // Blocking: a listening socket's backlog takes it without the server's event loop.
    bool connectTo(const QString& path)
    {
        const sockaddr_un address = addressOf(path);
        return ::connect(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0;
    }
    bool bindTo(const QString& path)
    {
        const sockaddr_un address = addressOf(path);
        return ::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0
            && ::listen(m_fd, 1) == 0;
    }
    bool send(const QByteArray& bytes)
    {
        return ::send(m_fd, bytes.constData(), std::size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size();
    }
    // Until the server has read everything sent so far (SIOCOUTQ: bytes
    // the peer has not taken yet), the event loop running meanwhile.
    bool waitUntilRead()
    {
        return QTest::qWaitFor(
            [&] {
                int unread = -1;
                return ::ioctl(m_fd, SIOCOUTQ, &unread) == 0 && unread == 0;
            },
            WaitMs);
    }
    // What the server sent until it closed the connection; none if it kept
    // it open for WaitMs.
    std::optional<QByteArray> answerUntilClosed()
    {
        QByteArray answer;
        const bool closed = QTest::qWaitFor(
            [&] {
                char chunk[256];
                for (;;) {
                    const ssize_t got = ::recv(m_fd, chunk, sizeof(chunk), MSG_DONTWAIT);
                    if (got > 0) {
                        answer.append(chunk, got);
                        continue;
                    }
                    return got == 0 || (errno != EAGAIN && errno != EINTR); // closed, or reset
                }
            },
            WaitMs);
        if (!closed)
            return std::nullopt;
        return answer;
    }
    // Nothing to read and still open, right now.
    bool isOpenAndQuiet() const
    {
        char byte = 0;
        return ::recv(m_fd, &byte, 1, MSG_DONTWAIT | MSG_PEEK) < 0 && errno == EAGAIN;
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

// Every request the instance reported.
class Received final {
public:
    explicit Received(SingleInstance& instance)
    {
        QObject::connect(&instance, &SingleInstance::requestReceived, &m_context,
                         [this](const InstanceRequest& request) { requests.push_back(request); });
    }
    std::vector<InstanceRequest> requests;

private:
    QObject m_context;
};

InstanceRequest startRequest()
{
    InstanceRequest request;
    request.startIds = {QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt")};
    request.show = false;
    return request;
}

// Each test has its own private runtime folder (XDG_RUNTIME_DIR), so no
// Limber the developer has open receives anything.
class SingleInstanceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_runtime.isValid());
        useRuntimeFolder(m_runtime.path());
    }
    void TearDown() override
    {
        if (m_previousRuntime.isNull())
            qunsetenv("XDG_RUNTIME_DIR");
        else
            qputenv("XDG_RUNTIME_DIR", m_previousRuntime);
    }
    void useRuntimeFolder(const QString& folder)
    {
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));
        ASSERT_EQ(QFileInfo(SingleInstance::socketName()).absolutePath(), QFileInfo(folder).absoluteFilePath());
    }
    // Forwards from another thread, as a second `limber` would from another
    // process, while this one's event loop serves it.
    static bool forward(const InstanceRequest& request)
    {
        std::future<bool> answered
            = std::async(std::launch::async, [request] { return SingleInstance().forwardToRunning(request); });
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return answered.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }, WaitMs));
        return answered.get();
    }

    QTemporaryDir m_runtime; // 0700, as a runtime folder is
    QByteArray m_previousRuntime = qgetenv("XDG_RUNTIME_DIR");
};

TEST_F(SingleInstanceTest, ASecondInstanceHandsItsRequestToTheFirst)
{
    EXPECT_FALSE(SingleInstance().forwardToRunning(startRequest())) << "nobody is running yet";
    SingleInstance first;
    ASSERT_TRUE(first.listen());
    Received received(first);
    EXPECT_TRUE(forward(startRequest()));
    ASSERT_EQ(received.requests.size(), 1u);
    EXPECT_EQ(received.requests.front(), startRequest());
}

TEST_F(SingleInstanceTest, ARequestSplitOverSeveralWritesIsReadWhole)
{
    SingleInstance first;
    ASSERT_TRUE(first.listen());
    Received received(first);
    const QByteArray line = startRequest().toLine();
    RawSocket client;
    ASSERT_TRUE(client.connectTo(SingleInstance::socketName()));
    // In the middle of "limber-request", then in the middle of the JSON.
    for (const QByteArray& piece : {line.left(7), line.mid(7, 20)}) {
        ASSERT_TRUE(client.send(piece));
        ASSERT_TRUE(client.waitUntilRead());
        EXPECT_TRUE(client.isOpenAndQuiet()) << "no answer before the line is whole";
        EXPECT_TRUE(received.requests.empty());
    }
    ASSERT_TRUE(client.send(line.mid(27)));
    EXPECT_EQ(client.answerUntilClosed(), QByteArray("ok\n"));
    ASSERT_EQ(received.requests.size(), 1u);
    EXPECT_EQ(received.requests.front(), startRequest());
}

TEST_F(SingleInstanceTest, MoreThanALineMayHoldIsClosedUnanswered)
{
    SingleInstance first;
    ASSERT_TRUE(first.listen());
    Received received(first);
    RawSocket client;
    ASSERT_TRUE(client.connectTo(SingleInstance::socketName()));
    ASSERT_TRUE(client.send("limber-request " + QByteArray(5000, 'x'))); // no newline
    EXPECT_EQ(client.answerUntilClosed(), QByteArray());
    // ...and so is a line that ends only after the limit.
    RawSocket longLine;
    ASSERT_TRUE(longLine.connectTo(SingleInstance::socketName()));
    ASSERT_TRUE(longLine.send("limber-request {\"import\":\"" + QByteArray(4100, 'x') + "\"}\n"));
    EXPECT_EQ(longLine.answerUntilClosed(), QByteArray());
    EXPECT_TRUE(received.requests.empty());
    EXPECT_TRUE(forward(startRequest())) << "still serving";
}

TEST_F(SingleInstanceTest, AMalformedRequestIsIgnoredWithAWarning)
{
    SingleInstance first;
    ASSERT_TRUE(first.listen());
    Received received(first);
    const LogCapture log;
    RawSocket client;
    ASSERT_TRUE(client.connectTo(SingleInstance::socketName()));
    ASSERT_TRUE(client.send("limber-request {not json\n"));
    EXPECT_EQ(client.answerUntilClosed(), QByteArray());
    EXPECT_EQ(log.count("warning single instance: ignoring a malformed request"), 1) << log.text();
    EXPECT_TRUE(received.requests.empty());
}

TEST_F(SingleInstanceTest, ServesSeveralClientsAtOnceAndForgetsThoseThatLeave)
{
    SingleInstance first;
    ASSERT_TRUE(first.listen());
    Received received(first);
    const auto connections = [&] { return first.findChildren<QObject*>(Qt::FindDirectChildrenOnly).size(); };
    const qsizetype idle = connections();
    RawSocket silent;
    RawSocket halfway;
    ASSERT_TRUE(silent.connectTo(SingleInstance::socketName()));
    ASSERT_TRUE(halfway.connectTo(SingleInstance::socketName()));
    const QByteArray line = startRequest().toLine();
    ASSERT_TRUE(halfway.send(line.left(10)));
    ASSERT_TRUE(halfway.waitUntilRead());
    // Neither holds up a third, nor the GUI thread.
    EXPECT_TRUE(forward(InstanceRequest()));
    ASSERT_EQ(received.requests.size(), 1u);
    EXPECT_EQ(received.requests.front(), InstanceRequest());
    EXPECT_TRUE(silent.isOpenAndQuiet());
    ASSERT_TRUE(halfway.send(line.mid(10)));
    EXPECT_EQ(halfway.answerUntilClosed(), QByteArray("ok\n"));
    ASSERT_EQ(received.requests.size(), 2u);
    EXPECT_EQ(received.requests.back(), startRequest());
    // One that leaves without a word is closed and forgotten on this side too.
    EXPECT_TRUE(QTest::qWaitFor([&] { return connections() == idle + 1; }, WaitMs));
    silent.close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return connections() == idle; }, WaitMs)) << connections();
}

TEST_F(SingleInstanceTest, AClientThatNeverFinishesIsClosedInTime)
{
    SingleInstance first;
    ASSERT_TRUE(first.listen());
    const LogCapture log;
    RawSocket client;
    ASSERT_TRUE(client.connectTo(SingleInstance::socketName()));
    ASSERT_TRUE(client.send("limber-req"));
    EXPECT_EQ(client.answerUntilClosed(), QByteArray()); // after 5 s, within WaitMs
    EXPECT_EQ(log.count("single instance: closing a client whose request did not come"), 1) << log.text();
}

TEST_F(SingleInstanceTest, TheSocketIsTheUsersAloneAndGoesWithTheInstance)
{
    const QString name = SingleInstance::socketName();
    {
        SingleInstance first;
        ASSERT_TRUE(first.listen());
        struct stat file { };
        ASSERT_EQ(::lstat(QFile::encodeName(name).constData(), &file), 0) << std::strerror(errno);
        EXPECT_TRUE(S_ISSOCK(file.st_mode));
        EXPECT_EQ(file.st_mode & 0777, 0600u) << std::oct << (file.st_mode & 0777);
        EXPECT_EQ(file.st_uid, ::getuid());
        // The private folder it was bound in is gone again.
        EXPECT_EQ(
            QDir(m_runtime.path()).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList {QFileInfo(name).fileName()});
    }
    EXPECT_FALSE(QFileInfo::exists(name)) << "removed when the instance is destroyed";
    {
        SingleInstance neverListened;
    }
    EXPECT_TRUE(QDir(m_runtime.path()).isEmpty(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot));
}

TEST_F(SingleInstanceTest, ASocketLeftByACrashedInstanceIsTakenOver)
{
    const QString name = SingleInstance::socketName();
    {
        RawSocket crashed; // bound and listening, then gone without removing its file
        ASSERT_TRUE(crashed.bindTo(name));
    }
    ASSERT_TRUE(QFileInfo::exists(name));
    EXPECT_FALSE(SingleInstance().forwardToRunning(startRequest())) << "nobody answers on it";
    const LogCapture log;
    SingleInstance next;
    ASSERT_TRUE(next.listen());
    EXPECT_EQ(log.count("single instance: removing the stale socket " + name.toStdString()), 1) << log.text();
    Received received(next);
    EXPECT_TRUE(forward(startRequest()));
    EXPECT_EQ(received.requests.size(), 1u);
}

TEST_F(SingleInstanceTest, ALiveInstancesSocketIsNeverTakenOver)
{
    const QString name = SingleInstance::socketName();
    SingleInstance first;
    ASSERT_TRUE(first.listen());
    Received received(first);
    {
        const LogCapture log;
        SingleInstance second;
        EXPECT_FALSE(second.listen());
        EXPECT_EQ(log.count("cannot listen on " + name.toStdString() + ": another instance answers on it"), 1)
            << log.text();
    }
    EXPECT_TRUE(QFileInfo::exists(name)) << "not removed by the instance that did not make it";
    EXPECT_TRUE(forward(startRequest()));
    EXPECT_EQ(received.requests.size(), 1u);
}

TEST_F(SingleInstanceTest, AFileThatIsNoSocketIsLeftAlone)
{
    const QString name = SingleInstance::socketName();
    QFile file(name);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("someone's notes");
    file.close();
    const LogCapture log;
    SingleInstance first;
    EXPECT_FALSE(first.listen());
    EXPECT_EQ(log.count("cannot listen on " + name.toStdString()), 1) << log.text();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("someone's notes"));
}

TEST_F(SingleInstanceTest, APathTooLongForASocketIsLoggedAndLimberRunsWithout)
{
    // sun_path holds 108 bytes with its terminating zero.
    const QString folder = m_runtime.filePath(QString(110, QLatin1Char('r')));
    ASSERT_EQ(::mkdir(QFile::encodeName(folder).constData(), 0700), 0) << std::strerror(errno);
    useRuntimeFolder(folder);
    const QString name = SingleInstance::socketName();
    const LogCapture log;
    SingleInstance first;
    EXPECT_FALSE(first.listen());
    EXPECT_EQ(log.count("warning single instance: cannot listen on " + name.toStdString() + ": the path is"), 1)
        << log.text();
    EXPECT_FALSE(QFileInfo::exists(name));
    EXPECT_FALSE(SingleInstance().forwardToRunning(startRequest()));
}

} // namespace
} // namespace limber
