#pragma once

#include "io/portfolioreport.h"
#include "item/qbrcontent.h"

#include <QLocale>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

// QBR summaries and the portfolio summary on paper and as PDF; QBRs also as an OpenDocument text
// for editing and as slides. Each QBR edition is one PrintDocument (item/qbrcontent.h): laid out
// in a QTextDocument painted on a printer, a preview or a PDF, or written as ODT or PPTX with its
// figures as SVG and PNG.
namespace keyplan {

// Portrait A4 or Letter by the locale, with 16 mm margins.
QPageLayout defaultQbrPageLayout(const QLocale &locale = QLocale());
// Landscape, for the portfolio summary's wide table.
QPageLayout defaultSummaryPageLayout(const QLocale &locale = QLocale());

// Paints the summary on `device` (a QPrinter or QPdfWriter with its page layout set).
bool paintQbr(QPagedPaintDevice *device, const QbrData &data, QbrEdition edition, QString *error = nullptr);
bool paintPortfolioSummary(QPagedPaintDevice *device, const PortfolioReport &report, const QDate &printedOn,
    QString *error = nullptr);

// Writes OUT.pdf, OUT.odt (an editable text) or OUT.pptx (16:9 slides) by the suffix; the file is replaced atomically and only when all of it
// was written. False, with the reason, otherwise (nothing is left behind).
bool exportQbr(const QbrData &data, QbrEdition edition, const QString &path, const QPageLayout &layout,
    QString *error = nullptr);
bool exportPortfolioSummary(const PortfolioReport &report, const QDate &printedOn, const QString &path,
    const QPageLayout &layout, QString *error = nullptr);

// A file name for the account's summary that every file system takes: "Fenwick & Hale - QBR.pdf",
// "Fenwick & Hale - QBR (internal).pdf".
QString qbrFileName(const QString &accountName, const QString &suffix, QbrEdition edition = QbrEdition::Customer);

} // namespace keyplan
