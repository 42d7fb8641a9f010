#include "tray/ResidentCode.h"

#include <QTemporaryFile>

#include <gtest/gtest.h>

#include <sys/mman.h>
#include <unistd.h>

namespace limber {
namespace {

// A read-only file mapping stands in for a library's code: its first pages
// are read before the snapshot (what the tray needed), pages further on
// after it (what the window brought in). Far apart: a read fault maps its
// neighbours too (the kernel's fault-around, 64 KB by default).
class ResidentCodeTest : public ::testing::Test {
protected:
    static constexpr int Pages = 512;
    static constexpr int Later = 256; // the first page read after the snapshot

    void SetUp() override
    {
        pageSize = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        ASSERT_TRUE(file.open());
        // Page by page: one large write would put the file in large folios,
        // which a single fault maps whole.
        const QByteArray bytes(static_cast<qsizetype>(pageSize), 'x');
        for (int page = 0; page < Pages; ++page)
            ASSERT_EQ(file.write(bytes), bytes.size());
        ASSERT_TRUE(file.flush());
        mapping = static_cast<const char*>(
            ::mmap(nullptr, Pages * pageSize, PROT_READ, MAP_PRIVATE, static_cast<int>(file.handle()), 0));
        ASSERT_NE(mapping, MAP_FAILED);
    }

    void TearDown() override
    {
        if (mapping && mapping != MAP_FAILED)
            ::munmap(const_cast<char*>(mapping), Pages * pageSize);
    }

    // Reads one byte of each page in [first, last): the page is in memory after.
    int touch(int first, int last) const
    {
        int sum = 0;
        for (int page = first; page < last; ++page)
            sum += static_cast<volatile const char*>(mapping)[static_cast<std::size_t>(page) * pageSize];
        return sum;
    }

    quintptr page(int index) const { return reinterpret_cast<quintptr>(mapping) + index * pageSize; }

    QTemporaryFile file;
    std::size_t pageSize = 0;
    const char* mapping = nullptr;
};

TEST_F(ResidentCodeTest, TheSnapshotHoldsThePagesReadSoFar)
{
    EXPECT_GT(touch(0, 8), 0);
    const ResidentCode before = ResidentCode::now();
    ASSERT_GT(before.size(), 0u) << "/proc/self/pagemap is readable";
    EXPECT_TRUE(before.contains(page(0)));
    EXPECT_TRUE(before.contains(page(7)));
    EXPECT_FALSE(before.contains(page(Later))) << "never read: not in memory";
}

TEST_F(ResidentCodeTest, OnlyThePagesBroughtInSinceTheSnapshotAreGivenBack)
{
    touch(0, 8);
    const ResidentCode before = ResidentCode::now();
    ASSERT_FALSE(before.contains(page(Later)));
    touch(Later, Later + 16);
    const ResidentCode during = ResidentCode::now();
    ASSERT_TRUE(during.contains(page(Later)));
    ASSERT_TRUE(during.contains(page(Later + 15)));

    const qint64 asked = ResidentCode::pageOutSince(before);
    EXPECT_GE(asked, 16) << "at least the 16 pages read since";
    const ResidentCode after = ResidentCode::now();
    EXPECT_TRUE(after.contains(page(0))) << "what was there before stays";
    EXPECT_TRUE(after.contains(page(7)));
    for (int index = Later; index < Later + 16; ++index)
        EXPECT_FALSE(after.contains(page(index))) << "page " << index << " was given back";
    EXPECT_EQ(touch(Later, Later + 1), 'x') << "and reads back as it was";
}

TEST_F(ResidentCodeTest, WritableMappingsAreNeverCounted)
{
    // A library's relocated data is written in place: reclaiming it would lose the writes.
    void* data = ::mmap(nullptr, pageSize, PROT_READ | PROT_WRITE, MAP_PRIVATE, static_cast<int>(file.handle()), 0);
    ASSERT_NE(data, MAP_FAILED);
    static_cast<char*>(data)[0] = 'y';
    const ResidentCode before;
    EXPECT_FALSE(ResidentCode::now().contains(reinterpret_cast<quintptr>(data)));
    ResidentCode::pageOutSince(before);
    EXPECT_EQ(static_cast<char*>(data)[0], 'y');
    ::munmap(data, pageSize);
}

} // namespace
} // namespace limber
