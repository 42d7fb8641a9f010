#include "tray/ResidentCode.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <charconv>
#include <string_view>

#if defined(__linux__)
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace limber {

namespace {

#if defined(__linux__)

struct Mapping {
    quintptr start = 0;
    quintptr end = 0;
};

// The next space-separated field of `line` from `from` on (empty at the end).
std::string_view nextField(std::string_view line, std::size_t& from)
{
    from = std::min(line.find_first_not_of(' ', from), line.size());
    const std::size_t end = std::min(line.find(' ', from), line.size());
    const std::string_view field = line.substr(from, end - from);
    from = end;
    return field;
}

bool parseHex(std::string_view text, quintptr& value)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
    return error == std::errc() && end == text.data() + text.size();
}

// "start-end perms offset device inode path" lines of /proc/self/maps: the
// mappings of files that cannot be written, whose pages the kernel can always
// read back as they were. Writable ones (a library's relocated data) never.
// Read field by field without copies: the first snapshot is taken just before
// the window is built, where every million instructions shows in the time to
// the first frame.
std::vector<Mapping> readOnlyFileMappings()
{
    std::vector<Mapping> mappings;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return mappings;
    const QByteArray all = maps.readAll();
    const std::string_view text(all.constData(), static_cast<std::size_t>(all.size()));
    for (std::size_t lineStart = 0; lineStart < text.size();) {
        const std::size_t lineEnd = std::min(text.find('\n', lineStart), text.size());
        const std::string_view line = text.substr(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        std::size_t at = 0;
        const std::string_view range = nextField(line, at);
        const std::string_view perms = nextField(line, at);
        for (int skipped = 0; skipped < 3; ++skipped) // offset, device, inode
            nextField(line, at);
        const std::string_view path = nextField(line, at);
        if (path.empty() || path.front() != '/' || perms.find('w') != std::string_view::npos)
            continue;
        const std::size_t dash = range.find('-');
        Mapping mapping;
        if (dash == std::string_view::npos || !parseHex(range.substr(0, dash), mapping.start)
            || !parseHex(range.substr(dash + 1), mapping.end) || mapping.end <= mapping.start)
            continue;
        // A library's segments lie end to end: one range, one read of its pagemap.
        if (!mappings.empty() && mappings.back().end == mapping.start)
            mappings.back().end = mapping.end;
        else
            mappings.push_back(mapping);
    }
    return mappings;
}

// Calls `page(address)` for each page of the mappings that is in memory now
// (bit 63 of its /proc/self/pagemap entry; readable without privileges).
// One pread() a range into one buffer: the first snapshot is on the way to
// the first frame.
template <typename PageFunction>
bool forEachResidentPage(const std::vector<Mapping>& mappings, PageFunction page)
{
    const int pagemap = ::open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
    if (pagemap < 0)
        return false;
    const auto pageSize = static_cast<quintptr>(::sysconf(_SC_PAGESIZE));
    constexpr quint64 Present = quint64(1) << 63;
    std::vector<quint64> entries;
    bool complete = true;
    for (const Mapping& mapping : mappings) {
        entries.resize((mapping.end - mapping.start) / pageSize);
        const auto offset = static_cast<off_t>(mapping.start / pageSize * sizeof(quint64));
        const ssize_t bytes = ::pread(pagemap, entries.data(), entries.size() * sizeof(quint64), offset);
        if (bytes < 0) {
            complete = false;
            break;
        }
        const std::size_t read = static_cast<std::size_t>(bytes) / sizeof(quint64);
        for (std::size_t i = 0; i < read; ++i) {
            if (entries[i] & Present)
                page(mapping.start + i * pageSize);
        }
    }
    ::close(pagemap);
    return complete;
}

#endif

} // namespace

ResidentCode ResidentCode::now()
{
    ResidentCode resident;
#if defined(__linux__)
    if (!forEachResidentPage(readOnlyFileMappings(), [&](quintptr page) { resident.m_pages.push_back(page); }))
        resident.m_pages.clear();
    // The maps list them in order, so this is only a check (sorting sorted pages cost 3 % of the snapshot).
    if (!std::is_sorted(resident.m_pages.begin(), resident.m_pages.end()))
        std::sort(resident.m_pages.begin(), resident.m_pages.end());
#endif
    return resident;
}

bool ResidentCode::contains(quintptr pageAddress) const
{
    return std::binary_search(m_pages.begin(), m_pages.end(), pageAddress);
}

qint64 ResidentCode::pageOutSince(const ResidentCode& before)
{
#if defined(__linux__) && defined(MADV_PAGEOUT)
    const auto pageSize = static_cast<quintptr>(::sysconf(_SC_PAGESIZE));
    qint64 asked = 0;
    // Runs of new pages go to the kernel in one call each.
    quintptr runStart = 0;
    quintptr runEnd = 0;
    const auto flush = [&] {
        if (runEnd > runStart && ::madvise(reinterpret_cast<void*>(runStart), runEnd - runStart, MADV_PAGEOUT) == 0)
            asked += static_cast<qint64>((runEnd - runStart) / pageSize);
        runStart = runEnd = 0;
    };
    const bool read = forEachResidentPage(readOnlyFileMappings(), [&](quintptr page) {
        if (before.contains(page))
            return;
        if (page != runEnd)
            flush();
        if (runEnd == 0)
            runStart = page;
        runEnd = page + pageSize;
    });
    flush();
    return read ? asked : -1;
#else
    Q_UNUSED(before);
    return -1;
#endif
}

} // namespace limber
