#pragma once

#include "domain/accountrecord.h"
#include "domain/coverage.h"
#include "domain/livingplansettings.h"

#include <QDate>
#include <QString>

#include <optional>

// An account's health as everything else reads it: the scorecard computed from its record, with
// the history's trend. Fix first, the QBR, the report, the rules and the portfolio all ask here.
namespace keyplan {

HealthInputs healthInputsOf(const AccountRecord &record);

struct AccountHealth
{
    HealthCard card;
    HealthTrend trend;

    std::optional<double> score() const { return card.score(); }
};

AccountHealth accountHealth(const AccountRecord &record, const LivingPlanSettings &settings,
    const CoverageSettings &coverage, const QDate &today);

// "6.4": one decimal, in the user's locale; "–" for no data.
QString formatHealth(std::optional<double> score);
// "▲ 0.8", "▼ 1.2", "▬" (within a tenth); empty without a score to compare with.
QString formatHealthTrend(std::optional<int> tenthsGained);

} // namespace keyplan
