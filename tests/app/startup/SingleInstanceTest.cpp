#include "startup/SingleInstance.h"

#include <gtest/gtest.h>

namespace limber {
namespace {

TEST(InstanceRequestTest, SurvivesTheTripOverTheSocket)
{
    InstanceRequest request;
    request.startIds = {QStringLiteral("knee-to-chest"), QStringLiteral("pelvic-tilt")};
    request.startRoutine = QStringLiteral("/home/someone/routines/evenings.json");
    request.remindInMs = 90'000;
    request.show = false;
    request.reloadReminders = true;
    request.importFile = QStringLiteral("/home/someone/Downloads/Physio, week 2.limber");
    const QByteArray line = request.toLine();
    EXPECT_TRUE(line.endsWith('\n'));
    EXPECT_EQ(line.count('\n'), 1) << "one line, whatever it holds";
    EXPECT_EQ(InstanceRequest::fromLine(line.trimmed()), request);
    EXPECT_EQ(InstanceRequest::fromLine(InstanceRequest().toLine().trimmed()), InstanceRequest());
}

TEST(InstanceRequestTest, RefusesWhatIsNotOneOfOurs)
{
    EXPECT_FALSE(InstanceRequest::fromLine("GET / HTTP/1.1").has_value());
    EXPECT_FALSE(InstanceRequest::fromLine("limber-request {not json").has_value());
    EXPECT_FALSE(InstanceRequest::fromLine("limber-request [1,2]").has_value());
    EXPECT_FALSE(InstanceRequest::fromLine("limber-request {\"start\":[1]}").has_value());
}

} // namespace
} // namespace limber
