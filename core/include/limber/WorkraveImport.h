#pragma once

#include "limber/Catalog.h"
#include "limber/WorkraveExercises.h"

#include <QList>
#include <QString>

namespace limber {

// Turns Workrave's exercises into the user's own Limber exercises: one
// catalog file (workrave.json) in the user's catalog folder, its images
// copied into a folder next to it.
//
// Importing is two steps so a dialog can show what will come in before
// anything is written: prepare() reads and checks everything (the file, every
// image); commit() writes. A refused file or a failed write leaves whatever
// was saved before as it was.
//
// Workrave's timeline maps onto a Limber hold: Workrave shows the images one
// after the other for their durations and repeats them until the sequence's
// duration is reached, which is one continuous guided stretch of a fixed
// length. So each exercise becomes a "hold" of one set lasting the sequence
// duration, with max_hold_s at the same value (the hold-length setting may
// shorten it but never stretches it beyond what Workrave intended), and a
// picture whose frames carry the image durations and loop during the hold.
class WorkraveImport final {
public:
    static inline const QString CatalogFileName = QStringLiteral("workrave.json");
    static inline const QString ImagesFolderName = QStringLiteral("workrave-images");
    static inline const QString IdPrefix = QStringLiteral("workrave-");

    // Words Workrave's file does not have; the app passes them translated.
    struct Texts {
        QString position; // "Sitting or standing at your desk."
        QString step;     // used when an exercise has no description
        QString note;     // e.g. "From Workrave's exercises."
    };

    struct Image {
        QString source; // absolute path of the image to copy
        QString target; // file name inside ImagesFolderName
    };

    struct Prepared {
        QString sourceFile;
        QList<Exercise> exercises; // ready to write; picture frames point into ImagesFolderName
        QList<Image> images;       // each source once
        QString error;             // one message naming the file and the problem; empty when ready
        bool ok() const { return error.isEmpty(); }
    };

    // `regionId` must be a region of `catalog` (its name becomes the
    // exercises' target); `checker` judges the images (the app's decodes
    // them). Ids are "workrave-" + the untagged title in kebab-case, made
    // unique within the file, so the same file always gives the same ids and
    // an import replaces the one before.
    static Prepared prepare(const QString& xmlPath, const Catalog& catalog, const QString& regionId,
                            const QString& language, const Texts& texts, const PictureChecker* checker);

    // Copies the images and writes `catalogFolder`/workrave.json, replacing an
    // earlier import as a whole. Empty on success, otherwise the message
    // (naming the file); on failure the folder is as it was.
    static QString commit(const Prepared& prepared, const QString& catalogFolder);

    // "Arm rotation" -> "arm-rotation" (ASCII letters and digits only).
    static QString idFromTitle(const QString& title);
};

} // namespace limber
