#pragma once

#include <QDate>

namespace keyplan {

struct PortfolioData;

// Adds the sample's whitespace and expansion pipeline (resources/sample/pipeline.json) to the
// sample portfolio: the catalogue of offerings and, per key account, its business units, its
// whitespace matrix, its opportunities (champions matched by name in the account's map) and its
// health marks. Dates count back (or forward) from `asOf`.
void addSamplePipeline(PortfolioData &data, const QDate &asOf);

} // namespace keyplan
