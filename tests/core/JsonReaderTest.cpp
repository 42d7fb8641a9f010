#include "limber/JsonReader.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using limber::JsonIssue;
using limber::JsonReader;

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

TEST(JsonPathTest, BuildsMembersAndElements)
{
    EXPECT_EQ(limber::json::member(QString(), "format"_L1), u"format"_s);
    EXPECT_EQ(limber::json::member(u"$"_s, "version"_L1), u"$.version"_s);
    EXPECT_EQ(limber::json::element(limber::json::member(u"exercises"_s, u"dose"_s), 3), u"exercises.dose[3]"_s);
}

TEST(JsonReaderTest, ReportsFilePathAndProblem)
{
    QList<JsonIssue> issues;
    JsonReader reader(u"mine.json"_s, issues);
    const std::optional<int> sets
        = reader.integer(object(R"({"sets": 2.5})"), u"exercises[0].dose"_s, "sets"_L1, 1, 20, QString());
    EXPECT_FALSE(sets.has_value());
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.constFirst().toString(), u"mine.json: exercises[0].dose.sets: must be a whole number"_s);
    EXPECT_EQ(reader.errorCount(), 1);
}

TEST(JsonReaderTest, UnknownKeysWarnWithoutCountingAsErrors)
{
    QList<JsonIssue> issues;
    JsonReader reader(u"mine.json"_s, issues);
    reader.checkKeys(object(R"({"id": "a", "colour": "red"})"), QString(), {"id"_L1});
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.constFirst().toString(), u"warning: mine.json: colour: unknown field, ignored"_s);
    EXPECT_EQ(reader.errorCount(), 0);
}
