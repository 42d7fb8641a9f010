#include "text/StepList.h"

namespace limber {

QString stepListHtml(const QStringList& steps, int rowGapPx)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"%1\">").arg(rowGapPx);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        html += QStringLiteral("<tr><td align=\"right\" style=\"padding-right:6px;\">%1.</td><td>%2</td></tr>")
                    .arg(i + 1)
                    .arg(steps[i].toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace limber
