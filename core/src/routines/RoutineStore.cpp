#include "limber/routines/RoutineStore.h"

#include "limber/JsonReader.h"

#include "limber/routines/RoutineReader.h"
#include "limber/routines/RoutineWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

const QString OrderFile = u"order.json"_s;
const QString OrderId = u"order"_s; // reserved: a routine with this id would be order.json

QStringList readOrder(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.read(RoutineReader::MaxFileBytes)).object();
    QStringList ids;
    for (const QJsonValue& id : root.value("order"_L1).toArray())
        ids.append(id.toString());
    return ids;
}

} // namespace

QString routinesFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // An empty base would turn into "/routines" at the file system root.
    if (base.isEmpty())
        return QString();
    return base + u"/routines"_s;
}

RoutineStore::RoutineStore(const QString& folder, QObject* parent)
    : QObject(parent)
    , m_folder(folder)
{
}

QString RoutineStore::filePath(const QString& id) const
{
    return m_folder + u'/' + id + u".json"_s;
}

QList<JsonIssue> RoutineStore::load()
{
    m_routines.clear();
    m_problems.clear();
    m_brokenIds.clear();
    if (m_folder.isEmpty() || !QDir(m_folder).exists()) {
        Q_EMIT changed();
        return m_problems;
    }
    const QFileInfoList files = QDir(m_folder).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        if (info.fileName() == OrderFile)
            continue;
        const QString id = info.completeBaseName();
        if (m_routines.size() >= MaxRoutines) {
            m_problems.append({JsonIssue::Severity::Error, info.filePath(), QString(),
                               tr("more than %1 routines; this one is not loaded").arg(MaxRoutines)});
            m_brokenIds.append(id);
            continue;
        }
        RoutineParseResult read = RoutineReader::loadFile(info.filePath());
        if (read.ok() && read.routine.id != id) {
            // The store finds a routine by its file name; a mismatch would
            // make a save write a second file next to this one.
            read.issues.append({JsonIssue::Severity::Error, info.filePath(), u"id"_s,
                                tr("the routine's id %1 does not match the file name; rename the file to %2")
                                    .arg(json::quoted(read.routine.id), read.routine.id + u".json"_s)});
        }
        m_problems += read.issues;
        if (!read.ok()) {
            spdlog::warn("routines: {} has errors; it is left as it is", info.filePath().toStdString());
            m_brokenIds.append(id);
            continue;
        }
        m_routines.append(read.routine);
    }
    const QStringList order = readOrder(m_folder + u'/' + OrderFile);
    std::stable_sort(m_routines.begin(), m_routines.end(), [&order](const Routine& a, const Routine& b) {
        const qsizetype ia = order.indexOf(a.id);
        const qsizetype ib = order.indexOf(b.id);
        if (ia >= 0 || ib >= 0)
            return ia >= 0 && (ib < 0 || ia < ib); // listed ones first, in their order
        return a.name.localeAwareCompare(b.name) < 0;
    });
    Q_EMIT changed();
    return m_problems;
}

const Routine* RoutineStore::routine(const QString& id) const
{
    const int index = indexOf(id);
    return index >= 0 ? &m_routines.at(index) : nullptr;
}

int RoutineStore::indexOf(const QString& id) const
{
    for (int i = 0; i < m_routines.size(); ++i) {
        if (m_routines.at(i).id == id)
            return i;
    }
    return -1;
}

