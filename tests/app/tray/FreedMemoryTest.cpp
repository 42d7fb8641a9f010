// Freed heap goes back to the system when the window goes to the tray:
// resident memory falls, measured by the kernel (/proc/self/statm).
#include "tray/FreedMemory.h"

#include <QFile>

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstring>
#include <memory>
#include <vector>

namespace limber {
namespace {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

TEST(FreedMemory, FreedHeapInsideTheArenaLeavesResidentMemory)
{
    // 40 MB in blocks small enough to come from the heap, not from mmap;
    // every 64th is kept, so the heap's top cannot simply shrink.
    constexpr int Blocks = 10000;
    constexpr size_t BlockSize = 4096;
    std::vector<std::unique_ptr<char[]>> blocks;
    blocks.reserve(Blocks);
    for (int i = 0; i < Blocks; ++i) {
        blocks.push_back(std::make_unique<char[]>(BlockSize));
        std::memset(blocks.back().get(), i & 0xff, BlockSize);
    }
    for (int i = 0; i < Blocks; ++i)
        if (i % 64 != 0)
            blocks[i].reset();

    const qint64 before = residentBytes();
    if (!FreedMemory::returnToSystem())
        GTEST_SKIP() << "this C library or allocator cannot return freed heap";
    const qint64 after = residentBytes();

    ASSERT_GT(before, 0);
    // About 39 MB were freed in runs of 63 blocks; most of their pages go back.
    EXPECT_GT(before - after, qint64(20) << 20) << "resident before " << before << ", after " << after;
    for (int i = 0; i < Blocks; i += 64)
        EXPECT_EQ(blocks[i][BlockSize - 1], char(i & 0xff)); // what is still in use is untouched
}

} // namespace
} // namespace limber
