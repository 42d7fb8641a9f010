#include "startup/SingleInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// The whole protocol: one line, "limber-request" and a compact JSON object
// (InstanceRequest); the answer is one line "ok".
const QByteArray& requestPrefix()
{
    static const QByteArray prefix = QByteArrayLiteral("limber-request ");
    return prefix;
}

constexpr qint64 MaxRequestBytes = 4096;

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

bool SingleInstance::forwardToRunning(const InstanceRequest& request)
{
    QLocalSocket socket;
    socket.connectToServer(socketName());
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false;
    socket.write(request.toLine());
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
            const std::optional<InstanceRequest> request
                = InstanceRequest::fromLine(socket->readLine(MaxRequestBytes).trimmed());
            if (!request) {
                spdlog::warn("single instance: ignoring a malformed request");
                socket->disconnectFromServer();
                return;
            }
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT requestReceived(*request);
        });
    }
}

} // namespace limber
