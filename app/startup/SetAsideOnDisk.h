#pragma once

#include "limber/SetAside.h"

#include <QString>

namespace limber {

// The exercises set aside in the history file, for what runs before (or
// without) the history being opened: `--plan` and `--start` for a region.
// Reading changes nothing on disk. When the file cannot be read, `problem`
// says why and nothing counts as set aside.
SetAside setAsideOnDisk(QString* problem = nullptr);

} // namespace limber
