#include "startup/SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace limber {

namespace {

// Generous for a local socket, short enough that a hung first instance
// does not leave the person staring at nothing for long.
constexpr int ConnectTimeoutMs = 500;
constexpr int AnswerTimeoutMs = 2000;

// The whole protocol: one line, "limber-request" and a compact JSON object
// (InstanceRequest); the answer is one line "ok".
const QByteArray& requestPrefix()
{
    static const QByteArray prefix = QByteArrayLiteral("limber-request ");
    return prefix;
}

constexpr qint64 MaxRequestBytes = 4096;

// A client that connects and never finishes its line (ours write it at once
// after connecting and give up after AnswerTimeoutMs) is closed after this.
constexpr int ClientTimeoutMs = 5000;
// Connections waiting to be accepted; a second `limber` is rarely more than one.
constexpr int ListenBacklog = 16;

// A file descriptor closed when it goes out of scope, unless released.
class Descriptor final {
public:
    explicit Descriptor(int fd = -1)
        : m_fd(fd)
    {
    }
    ~Descriptor() { reset(); }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;

    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    int release() { return std::exchange(m_fd, -1); }
    void reset(int fd = -1)
    {
        // Not retried on EINTR: on Linux the descriptor is closed whatever close() returns.
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd;
};

// Calls `call` again while a signal interrupts it.
template <typename Call>
auto retryOnInterrupt(Call call)
{
    decltype(call()) result;
    do {
        result = call();
    } while (result == -1 && errno == EINTR);
    return result;
}

std::string errorText(int error)
{
    return std::strerror(error);
}

// The socket address of `path`; none when the path does not fit in sun_path
// (108 bytes with its terminating zero on Linux).
std::optional<sockaddr_un> addressOf(const QByteArray& path)
{
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (path.isEmpty() || static_cast<std::size_t>(path.size()) >= sizeof(address.sun_path))
        return std::nullopt;
    std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
    return address;
}

int connectTo(int fd, const sockaddr_un& address)
{
    // After EINTR an AF_UNIX connect is not under way (it was waiting for
    // room in the backlog), so it is simply made again.
    const int result
        = retryOnInterrupt([&] { return ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)); });
    return result == 0 || errno == EISCONN ? 0 : errno;
}

// Who is behind an existing socket file.
enum class Probe { Answers, Stale, Gone, NotOurs };

Probe probe(const QByteArray& path, const sockaddr_un& address, int* error)
{
    *error = 0;
    struct stat file { };
    if (::lstat(path.constData(), &file) != 0) {
        *error = errno;
        return errno == ENOENT ? Probe::Gone : Probe::NotOurs;
    }
    // Only a socket of this user's is ever removed; anything else at the
    // path (another user's file in a shared /tmp, a symlink) is left alone.
    if (!S_ISSOCK(file.st_mode) || file.st_uid != ::getuid())
        return Probe::NotOurs;
    const Descriptor fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!fd.valid()) {
        *error = errno;
        return Probe::NotOurs;
    }
    switch (*error = connectTo(fd.get(), address)) {
    case 0:
    case EAGAIN: // a live instance with a full backlog
        return Probe::Answers;
    case ECONNREFUSED: // nobody listens on it: its instance is gone
        return Probe::Stale;
    case ENOENT:
        return Probe::Gone;
    default:
        return Probe::NotOurs;
    }
}

// One connected client of the running instance: reads its line in as many
// pieces as it comes, answers "ok" and closes. Deletes itself when done.
class InstanceClient final : public QObject {
public:
    InstanceClient(int fd, SingleInstance* instance)
        : QObject(instance)
        , m_fd(fd)
        , m_instance(instance)
        , m_notifier(new QSocketNotifier(fd, QSocketNotifier::Read, this))
    {
        connect(m_notifier, &QSocketNotifier::activated, this, &InstanceClient::readAvailable);
        auto* timeout = new QTimer(this);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, this, [this] {
            spdlog::warn("single instance: closing a client whose request did not come in {} ms", ClientTimeoutMs);
            finish();
        });
        timeout->start(ClientTimeoutMs);
    }
    // The notifier leaves the event dispatcher before m_fd closes.
    ~InstanceClient() override { m_notifier->setEnabled(false); }
    InstanceClient(const InstanceClient&) = delete;
    InstanceClient& operator=(const InstanceClient&) = delete;

