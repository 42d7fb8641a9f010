#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace limber {

// One image of a Workrave exercise's sequence.
struct WorkraveImage {
    QString source;      // the src attribute: relative to the exercises.xml's folder
    int durationMs = 0;  // how long it is shown
    bool mirror = false; // mirrorx="yes"
};

// One <exercise> of Workrave's exercises.xml, texts already in the chosen language.
struct WorkraveExercise {
    QString title;       // the untagged (English) title, whatever language was chosen: ids derive from it
    QString shownTitle;  // in the chosen language when the file has it
    QString description; // in the chosen language when the file has it, else the untagged one
    QList<WorkraveImage> images;
    // Workrave repeats the images until the sequence's duration is reached.
    int sequenceMs = 0;
};

struct WorkraveReadResult {
    QList<WorkraveExercise> exercises;
    QString error; // "file: problem"; empty when the file was read
    bool ok() const { return error.isEmpty(); }
};

// Reads Workrave's exercises.xml:
//   <exercises><exercise>
//     <title>..</title> <title xml:lang="de">..</title> <description>..</description>
//     <sequence duration="30"> <image src="a.png" duration="3" mirrorx="yes"/> … </sequence>
//   </exercise>…</exercises>
// A file is read whole or refused with one message: an importer must never
// bring in half a file. Unknown elements and attributes are skipped, as
// Workrave itself does.
class WorkraveReader final {
public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int MaxExercises = 100;
    static constexpr int MaxImages = 20; // per sequence; a Limber picture has at most as many frames
    static constexpr int MaxImageSeconds = 60;
    static constexpr int MaxSequenceSeconds = 600; // Limber's longest hold
    static constexpr qsizetype MaxTextLength = 4000;

    // `language` is the interface language ("de", "de_DE", "pt-BR"); an
    // empty one takes the untagged texts.
    static WorkraveReadResult parse(const QByteArray& xml, const QString& fileName, const QString& language);
    static WorkraveReadResult readFile(const QString& path, const QString& language);
};

} // namespace limber
