#pragma once

#include <QStringList>

namespace limber {
class Catalog;
}

namespace limber::test {

// Every distinct sentence the voice can say for `catalog`, in the interface
// language installed now. Each exercise alone, each region's routine and the
// whole catalog in one routine are walked by the real SessionEngine in
// virtual time; for every moment it adds the sentence said when there is time
// for all of it, the one that fits the time the step really leaves, and every
// shorter form of each of the moment's cues.
QStringList everyVoiceLine(const Catalog& catalog);

} // namespace limber::test