private:
    void readAvailable()
    {
        char chunk[1024];
        while (m_fd.valid()) {
            const ssize_t got = retryOnInterrupt([&] { return ::recv(m_fd.get(), chunk, sizeof(chunk), 0); });
            if (got > 0) {
                m_line.append(chunk, got);
                if (takeLine())
                    return; // answered or refused: `this` is on its way out
                continue;
            }
            if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return; // the rest of the line has not come yet
            finish();   // gone (0) or broken before it finished its line
            return;
        }
    }

    // True when the client is done with: its line answered, or refused.
    bool takeLine()
    {
        const qsizetype end = m_line.indexOf('\n');
        if (end < 0 ? m_line.size() > MaxRequestBytes : end >= MaxRequestBytes) {
            finish(); // not one of ours
            return true;
        }
        if (end < 0)
            return false;
        const std::optional<InstanceRequest> request = InstanceRequest::fromLine(m_line.left(end).trimmed());
        if (!request) {
            spdlog::warn("single instance: ignoring a malformed request");
            finish();
            return true;
        }
        // Three bytes into a fresh connection's empty buffer: this does not
        // block. MSG_NOSIGNAL: a client that left already must not SIGPIPE us.
        static constexpr char Ok[] = "ok\n";
        retryOnInterrupt([&] { return ::send(m_fd.get(), Ok, sizeof(Ok) - 1, MSG_NOSIGNAL | MSG_DONTWAIT); });
        SingleInstance* instance = m_instance;
        finish();
        // Last, and nothing of `this` after it: the receiver may run a
        // dialog's event loop, and this client is already deleted later.
        Q_EMIT instance->requestReceived(*request);
        return true;
    }

    // Closes the connection at once and deletes this client later (it may be
    // inside its own notifier's signal now).
    void finish()
    {
        if (!m_fd.valid())
            return;
        // Off the event dispatcher before the number can be reused.
        m_notifier->setEnabled(false);
        m_fd.reset();
        deleteLater();
    }

    Descriptor m_fd;
    SingleInstance* m_instance;
    QSocketNotifier* m_notifier;
    QByteArray m_line;
};

} // namespace

QByteArray InstanceRequest::toLine() const
{
    QJsonObject object;
    object.insert(QStringLiteral("start"), QJsonArray::fromStringList(startIds));
    if (!startRoutine.isEmpty()) // left out otherwise: an older Limber reads the line as before
        object.insert(QStringLiteral("start_routine"), startRoutine);
    object.insert(QStringLiteral("remind_in_ms"), remindInMs);
    object.insert(QStringLiteral("show"), show);
    object.insert(QStringLiteral("reload_reminders"), reloadReminders);
    object.insert(QStringLiteral("import"), importFile);
    return requestPrefix() + QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<InstanceRequest> InstanceRequest::fromLine(const QByteArray& line)
{
    if (!line.startsWith(requestPrefix()))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(line.mid(requestPrefix().size()));
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    InstanceRequest request;
    for (const QJsonValue& id : object.value(QStringLiteral("start")).toArray()) {
        if (!id.isString())
            return std::nullopt;
        request.startIds.append(id.toString());
    }
    request.startRoutine = object.value(QStringLiteral("start_routine")).toString();
    request.remindInMs = object.value(QStringLiteral("remind_in_ms")).toInteger(-1);
    request.show = object.value(QStringLiteral("show")).toBool(true);
    request.reloadReminders = object.value(QStringLiteral("reload_reminders")).toBool(false);
    request.importFile = object.value(QStringLiteral("import")).toString();
    return request;
}

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance()
{
    closeListener();
}

QString SingleInstance::socketName()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime + QStringLiteral("/limber.socket");
    return QDir::tempPath() + QStringLiteral("/limber-%1.socket").arg(::getuid());
}

