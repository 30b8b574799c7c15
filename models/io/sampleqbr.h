#pragma once

#include <QDate>

namespace keyplan {

struct PortfolioData;

// Adds the sample's quarterly business reviews (resources/sample/qbr.json) to the sample
// portfolio, after its maps and pipeline: per key account the value delivered, risks with their
// remediation, next steps, and the last QBR held, whose snapshot is the account as it was that
// day (people who joined since taken off, relationships and opportunities as they were), so the
// next summary has something to say under "what changed". Dates count back from `asOf`.
void addSampleQbrs(PortfolioData &data, const QDate &asOf);

} // namespace keyplan
