#pragma once

#include "domain/money.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// Figures about the portfolio as a whole: focus and concentration (DOMAIN.md, "The portfolio").
namespace keyplan {

// Thresholds a user may change in settings; these are the defaults from DOMAIN.md.
struct PortfolioThresholds
{
    int maxKeyAccounts = 30; // above this, the program has no focus: warn
    double concentrationWarning = 0.30; // top-3 share at or above this is a concentration risk
};

// Share of the total held by the `n` largest amounts (0.42 for 42%); nothing when the total is 0.
std::optional<double> topShare(QList<MinorUnits> amounts, int n);

bool tooManyKeyAccounts(int keyAccounts, const PortfolioThresholds &thresholds = {});
bool isConcentrationRisk(std::optional<double> top3Share, const PortfolioThresholds &thresholds = {});

} // namespace keyplan

