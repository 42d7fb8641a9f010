#include "startup/SingleInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <unistd.h>

namespace limber {

namespace {

// Generous for a local socket, short enough that a hung first instance
// does not leave the person staring at nothing for long.
constexpr int ConnectTimeoutMs = 500;
constexpr int AnswerTimeoutMs = 2000;

// The whole protocol: one line, "start" and comma-separated exercise ids
// (none: just come forward); the answer is one line "ok".
const QByteArray& requestPrefix()
{
    static const QByteArray prefix = QByteArrayLiteral("start ");
    return prefix;
}

constexpr qint64 MaxRequestBytes = 4096;

} // namespace

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    // Only this user may connect, even if the folder were shared.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime + QStringLiteral("/limber.socket");
    return QDir::tempPath() + QStringLiteral("/limber-%1.socket").arg(::getuid());
}

bool SingleInstance::forwardToRunning(const QStringList& startIds)
{
    QLocalSocket socket;
    socket.connectToServer(socketName());
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false;
    socket.write(requestPrefix() + startIds.join(QLatin1Char(',')).toUtf8() + '\n');
    if (!socket.waitForBytesWritten(AnswerTimeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(AnswerTimeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen()
{
    const QString name = socketName();
    if (m_server->listen(name))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError) {
        spdlog::warn("single instance: cannot listen on {}: {}", name.toStdString(),
                     m_server->errorString().toStdString());
        return false;
    }
    // The caller's connect just failed, so nobody answers on this socket: it
    // was left behind by an instance that crashed or was killed. (With access
    // options Qt binds in a private folder and renames over the old file, so
    // this is the fallback when that is not how the platform does it.)
    spdlog::info("single instance: removing the stale socket {}", name.toStdString());
    QLocalServer::removeServer(name);
    if (m_server->listen(name))
        return true;
    spdlog::warn("single instance: cannot listen on {}: {}", name.toStdString(), m_server->errorString().toStdString());
    return false;
}

void SingleInstance::answer()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxRequestBytes)
                    socket->abort(); // not one of ours
                return;
            }
            const QByteArray line = socket->readLine(MaxRequestBytes).trimmed();
            if (!line.startsWith(requestPrefix().trimmed())) {
                spdlog::warn("single instance: ignoring a malformed request");
                socket->disconnectFromServer();
                return;
            }
            const QString ids = QString::fromUtf8(line.mid(requestPrefix().size()));
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT activationRequested(ids.split(QLatin1Char(','), Qt::SkipEmptyParts));
        });
    }
}

} // namespace limber
