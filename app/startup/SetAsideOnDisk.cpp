#include "startup/SetAsideOnDisk.h"

#include "limber/storage/SqliteHistoryStore.h"

#include <spdlog/spdlog.h>

namespace limber {

SetAside setAsideOnDisk(QString* problem)
{
    const StoreResult<QList<SetAsideMark>> marks = SqliteHistoryStore::readSetAsideMarks();
    if (!marks) {
        spdlog::warn("set aside: {}", marks.errorMessage().toStdString());
        if (problem)
            *problem = marks.errorMessage();
        return {};
    }
    return SetAside(marks.value());
}

} // namespace limber