bool SingleInstance::forwardToRunning(const InstanceRequest& request)
{
    const std::optional<sockaddr_un> address = addressOf(QFile::encodeName(socketName()));
    if (!address)
        return false; // nobody can listen there either (listen() says why)
    // Blocking, with timeouts: this is the second `limber`, before it has a
    // window, and it leaves as soon as it is answered.
    const Descriptor fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (!fd.valid())
        return false;
    // A blocking connect waits for room in a full backlog, up to SO_SNDTIMEO
    // (socket(7)); a missing or stale socket fails at once.
    const auto setSendTimeout = [&](int ms) {
        const timeval timeout {ms / 1000, (ms % 1000) * 1000};
        return ::setsockopt(fd.get(), SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof(timeout)) == 0;
    };
    if (!setSendTimeout(ConnectTimeoutMs) || connectTo(fd.get(), *address) != 0)
        return false;

    const QDeadlineTimer deadline(AnswerTimeoutMs);
    const QByteArray line = request.toLine();
    if (!setSendTimeout(AnswerTimeoutMs))
        return false;
    for (qsizetype sent = 0; sent < line.size();) {
        const ssize_t wrote = retryOnInterrupt([&] {
            return ::send(fd.get(), line.constData() + sent, static_cast<std::size_t>(line.size() - sent),
                          MSG_NOSIGNAL);
        });
        if (wrote <= 0 || deadline.hasExpired())
            return false;
        sent += wrote;
    }
    QByteArray answer;
    while (!answer.contains('\n')) {
        pollfd readable {fd.get(), POLLIN, 0};
        const int ready
            = retryOnInterrupt([&] { return ::poll(&readable, 1, static_cast<int>(deadline.remainingTime())); });
        if (ready <= 0)
            return false; // no answer in time
        char chunk[64];
        const ssize_t got = retryOnInterrupt([&] { return ::recv(fd.get(), chunk, sizeof(chunk), 0); });
        if (got <= 0)
            return false; // closed without answering: a malformed request, or not Limber
        answer.append(chunk, got);
        if (answer.size() > MaxRequestBytes)
            return false;
    }
    return answer.left(answer.indexOf('\n')).trimmed() == "ok";
}