const Routine* RoutineStore::find(const QString& idOrName) const
{
    if (const Routine* byId = routine(idOrName))
        return byId;
    for (const Routine& candidate : m_routines) {
        if (candidate.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

bool RoutineStore::isTaken(const QString& id) const
{
    return id == OrderId || indexOf(id) >= 0 || m_brokenIds.contains(id) || QFileInfo::exists(filePath(id));
}

QString RoutineStore::uniqueId(const QString& name) const
{
    const QString base = routineIdFromName(name).left(RoutineReader::MaxIdLength - 4);
    QString id = base;
    for (int n = 2; isTaken(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

RoutineStore::SaveResult RoutineStore::save(const Routine& routine)
{
    const int index = routine.id.isEmpty() ? -1 : indexOf(routine.id);
    return saveAt(routine, index >= 0 ? index : int(m_routines.size()));
}

RoutineStore::SaveResult RoutineStore::saveAsNew(const Routine& routine)
{
    Routine copy = routine;
    if (copy.id.isEmpty() || isTaken(copy.id))
        copy.id = uniqueId(copy.name);
    return saveAt(copy, int(m_routines.size()));
}

RoutineStore::SaveResult RoutineStore::saveAt(Routine routine, int index)
{
    if (m_folder.isEmpty())
        return {routine.id, tr("there is no folder to keep routines in (the system gives no data location)")};
    routine.name = routine.name.trimmed();
    if (routine.id.isEmpty())
        routine.id = uniqueId(routine.name);
    const QString path = filePath(routine.id);
    if (routine.id == OrderId || m_brokenIds.contains(routine.id)) {
        return {routine.id,
                tr("%1 is kept as it is: it cannot be read, and saving over it would lose it")
                    .arg(QDir::toNativeSeparators(path))};
    }
    // Never write a file this store could not read back.
    const RoutineParseResult check = RoutineReader::parse(RoutineWriter::toBytes(routine), path);
    if (!check.ok())
        return {routine.id, check.errorText()};
    if (const QString error = RoutineWriter::saveRoutine(routine, path); !error.isEmpty())
        return {routine.id, error};

    const int existing = indexOf(routine.id);
    if (existing >= 0)
        m_routines[existing] = routine;
    else
        m_routines.insert(std::clamp(index, 0, int(m_routines.size())), routine);
    const QString orderError = writeOrder();
    Q_EMIT changed();
    return {routine.id, orderError};
}

std::optional<RoutineStore::Removed> RoutineStore::remove(const QString& id, QString* error)
{
    const int index = indexOf(id);
    if (index < 0) {
        if (error)
            *error = tr("there is no routine %1").arg(json::quoted(id));
        return std::nullopt;
    }
    QFile file(filePath(id));
    if (file.exists() && !file.remove()) {
        if (error)
            *error = tr("cannot remove %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return std::nullopt;
    }
    Removed removed {m_routines.takeAt(index), index};
    const QString orderError = writeOrder();
    if (error)
        *error = orderError;
    Q_EMIT changed();
    return removed;
}

QString RoutineStore::restore(const Removed& removed)
{
    return saveAt(removed.routine, removed.index).error;
}

RoutineStore::SaveResult RoutineStore::duplicate(const QString& id)
{
    const int index = indexOf(id);
    if (index < 0)
        return {id, tr("there is no routine %1").arg(json::quoted(id))};
    Routine copy = m_routines.at(index);
    copy.name = tr("%1 (copy)").arg(copy.name).left(RoutineLimits::MaxNameLength);
    copy.id = uniqueId(copy.name);
    return saveAt(copy, index + 1);
}

QString RoutineStore::reorder(const QStringList& ids)
{
    QList<Routine> ordered;
    for (const QString& id : ids) {
        const int index = indexOf(id);
        if (index >= 0)
            ordered.append(m_routines.takeAt(index));
    }
    ordered += m_routines;
    m_routines = ordered;
    const QString error = writeOrder();
    Q_EMIT changed();
    return error;
}

QString RoutineStore::writeOrder() const
{
    QJsonArray ids;
    for (const Routine& routine : m_routines)
        ids.append(routine.id);
    const QJsonObject root {{u"format"_s, u"limber-routine-order"_s}, {u"version"_s, 1}, {u"order"_s, ids}};
    return writeFileAtomically(m_folder + u'/' + OrderFile, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace limber
