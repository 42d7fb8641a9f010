#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QSocketNotifier;

namespace limber {

// What a second `limber` asks of the running one.
struct InstanceRequest {
    QStringList startIds;         // start this session if idle; empty: none
    QString startRoutine;         // ...as this routine (its id, or its file's absolute path), with its own doses
    qint64 remindInMs = -1;       // --remind-in: a one-off reminder after this long; -1: none
    bool show = true;             // come forward (not for --remind-in, --tray or --reminders)
    bool reloadReminders = false; // --reminders on|off changed the settings
    QString importFile;           // limber FILE.limber: show what it holds and offer to import it

    QByteArray toLine() const;
    static std::optional<InstanceRequest> fromLine(const QByteArray& line);
    bool operator==(const InstanceRequest&) const = default;
};

// One Limber per user. A second `limber` hands its request (bring the window
// forward, maybe start a session) to the running one over a local socket and
// exits, so two sessions never talk over each other. Text-only actions
// (--plan, --list, --validate) never come here.
//
// The socket is a plain AF_UNIX stream socket, not QLocalServer: QtNetwork
// was linked for this alone and loading it before main() cost start-up time
// (docs/performance.md, "Start-up"). The server side never blocks the GUI
// thread: the listening socket and every client are non-blocking and
// watched by QSocketNotifiers.
class SingleInstance final : public QObject {
    Q_OBJECT

public:
    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // Per user: inside the private runtime folder (XDG_RUNTIME_DIR), or the
    // temporary folder with the user id in the name when there is none.
    static QString socketName();

    // Sends `request` to a running instance. True when one answered; the
    // caller should then exit.
    bool forwardToRunning(const InstanceRequest& request);

    // Becomes the instance later ones forward to. A socket left behind by a
    // crashed instance (nobody answered on it) is removed and taken over; one
    // a live instance answers on is never touched. The socket file is the
    // user's alone (0600) and is removed again when this is destroyed. False
    // (logged) when it cannot listen, e.g. a path too long for a socket
    // address: Limber then runs without it.
    bool listen();

Q_SIGNALS:
    void requestReceived(const limber::InstanceRequest& request);

private:
    void acceptClients();
    void closeListener();

    int m_listener = -1; // the listening socket, -1 until listen() succeeds
    QSocketNotifier* m_listenerNotifier = nullptr;
    // The socket file this instance made, removed at destruction only while
    // it is still that file (device and inode), never one another made.
    QByteArray m_socketPath;
    quint64 m_socketDevice = 0;
    quint64 m_socketInode = 0;
};

} // namespace limber
