#pragma once

#include <QObject>
#include <QString>

namespace limber {

// What a due reminder says: the suggested exercises and their length, as the
// composition root words them from the scheduler's suggestion.
struct ReminderOffer {
    QString summary;    // one line, e.g. "Time to stretch: 4 minutes"
    QString body;       // plain text (presenters escape it where markup is read)
    bool chime = false; // a soft sound with the reminder
    // A second choice beside Start: the person's routine that is due today,
    // named ("Start “Physio”"), as it may ask for the floor. Empty: none.
    QString routineAction {};
};

// How a due reminder reaches the person and how their answer comes back. One
// reminder at a time: show() while one is out replaces it (never stacks), and
// each reminder ends in exactly one of the answer signals, or in withdraw().
class ReminderPresenter : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void show(const ReminderOffer& offer) = 0;
    // Takes the reminder back (a session started another way, reminders paused):
    // no answer signal follows.
    virtual void withdraw() = 0;

Q_SIGNALS:
    void startRequested();
    // The person chose the offer's routineAction.
    void routineRequested();
    void snoozeRequested(int minutes);
    void skipRequested();
    // Expired, or closed without an answer.
    void ignored();
    // The offer asked for a chime and this presenter cannot ring one itself
    // (no notification server that plays sounds): the app plays its own.
    void chimeWanted();
};

} // namespace limber
