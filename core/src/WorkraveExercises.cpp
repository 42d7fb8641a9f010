#include "limber/WorkraveExercises.h"

#include "limber/Picture.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// "de_DE", "de-de", "DE": the same language, spelt differently.
QString normalisedTag(const QString& tag)
{
    return tag.trimmed().toLower().replace(u'-', u'_');
}

QString primaryLanguage(const QString& tag)
{
    return tag.section(u'_', 0, 0);
}

// A text that exists in several languages: picks the best for `language`.
class LocalisedText final {
public:
    void add(const QString& tag, const QString& text)
    {
        const QString normalised = normalisedTag(tag);
        if (!m_texts.contains(normalised))
            m_texts.insert(normalised, text);
    }

    bool isEmpty() const { return m_texts.isEmpty(); }
    QString untagged() const { return m_texts.value(QString()); }

    // The exact language ("de_de"), then the same language in any region
    // ("de", "de_at"), then the untagged text.
    QString best(const QString& language) const
    {
        const QString wanted = normalisedTag(language);
        if (!wanted.isEmpty()) {
            if (m_texts.contains(wanted))
                return m_texts.value(wanted);
            const QString primary = primaryLanguage(wanted);
            if (m_texts.contains(primary))
                return m_texts.value(primary);
            for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
                if (!it.key().isEmpty() && primaryLanguage(it.key()) == primary)
                    return it.value();
            }
        }
        if (!untagged().isEmpty())
            return untagged();
        // Only tagged texts, none in this language: English, else the first.
        for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
            if (primaryLanguage(it.key()) == "en"_L1)
                return it.value();
        }
        return m_texts.isEmpty() ? QString() : m_texts.first();
    }

private:
    QMap<QString, QString> m_texts; // ordered, so "any region" picks the same one every time
};

// Workrave writes whole seconds; anything else is a broken file, not a rounding matter.
std::optional<int> seconds(const QStringView text, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1 || value > max)
        return std::nullopt;
    return value;
}

// Collapses the indentation Workrave's file has inside its texts.
QString tidy(const QString& text)
{
    return text.simplified();
}

class Reader final {
public:
    Reader(const QByteArray& xml, const QString& language)
        : m_xml(xml)
        , m_language(language)
    {
    }

    // Empty on success, otherwise the problem (without the file name).
    QString run(QList<WorkraveExercise>& exercises)
    {
        if (!m_xml.readNextStartElement())
            return xmlProblem(u"is not an XML file"_s);
        if (m_xml.name() != "exercises"_L1)
            return u"is not a Workrave exercises file: the top element is <"_s + m_xml.name().toString()
                + u">, not <exercises>"_s;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != "exercise"_L1) {
                m_xml.skipCurrentElement();
                continue;
            }
            if (exercises.size() >= WorkraveReader::MaxExercises)
                return u"has more than "_s + QString::number(WorkraveReader::MaxExercises) + u" exercises"_s;
            WorkraveExercise exercise;
            if (QString problem = readExercise(exercise, static_cast<int>(exercises.size()) + 1); !problem.isEmpty())
                return problem;
            exercises.append(exercise);
        }
        if (m_xml.hasError())
            return xmlProblem(u"is not valid XML"_s);
        if (exercises.isEmpty())
            return u"has no <exercise> in it"_s;
        return QString();
    }

