#include "limber/WorkraveExercises.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(LIMBER_TEST_DATA_DIR "/workrave");

limber::WorkraveReadResult read(const QString& name, const QString& language = QString())
{
    return limber::WorkraveReader::readFile(DataDir + u'/' + name, language);
}

limber::WorkraveReadResult parse(const QByteArray& xml)
{
    return limber::WorkraveReader::parse(xml, u"test.xml"_s, QString());
}

} // namespace

TEST(WorkraveReader, ReadsImagesDurationsAndMirroring)
{
    const limber::WorkraveReadResult result = read(u"basic/exercises.xml"_s);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(result.exercises.size(), 2);
    const limber::WorkraveExercise& arm = result.exercises.at(0);
    EXPECT_EQ(arm.title, u"Arm swing"_s);
    EXPECT_EQ(arm.sequenceMs, 12000);
    ASSERT_EQ(arm.images.size(), 2);
    EXPECT_EQ(arm.images.at(0).source, u"arm-left.png"_s);
    EXPECT_EQ(arm.images.at(0).durationMs, 2000);
    EXPECT_FALSE(arm.images.at(0).mirror);
    EXPECT_EQ(arm.images.at(1).durationMs, 3000);
    EXPECT_TRUE(arm.images.at(1).mirror);
    EXPECT_EQ(result.exercises.at(1).sequenceMs, 9000);
}

TEST(WorkraveReader, PicksTheInterfaceLanguage)
{
    // "de_DE" finds the "de" text; "fr" finds "fr_FR"; a language the file
    // lacks falls back to the untagged text. The id's title stays untagged.
    const limber::WorkraveReadResult german = read(u"basic/exercises.xml"_s, u"de_DE"_s);
    ASSERT_TRUE(german.ok());
    EXPECT_EQ(german.exercises.at(0).shownTitle, u"Armschwung"_s);
    EXPECT_EQ(german.exercises.at(0).title, u"Arm swing"_s);
    EXPECT_TRUE(german.exercises.at(0).description.startsWith(u"Lass die Arme"_s));
    EXPECT_EQ(german.exercises.at(1).shownTitle, u"Neck roll"_s);

    const limber::WorkraveReadResult french = read(u"basic/exercises.xml"_s, u"fr"_s);
    EXPECT_EQ(french.exercises.at(0).shownTitle, u"Balancement des bras"_s);
    EXPECT_TRUE(french.exercises.at(0).description.startsWith(u"Let your arms"_s));

    const limber::WorkraveReadResult spanish = read(u"basic/exercises.xml"_s, u"es-ES"_s);
    EXPECT_EQ(spanish.exercises.at(0).shownTitle, u"Arm swing"_s);
}

TEST(WorkraveReader, WithoutASequenceDurationTheImagesRunOnce)
{
    const limber::WorkraveReadResult result = parse(R"(<exercises><exercise><title>A</title>
        <sequence><image src="a.png" duration="4"/><image src="b.png" duration="5"/></sequence>
        </exercise></exercises>)");
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.exercises.at(0).sequenceMs, 9000);
}

TEST(WorkraveReader, RefusesBadFilesWithOneMessageNamingTheFile)
{
    struct Case {
        QString file;
        QString expected;
    };
    const QList<Case> cases = {
        {u"not-xml.xml"_s, u"is not an XML file"_s},
        {u"no-sequence.xml"_s, u"has no <sequence>"_s},
        {u"absurd-duration.xml"_s, u"\"999999\" is not a whole number of seconds from 1 to 600"_s},
        {u"climbs-out.xml"_s, u"must not climb out"_s},
        {u"missing.xml"_s, u"file not found"_s},
    };
    for (const Case& c : cases) {
        const limber::WorkraveReadResult result = read(c.file);
        EXPECT_FALSE(result.ok()) << c.file.toStdString();
        EXPECT_TRUE(result.exercises.isEmpty());
        EXPECT_TRUE(result.error.startsWith(DataDir + u'/' + c.file + u": "_s)) << result.error.toStdString();
        EXPECT_TRUE(result.error.contains(c.expected)) << result.error.toStdString();
    }
}

TEST(WorkraveReader, RefusesBrokenStructure)
{
    EXPECT_TRUE(parse("<other/>").error.contains(u"not <exercises>"_s));
    EXPECT_TRUE(parse("<exercises></exercises>").error.contains(u"has no <exercise>"_s));
    EXPECT_TRUE(parse("<exercises><exercise><title>A</title><sequence duration=\"5\"><image src=\"a.png\" "
                      "duration=\"3\"/></sequence></exercise><exercise>")
                    .error.contains(u"not valid XML"_s));
    EXPECT_TRUE(parse("<exercises><exercise><sequence><image src=\"a.png\" duration=\"3\"/></sequence></exercise>"
                      "</exercises>")
                    .error.contains(u"has no <title>"_s));
    EXPECT_TRUE(parse("<exercises><exercise><title>A</title><sequence><image src=\"a.png\" duration=\"0\"/>"
                      "</sequence></exercise></exercises>")
                    .error.contains(u"from 1 to 60"_s));
    EXPECT_TRUE(parse("<exercises><exercise><title>A</title><sequence><image src=\"/etc/a.png\" duration=\"2\"/>"
                      "</sequence></exercise></exercises>")
                    .error.contains(u"relative"_s));
    EXPECT_TRUE(parse("<exercises><exercise><title>A</title><sequence><image src=\"a.gif\" duration=\"2\"/>"
                      "</sequence></exercise></exercises>")
                    .error.contains(u"PNG, JPEG or SVG"_s));
    EXPECT_TRUE(parse("<exercises><exercise><title>A</title><sequence></sequence></exercise></exercises>")
                    .error.contains(u"has no <image>"_s));
    EXPECT_TRUE(parse("").error.contains(u"is empty"_s));
}
