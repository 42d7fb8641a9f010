#pragma once

#include "print/HandoutLayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace limber {

struct Handout;

// A handout on paper: the same layout and painting for a PDF (QPdfWriter) and
// a printer (QPrinter), page after page.
class HandoutDocument final {
    Q_DECLARE_TR_FUNCTIONS(limber::HandoutDocument)

public:
    // A4, or Letter where the system's locale measures in US units.
    static QPageSize defaultPageSize();
    // "a4" or "letter" (any case); nothing for anything else.
    static std::optional<QPageSize> pageSizeNamed(const QString& name);
    // Portrait, with margins any office printer can reach.
    static QPageLayout pageLayout(const QPageSize& size);

    // The pages as they would be painted on `device`.
    static QList<HandoutPage> layout(const Handout& handout, const QPagedPaintDevice& device);
    // Paints every page on `device`, which is set up (page size, margins) and
    // not yet painted on. The number of pages, or 0 when painting could not start.
    static int paint(const Handout& handout, QPagedPaintDevice& device);

    // The whole PDF, in memory.
    static QByteArray pdf(const Handout& handout, const QPageSize& size);
    // Writes the PDF to `path`, replacing it only once everything is written,
    // so a failure (no such folder, no permission, a full disk) leaves what
    // was there. Empty on success, else a message that names the file.
    static QString writePdf(const Handout& handout, const QString& path, const QPageSize& size);
};

} // namespace limber
