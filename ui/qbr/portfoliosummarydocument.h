#pragma once

#include "io/portfolioreport.h"

#include <QDate>
#include <QStringList>

class QTextDocument;

namespace keyplan {

// The one-page summary of every key account: stage, ARR, NRR, coverage, open whitespace,
// weighted pipeline, renewal date and flags, from the same figures as `keyplan report --json`.
void writePortfolioSummary(QTextDocument *document, const PortfolioReport &report, const QDate &printedOn);

// What needs attention on one account, worst first: "Fix first", "Single-threaded", "Renewal in
// 40 days", "Coverage below target", "2 empty seats", "Map stale".
QStringList accountFlags(
    const AccountReportLine &line, const QDate &today, const CoverageSettings &settings = {});

} // namespace keyplan
