#pragma once

#include "domain/coverage.h"

#include <QString>

namespace keyplan {

// One line on how well the account is covered: depth against the target band, single-threading,
// empty seats and how fresh the map is. Shown above the map and the table, and printed.
QString coverageSummary(const Coverage &coverage, const CoverageSettings &settings);
// The part of it on the map's upkeep: the share of the buying group whose relationship our company
// owns (percentages with `decimals`, to match the document it goes in) and how fresh the map is.
QString mapUpkeepSummary(const Coverage &coverage, int decimals);

} // namespace keyplan