private:
    QString xmlProblem(const QString& what) const
    {
        if (!m_xml.hasError())
            return what;
        return what + u" (line "_s + QString::number(m_xml.lineNumber()) + u", column "_s
            + QString::number(m_xml.columnNumber()) + u": "_s + m_xml.errorString() + u')';
    }

    QString readExercise(WorkraveExercise& exercise, int number)
    {
        const QString where = u"exercise "_s + QString::number(number);
        LocalisedText title;
        LocalisedText description;
        bool hasSequence = false;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == "title"_L1 || name == "description"_L1) {
                const QString tag = m_xml.attributes().value("xml:lang"_L1).toString();
                const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.size() > WorkraveReader::MaxTextLength)
                    return where + u": a text is longer than "_s + QString::number(WorkraveReader::MaxTextLength)
                        + u" characters"_s;
                (name == "title"_L1 ? title : description).add(tag, tidy(text));
            } else if (name == "sequence"_L1) {
                if (hasSequence)
                    return where + u" has more than one <sequence>"_s;
                hasSequence = true;
                if (QString problem = readSequence(exercise, where); !problem.isEmpty())
                    return problem;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            return xmlProblem(u"is not valid XML"_s);
        if (title.isEmpty() || title.best(m_language).isEmpty())
            return where + u" has no <title>"_s;
        // Ids come from this one, so the same file gives the same ids in every language.
        exercise.title = title.best(QString());
        exercise.shownTitle = title.best(m_language);
        exercise.description = description.best(m_language);
        const QString named = where + u" (\""_s + exercise.title.left(40) + u"\")"_s;
        if (!hasSequence)
            return named + u" has no <sequence> of images"_s;
        if (exercise.images.isEmpty())
            return named + u": its <sequence> has no <image>"_s;
        return QString();
    }

    QString readSequence(WorkraveExercise& exercise, const QString& where)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        std::optional<int> total;
        if (attributes.hasAttribute("duration"_L1)) {
            total = seconds(attributes.value("duration"_L1), WorkraveReader::MaxSequenceSeconds);
            if (!total)
                return where + u": the sequence duration \""_s + attributes.value("duration"_L1).left(20).toString()
                    + u"\" is not a whole number of seconds from 1 to "_s
                    + QString::number(WorkraveReader::MaxSequenceSeconds);
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != "image"_L1) {
                m_xml.skipCurrentElement();
                continue;
            }
            if (exercise.images.size() >= WorkraveReader::MaxImages)
                return where + u": its sequence has more than "_s + QString::number(WorkraveReader::MaxImages)
                    + u" images"_s;
            const QXmlStreamAttributes image = m_xml.attributes();
            const QString source = image.value("src"_L1).toString();
            if (const QString problem = picturePath::problemWithName(source); !problem.isEmpty())
                return where + u": image \""_s + source.left(60) + u"\" "_s + problem;
            const std::optional<int> duration = seconds(image.value("duration"_L1), WorkraveReader::MaxImageSeconds);
            if (!duration)
                return where + u": image \""_s + source.left(60) + u"\" has the duration \""_s
                    + image.value("duration"_L1).left(20).toString()
                    + u"\"; it must be a whole number of seconds from 1 to "_s
                    + QString::number(WorkraveReader::MaxImageSeconds);
            const QStringView mirror = image.value("mirrorx"_L1);
            exercise.images.append({source, *duration * 1000, mirror == "yes"_L1 || mirror == "true"_L1});
            m_xml.skipCurrentElement();
        }
        if (m_xml.hasError())
            return QString(); // reported by the caller with the line
        // Without a duration Workrave shows the images once.
        qint64 once = 0;
        for (const WorkraveImage& image : exercise.images)
            once += image.durationMs;
        exercise.sequenceMs = total
            ? *total * 1000
            : static_cast<int>(std::min<qint64>(once, WorkraveReader::MaxSequenceSeconds * 1000));
        return QString();
    }

    QXmlStreamReader m_xml;
    QString m_language;
};

} // namespace

WorkraveReadResult WorkraveReader::parse(const QByteArray& xml, const QString& fileName, const QString& language)
{
    WorkraveReadResult result;
    if (xml.size() > MaxFileBytes) {
        result.error = fileName + u": is larger than "_s + QString::number(MaxFileBytes / (1024 * 1024)) + u" MiB"_s;
        return result;
    }
    if (xml.trimmed().isEmpty()) {
        result.error = fileName + u": is empty"_s;
        return result;
    }
    // Exercises of a file that is refused are never half handed back.
    QList<WorkraveExercise> exercises;
    const QString problem = Reader(xml, language).run(exercises);
    if (!problem.isEmpty()) {
        result.error = fileName + u": "_s + problem;
        return result;
    }
    result.exercises = exercises;
    return result;
}

WorkraveReadResult WorkraveReader::readFile(const QString& path, const QString& language)
{
    WorkraveReadResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = path + u": file not found"_s;
        return result;
    }
    if (!info.isFile()) {
        result.error = path + u": is not a file"_s;
        return result;
    }
    if (info.size() > MaxFileBytes) {
        result.error = path + u": is larger than "_s + QString::number(MaxFileBytes / (1024 * 1024)) + u" MiB"_s;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = path + u": cannot open: "_s + file.errorString();
        return result;
    }
    return parse(file.read(MaxFileBytes + 1), path, language);
}

} // namespace limber
