#pragma once

#include "io/portfoliodata.h"

#include <QDate>

namespace keyplan {

// A deterministic portfolio of `accounts` accounts for benchmarks: the same count and date give
// the same plan, byte for byte. Proportions follow the sample: about one in eight accounts key,
// 24 months of revenue with expansion, downgrades and churn, one to four stage changes each.
PortfolioData syntheticPortfolio(int accounts, const QDate &asOf);

} // namespace keyplan
