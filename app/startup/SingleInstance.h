#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace limber {

// One Limber per user. A second `limber` hands its request (bring the window
// forward, maybe start a session) to the running one over a local socket and
// exits, so two sessions never talk over each other. Text-only actions
// (--plan, --list, --validate) never come here.
class SingleInstance final : public QObject {
    Q_OBJECT

public:
    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // Per user: inside the private runtime folder (XDG_RUNTIME_DIR), or the
    // temporary folder with the user id in the name when there is none.
    static QString socketName();

    // Sends `startIds` (empty: just come forward) to a running instance.
    // True when one answered; the caller should then exit.
    bool forwardToRunning(const QStringList& startIds);

    // Becomes the instance later ones forward to. A socket left behind by a
    // crashed instance (nobody answered on it) is removed and taken over.
    bool listen();

Q_SIGNALS:
    void activationRequested(const QStringList& startIds);

private:
    void answer();

    QLocalServer* m_server = nullptr;
};

} // namespace limber
