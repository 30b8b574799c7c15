#pragma once

#include "io/portfolioreport.h"

#include <QDate>
#include <QStringList>

class QTextDocument;

namespace keyplan {

// The one-page summary of every key account: stage, ARR, NRR, coverage, open whitespace,
// weighted pipeline, renewal date and flags, from the same figures as `keyplan report --json`.
void writePortfolioSummary(QTextDocument *document, const PortfolioReport &report, const QDate &printedOn);

} // namespace keyplan