bool SingleInstance::listen()
{
    if (m_listener >= 0)
        return true;
    const QString name = socketName();
    const QByteArray path = QFile::encodeName(name);
    const auto cannotListen = [&](const std::string& why) {
        spdlog::warn("single instance: cannot listen on {}: {}", name.toStdString(), why);
        return false;
    };
    const std::optional<sockaddr_un> address = addressOf(path);
    if (!address)
        return cannotListen(fmt::format("the path is {} bytes long, a local socket's at most {}", path.size(),
                                        sizeof(sockaddr_un::sun_path) - 1));

    // The socket is bound in a private folder next to its final path
    // (mkdtemp: 0700), made the user's alone there, and only then linked to
    // its name: no moment at which others may connect, no umask (which is the
    // whole process's, threads included), and link() never replaces a file
    // that is there already, as rename() would a live instance's socket.
    // ".lXXXXXX/s" is shorter than "limber.socket", so it fits if the name does.
    const QByteArray folder = QFile::encodeName(QFileInfo(name).absolutePath());
    QByteArray privateFolder = folder + "/.lXXXXXX";
    if (!::mkdtemp(privateFolder.data()))
        return cannotListen(
            fmt::format("cannot make a private folder in {}: {}", folder.toStdString(), errorText(errno)));
    const QByteArray privatePath = privateFolder + "/s";
    const auto removePrivate = qScopeGuard([&] {
        ::unlink(privatePath.constData());
        ::rmdir(privateFolder.constData());
    });
    const std::optional<sockaddr_un> privateAddress = addressOf(privatePath);
    Descriptor fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!fd.valid())
        return cannotListen(errorText(errno));
    if (!privateAddress
        || ::bind(fd.get(), reinterpret_cast<const sockaddr*>(&*privateAddress), sizeof(*privateAddress)) != 0
        || ::chmod(privatePath.constData(), S_IRUSR | S_IWUSR) != 0 || ::listen(fd.get(), ListenBacklog) != 0)
        return cannotListen(errorText(errno));
    struct stat bound { };
    if (::lstat(privatePath.constData(), &bound) != 0)
        return cannotListen(errorText(errno));

    // A file already there is taken over only when nobody answers on it,
    // and only under a lock, so that two instances starting together never
    // remove each other's fresh socket between the probe and the unlink.
    Descriptor lock;
    for (int attempt = 0; ::link(privatePath.constData(), path.constData()) != 0; ++attempt) {
        if (errno != EEXIST || attempt == 5)
            return cannotListen(errorText(errno));
        if (!lock.valid()) {
            const QByteArray lockPath = path + ".lock";
            lock.reset(retryOnInterrupt([&] {
                return ::open(lockPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
            }));
            struct stat lockFile { };
            // Held only for the probe below, by this user's Limbers alone
            // (another user's file there is refused, never waited on).
            if (!lock.valid() || ::fstat(lock.get(), &lockFile) != 0 || !S_ISREG(lockFile.st_mode)
                || lockFile.st_uid != ::getuid() || retryOnInterrupt([&] { return ::flock(lock.get(), LOCK_EX); }) != 0)
                return cannotListen(fmt::format("cannot lock {}", lockPath.toStdString()));
            continue; // what was there may have changed while waiting
        }
        int error = 0;
        switch (probe(path, *address, &error)) {
        case Probe::Answers:
            return cannotListen("another instance answers on it");
        case Probe::NotOurs:
            return cannotListen(error ? errorText(error) : std::string("it is not a socket of this user's"));
        case Probe::Gone:
            continue;
        case Probe::Stale:
            // Nobody answered: it was left behind by an instance that crashed or was killed.
            spdlog::info("single instance: removing the stale socket {}", name.toStdString());
            if (::unlink(path.constData()) != 0 && errno != ENOENT)
                return cannotListen(fmt::format("cannot remove the stale socket: {}", errorText(errno)));
            continue;
        }
    }

    m_listener = fd.release();
    m_socketPath = path;
    m_socketDevice = bound.st_dev;
    m_socketInode = bound.st_ino;
    m_listenerNotifier = new QSocketNotifier(m_listener, QSocketNotifier::Read, this);
    connect(m_listenerNotifier, &QSocketNotifier::activated, this, &SingleInstance::acceptClients);
    return true;
}

void SingleInstance::acceptClients()
{
    for (;;) {
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (client >= 0) {
            new InstanceClient(client, this); // owned by this, deletes itself when done
            continue;
        }
        switch (errno) {
        case EINTR:
        case ECONNABORTED: // that client left before it was accepted
            continue;
        case EAGAIN:
#if EAGAIN != EWOULDBLOCK
        case EWOULDBLOCK:
#endif
            return; // all accepted
        default:
            // Out of descriptors, say: the connection stays queued and the
            // notifier would fire again at once, so it rests for a moment.
            spdlog::warn("single instance: cannot accept a connection: {}", errorText(errno));
            m_listenerNotifier->setEnabled(false);
            QTimer::singleShot(1000, m_listenerNotifier,
                               [notifier = m_listenerNotifier] { notifier->setEnabled(true); });
            return;
        }
    }
}

void SingleInstance::closeListener()
{
    if (m_listener < 0)
        return;
    delete m_listenerNotifier; // off the event dispatcher before the descriptor closes
    m_listenerNotifier = nullptr;
    ::close(std::exchange(m_listener, -1));
    // Removed only while it is still the file this instance linked: another
    // instance may have taken the name over since (after ours was deleted).
    struct stat file { };
    if (::lstat(m_socketPath.constData(), &file) == 0 && file.st_dev == m_socketDevice && file.st_ino == m_socketInode)
        ::unlink(m_socketPath.constData());
}

} // namespace limber
