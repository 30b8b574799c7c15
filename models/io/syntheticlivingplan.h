#pragma once

#include <QDate>

namespace keyplan {

struct PortfolioData;

// Adds a deterministic living plan to a synthetic portfolio's key accounts, for the benchmarks: a
// stakeholder map with meetings where the account has none, two or three goals in every status, the scorecard's measures entered by hand, a usage metric
// with thresholds (some falling), and a year of monthly health history whose weights changed
// once, six months ago. Plays are left to the rules.
void addSyntheticLivingPlan(PortfolioData &data, const QDate &asOf, quint32 seed);

} // namespace keyplan
