#include "limber/CatalogLoader.h"

#include "CatalogValidator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QString tooLargeMessage()
{
    return u"file is larger than "_s + QString::number(CatalogLoader::MaxFileBytes / (1024 * 1024)) + u" MiB"_s;
}

void addFileError(CatalogParseResult& result, const QString& fileName, const QString& message)
{
    result.issues.append(CatalogIssue {CatalogIssue::Severity::Error, fileName, QString(), message});
}

// Qt reports a byte offset; people look for lines, so give both.
QString syntaxErrorMessage(const QByteArray& json, const QJsonParseError& parseError)
{
    const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, json.size());
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return u"invalid JSON at line %1, column %2 (byte %3): %4"_s.arg(line)
        .arg(offset - lineStart + 1)
        .arg(offset)
        .arg(parseError.errorString());
}

} // namespace

bool CatalogParseResult::ok() const
{
    return std::none_of(issues.cbegin(), issues.cend(),
                        [](const CatalogIssue& issue) { return issue.severity == CatalogIssue::Severity::Error; });
}

CatalogParseResult CatalogLoader::parse(const QByteArray& json, const QString& fileName, const Catalog* known,
                                        const Pictures& pictures)
{
    CatalogParseResult result;
    if (json.size() > MaxFileBytes) {
        addFileError(result, fileName, tooLargeMessage());
        return result;
    }
    if (json.trimmed().isEmpty()) {
        addFileError(result, fileName, u"file is empty"_s);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        addFileError(result, fileName, syntaxErrorMessage(json, parseError));
        return result;
    }
    if (!document.isObject()) {
        addFileError(result, fileName,
                     u"expected an object at the top level, got "_s
                         + (document.isArray() ? u"an array"_s : u"a single value"_s));
        return result;
    }
    validateCatalog(document.object(), fileName, known, pictures, result);
    return result;
}

CatalogParseResult CatalogLoader::loadFile(const QString& path, const Catalog* known, const PictureChecker* checker)
{
    CatalogParseResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        addFileError(result, path, u"file not found"_s);
        return result;
    }
    if (info.isDir()) {
        addFileError(result, path, u"is a folder, not a file"_s);
        return result;
    }
    // Checked before reading so a huge file never lands in memory.
    if (info.size() > MaxFileBytes) {
        addFileError(result, path, tooLargeMessage());
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addFileError(result, path, u"cannot open file: "_s + file.errorString());
        return result;
    }
    // One byte past the limit: a file that grew since the size check, or a
    // device that reports no size, is still refused by parse().
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        addFileError(result, path, u"cannot read file: "_s + file.errorString());
        return result;
    }
    return parse(data, path, known, Pictures {info.absolutePath(), checker});
}

} // namespace limber
