#pragma once

#include "domain/money.h"

#include "domain/retention.h"

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

namespace keyplan {

// What the portfolio header and `report` show, computed from plain per-account values.
struct AccountRevenue
{
    QString segment; // stable keys, for the breakdowns
    QString tier;
    bool isKey = true;
    MinorUnits arr = 0;
    MinorUnits startRevenue = 0; // recurring revenue at the start of the period (0: not in the cohort)
    MinorUnits endRevenue = 0; // at the end (0: churned or no figure)
};

struct PortfolioSummary
{
    int accounts = 0;
    int keyAccounts = 0;
    MinorUnits arr = 0;
    bool amountsAddUp = true; // false: the amounts were too large to add up, and nothing is shown
    std::optional<double> nrr;
    std::optional<double> grr;
    std::optional<double> top3Share;
    std::optional<double> top10Share;
};

PortfolioSummary summarize(const QList<AccountRevenue> &accounts);

// NRR and GRR per segment and per tier (DOMAIN.md: never only blended), keyed by the stable keys.
struct RetentionBreakdown
{
    QMap<QString, Retention> bySegment;
    QMap<QString, Retention> byTier;
};

RetentionBreakdown breakdown(const QList<AccountRevenue> &accounts);

} // namespace keyplan
