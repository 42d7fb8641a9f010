#include "setaside/SetAsideLink.h"

#include "home/HomeView.h"
#include "home/RoutinePanel.h"
#include "session/SummaryView.h"

#include "limber/Catalog.h"
#include "limber/CatalogText.h"
#include "limber/HistoryRecorder.h"
#include "limber/SessionEngine.h"
#include "limber/SetAsideBook.h"

#include <algorithm>

namespace limber {

SetAsideLink::SetAsideLink(SetAsideBook& book, SessionEngine& engine, HistoryRecorder* recorder, const Catalog& catalog,
                           QObject* parent)
    : QObject(parent)
    , m_book(book)
    , m_engine(engine)
    , m_catalog(catalog)
{
    connect(&m_engine, &SessionEngine::cue, this, [this](Cue cue) {
        if (cue == Cue::SessionStart)
            m_started.clear();
    });
    connect(&m_engine, &SessionEngine::stepChanged, this, &SetAsideLink::onStepChanged);
    // The recorder's word comes once the session is written, so the marks can name it.
    if (recorder) {
        connect(recorder, &HistoryRecorder::sessionEnded, this, &SetAsideLink::offerToSummary);
    } else {
        connect(&m_engine, &SessionEngine::finished, this, [this] { offerToSummary(0); });
        connect(&m_engine, &SessionEngine::stopped, this, [this] { offerToSummary(0); });
    }
}

void SetAsideLink::attach(HomeView& home)
{
    home.setSetAside(&m_book);
}

void SetAsideLink::attach(SummaryView& summary)
{
    summary.hurtMarks()->setBook(&m_book);
    m_summary = &summary;
}

void SetAsideLink::onStepChanged(int index)
{
    const Step* step = m_engine.stepAt(index);
    if (step && step->kind != StepKind::Prepare)
        m_started.insert(step->exerciseIndex);
}

QList<HurtMarksPanel::Item> SetAsideLink::startedExercises() const
{
    QList<HurtMarksPanel::Item> items;
    const QStringList& ids = m_engine.plan().exerciseIds;
    for (int i = 0; i < ids.size(); ++i) {
        const Exercise* exercise = m_catalog.exercise(ids[i]);
        const bool listed = std::any_of(items.cbegin(), items.cend(), [&ids, i](const HurtMarksPanel::Item& item) {
            return item.exerciseId == ids[i];
        });
        if (exercise && m_started.contains(i) && !listed)
            items.append({exercise->id, catalogText(exercise->name)});
    }
    return items;
}

void SetAsideLink::offerToSummary(qint64 sessionId)
{
    if (m_summary)
        m_summary->hurtMarks()->offer(startedExercises(), sessionId);
}

} // namespace limber
