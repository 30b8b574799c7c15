#pragma once

#include "io/portfolioreport.h"
#include "item/qbrcontent.h"

#include <QLocale>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

// QBR summaries and the portfolio summary on paper, as PDF and (QBRs) as an OpenDocument text
// for editing in an office suite. One render path: the same QTextDocument is painted on a printer,
// on a print preview and into a PDF, and written as ODT with its figures as pictures.
namespace keyplan {

// Portrait A4 or Letter by the locale, with 16 mm margins.
QPageLayout defaultQbrPageLayout(const QLocale &locale = QLocale());
// Landscape, for the portfolio summary's wide table.
QPageLayout defaultSummaryPageLayout(const QLocale &locale = QLocale());

// Paints the summary on `device` (a QPrinter or QPdfWriter with its page layout set).
bool paintQbr(QPagedPaintDevice *device, const QbrData &data, QbrEdition edition, QString *error = nullptr);
bool paintPortfolioSummary(QPagedPaintDevice *device, const PortfolioReport &report, const QDate &printedOn,
    QString *error = nullptr);

// Writes OUT.pdf or OUT.odt by the suffix; the file is replaced atomically and only when all of it
// was written. False, with the reason, otherwise (nothing is left behind).
bool exportQbr(const QbrData &data, QbrEdition edition, const QString &path, const QPageLayout &layout,
    QString *error = nullptr);
bool exportPortfolioSummary(const PortfolioReport &report, const QDate &printedOn, const QString &path,
    const QPageLayout &layout, QString *error = nullptr);

// A file name for the account's summary that every file system takes: "Fenwick & Hale - QBR.pdf",
// "Fenwick & Hale - QBR (internal).pdf".
QString qbrFileName(const QString &accountName, const QString &suffix, QbrEdition edition = QbrEdition::Customer);

} // namespace keyplan
