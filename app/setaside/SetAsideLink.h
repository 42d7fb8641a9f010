#pragma once

#include "setaside/HurtMarksPanel.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace limber {

class Catalog;
class HistoryRecorder;
class HomeView;
class SessionEngine;
class SetAsideBook;
class SummaryView;

// Puts "This one hurt" into the window's views: gives the book to home's
// routine panel (what it ticks, and each card's note) and to the summary's
// panel, and tells the summary which exercises the session that just ended
// did or started. The window attaches its views again whenever it builds them
// anew (a change of language).
class SetAsideLink final : public QObject {
    Q_OBJECT

public:
    // `recorder` gives the session's id; with none the marks carry no session.
    SetAsideLink(SetAsideBook& book, SessionEngine& engine, HistoryRecorder* recorder, const Catalog& catalog,
                 QObject* parent = nullptr);

    // Each view as it is built (the summary only once a session starts).
    void attach(HomeView& home);
    void attach(SummaryView& summary);

    // The exercises of the last session with at least one hold or movement
    // begun (getting into position alone does not count), in plan order.
    QList<HurtMarksPanel::Item> startedExercises() const;

private:
    void onStepChanged(int index);
    void offerToSummary(qint64 sessionId);

    SetAsideBook& m_book;
    SessionEngine& m_engine;
    const Catalog& m_catalog;
    QPointer<SummaryView> m_summary;
    QSet<int> m_started; // exercise indexes within the plan
};

} // namespace limber
