#pragma once

#include <QList>
#include <QString>

namespace limber {

// One image of an exercise's picture, shown for a while before the next.
struct PictureFrame {
    QString image;       // as written in the catalog: relative to the catalog file's folder, '/'-separated
    int durationMs = 0;  // how long it stays before the next frame
    bool mirror = false; // drawn mirrored left to right

    bool operator==(const PictureFrame&) const = default;
};

// What a card and the session show for an exercise. Built-in exercises have
// none and keep their own pose animation; a user's exercise may borrow a pose
// figure from Limber's pose library or bring its own images.
//
// Only paths and numbers live here (core is QtCore only); the widgets in
// app/pictures/ decode and draw the images.
struct Picture {
    enum class Kind { None, Pose, Frames };

    // The frames loop for as long as a step lasts; nobody holds one image
    // for minutes, and Workrave's sequences are made to repeat.
    static constexpr int MaxFrames = 20;
    static constexpr int MaxFrameSeconds = 60;
    // Images are decoded for every card and session: a few MB and a 4096 px
    // side are far beyond what a card needs and keep a hostile file cheap.
    static constexpr qint64 MaxImageBytes = 4 * 1024 * 1024;
    static constexpr int MaxImageSide = 4096;

    Kind kind = Kind::None;
    QString pose;                 // Kind::Pose: an exercise id of the pose library ("cat-cow")
    QList<PictureFrame> frames;   // Kind::Frames: at least one
    bool mirrorOtherSide = false; // a per-side exercise shows its right side mirrored
    // Kind::Frames: the absolute folder the images are relative to (the
    // catalog file's folder). Not written to the file; set by the loader.
    QString folder;

    bool isNone() const { return kind == Kind::None; }
    bool hasFrames() const { return kind == Kind::Frames && !frames.isEmpty(); }
    // One round through every frame.
    qint64 cycleMs() const;
    // The frame shown `elapsedMs` into a step: frames follow each other by
    // their durations and start again after the last. -1 without frames.
    int frameIndexAt(qint64 elapsedMs) const;
    // Where frame `index`'s image is on disk.
    QString imagePath(int index) const;

    bool operator==(const Picture& other) const
    {
        return kind == other.kind && pose == other.pose && frames == other.frames
            && mirrorOtherSide == other.mirrorOtherSide;
    }
};

// What core cannot judge itself: whether a file really is an image of a
// sensible size (that needs QtGui's image readers) and which pose ids the
// pose library has. The app hands one in (app/pictures/PictureChecks);
// without one only what core can see is checked (path, type, file size).
class PictureChecker {
public:
    virtual ~PictureChecker() = default;
    // Empty when `path` is a PNG, JPEG or SVG image Limber can show;
    // otherwise what is wrong, in a few words ("is not a PNG image").
    virtual QString imageProblem(const QString& path) const = 0;
    virtual bool hasPose(const QString& poseId) const = 0;
};

// The checks on an image path that need no image decoder, shared by the
// catalog reader and the importers. Empty when fine, else the problem.
namespace picturePath {

// Relative, '/'-separated, without ".." and with a PNG, JPEG or SVG extension.
QString problemWithName(const QString& relativePath);
// The file exists inside `folder` (also after following links) and is not too large.
QString problemWithFile(const QString& folder, const QString& relativePath);

} // namespace picturePath

} // namespace limber
