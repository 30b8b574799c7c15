#pragma once

#include <QDate>

namespace keyplan {

struct PortfolioData;

// Adds the sample's living plan (resources/sample/livingplan.json) to the sample portfolio: goals for
// every key account, the scorecard's measures entered by hand, a usage metric each, a year of
// monthly health history that follows the accounts' recorded judgements (with one change of
// weights), and plays in every state. The rules open the rest when the plan is evaluated.
void addSampleLivingPlan(PortfolioData &data, const QDate &asOf);

} // namespace keyplan
