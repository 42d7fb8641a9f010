<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DoseText</name>
    <message numerus="yes">
        <source>%n × %1 each side</source>
        <extracomment>sets × hold length, e.g. &quot;3 × 30 s each side&quot;</extracomment>
        <translation>
            <numerusform>%n × %1 each side</numerusform>
            <numerusform>%n × %1 each side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 · %n times</source>
        <translation>
            <numerusform>Hold %1 · once</numerusform>
            <numerusform>Hold %1 · %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times, slowly</source>
        <translation>
            <numerusform>Once, slowly</numerusform>
            <numerusform>%n times, slowly</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineText</name>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>once a day</numerusform>
            <numerusform>%n times a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days a week</source>
        <translation>
            <numerusform>%n day a week</numerusform>
            <numerusform>%n days a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercises</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::CornerPrompt</name>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>In %n minute</numerusform>
            <numerusform>In %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minutes</source>
        <translation>
            <numerusform>Remind me again in %n minute</numerusform>
            <numerusform>Remind me again in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::DesktopNotificationPresenter</name>
    <message numerus="yes">
        <source>In %n minutes</source>
        <translation>
            <numerusform>In %n minute</numerusform>
            <numerusform>In %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::HandoutBlocks</name>
    <message numerus="yes">
        <source>%n exercises</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::HandoutBuilder</name>
    <message numerus="yes">
        <source>%n times a day</source>
        <translation>
            <numerusform>once a day</numerusform>
            <numerusform>%n times a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days a week</source>
        <translation>
            <numerusform>%n day a week</numerusform>
            <numerusform>%n days a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::HistoryView</name>
    <message numerus="yes">
        <source>%n reminders</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::ImportRoutineDialog</name>
    <message numerus="yes">
        <source>A routine of %n exercises</source>
        <translation>
            <numerusform>A routine of %n exercise</numerusform>
            <numerusform>A routine of %n exercises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercises of its own: %1</source>
        <translation>
            <numerusform>%n exercise of its own: %1</numerusform>
            <numerusform>%n exercises of its own: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::MainWindow</name>
    <message numerus="yes">
        <source>%n problems were found in the exercise files</source>
        <translation>
            <numerusform>%n problem was found in the exercise files</numerusform>
            <numerusform>%n problems were found in the exercise files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the log).</source>
        <translation>
            <numerusform>…and %n more (see the log).</numerusform>
            <numerusform>…and %n more (see the log).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::OwnExerciseActions</name>
    <message numerus="yes">
        <source>Used by %n routine(s): %1. They keep its place and dose, shown as “not in the catalog” and left out of their sessions until the exercise is back.</source>
        <translation>
            <numerusform>Used by %n routine: %1. They keep its place and dose, shown as “not in the catalog” and left out of their sessions until the exercise is back.</numerusform>
            <numerusform>Used by %n routines: %1. They keep its place and dose, shown as “not in the catalog” and left out of their sessions until the exercise is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is deleted. %n routine(s) now show it as missing: %2.</source>
        <translation>
            <numerusform>“%1” is deleted. %n routine now shows it as missing: %2.</numerusform>
            <numerusform>“%1” is deleted. %n routines now show it as missing: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message numerus="yes">
        <source>A routine holds at most %n exercises.</source>
        <translation>
            <numerusform>A routine holds at most %n exercise.</numerusform>
            <numerusform>A routine holds at most %n exercises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercises · about %1</source>
        <translation>
            <numerusform>%n exercise · about %1</numerusform>
            <numerusform>%n exercises · about %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::SessionView</name>
    <message numerus="yes">
        <source>seconds</source>
        <comment>unit under the countdown</comment>
        <translation>
            <numerusform>second</numerusform>
            <numerusform>seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::StretchTray</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::SummaryView</name>
    <message numerus="yes">
        <source>You did %n exercises in %1.</source>
        <extracomment>e.g. &quot;You did 2 exercises in 6 min.&quot;</extracomment>
        <translation>
            <numerusform>You did %n exercise in %1.</numerusform>
            <numerusform>You did %n exercises in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::TrayCompanion</name>
    <message numerus="yes">
        <source>%n more file problem(s): open Limber to see them all.</source>
        <translation>
            <numerusform>One more file problem: open Limber to see them all.</numerusform>
            <numerusform>%n more file problems: open Limber to see them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::VoiceLines</name>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Hold for %n second.</numerusform>
            <numerusform>Hold for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::WeeklyGoalView</name>
    <message numerus="yes">
        <source>Weekly goal reached: %n sessions this week</source>
        <extracomment>the weekly goal is reached; %n is the number of sessions done this week</extracomment>
        <translation>
            <numerusform>Weekly goal reached: %n session this week</numerusform>
            <numerusform>Weekly goal reached: %n sessions this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions this week</source>
        <extracomment>%1 sessions done so far this week, of a goal of %n (&quot;3 of 5 sessions this week&quot;)</extracomment>
        <translation>
            <numerusform>%1 of %n session this week</numerusform>
            <numerusform>%1 of %n sessions this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::WorkraveImportDialog</name>
    <message numerus="yes">
        <source>%n exercise(s) will be added to %1.</source>
        <translation>
            <numerusform>%n exercise will be added to %1.</numerusform>
            <numerusform>%n exercises will be added to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
