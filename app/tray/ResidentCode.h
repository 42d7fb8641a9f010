#pragma once

#include <QtGlobal>

#include <cstddef>
#include <vector>

namespace limber {

// The pages of read-only file mappings (program code, libraries, fonts,
// translations) that are in Limber's memory at one moment.
//
// Why: once the window has been shown and destroyed again, most of what it
// leaves in memory is not heap but code: the parts of Qt Widgets, Qt Gui,
// Limber and the font libraries it ran, about 6 MB of clean pages that the
// kernel would only reclaim under pressure (tools/measure.sh --peers, issue
// 17). Taken before the window is first built and compared after it is
// released, this finds exactly those pages, and asks the kernel to reclaim
// them (MADV_PAGEOUT), as it does for a background app on Android. Pages are
// read back from the file when next used, so nothing changes but where they
// are; pages other processes map too are left alone by the kernel.
class ResidentCode final {
public:
    // What is resident now; empty where /proc/self/pagemap cannot be read.
    static ResidentCode now();

    // Asks the kernel to reclaim the pages resident now that were not in
    // `before`. Returns how many pages it asked for (-1: not on this system).
    static qint64 pageOutSince(const ResidentCode& before);

    std::size_t size() const { return m_pages.size(); }
    bool contains(quintptr pageAddress) const;

private:
    std::vector<quintptr> m_pages; // sorted page addresses
};

} // namespace limber
