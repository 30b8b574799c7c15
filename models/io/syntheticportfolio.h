#pragma once

#include "io/portfoliodata.h"

#include <QDate>

namespace keyplan {

// A deterministic portfolio of `accounts` accounts for benchmarks: the same count and date give
// the same plan, byte for byte. Proportions follow the sample: about one in eight accounts key,
// 24 months of revenue with expansion, downgrades and churn, one to four stage changes each, and
// a whitespace matrix per key account with opportunities on every account (syntheticpipeline.h).
PortfolioData syntheticPortfolio(int accounts, const QDate &asOf);

} // namespace keyplan

namespace keyplan {

// A deterministic stakeholder map of `people` people for one account, for layout tests and
// benchmarks: an org tree with realistic fan-out (a few people whose manager is not on the map),
// dotted-line and influence links, and touchpoints over the last half year. Ids start at
// `firstId`, so the map can be inserted as it is (StakeholderStore::insertMap).
AccountRecord syntheticStakeholderMap(int people, const QDate &asOf, qint64 firstId, quint32 seed = 1);

} // namespace keyplan
