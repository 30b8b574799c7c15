#pragma once

#include "domain/cadence.h"
#include "domain/healthscore.h"
#include "domain/playrules.h"

// The plan's own settings for a living plan (Plan Settings): how often each tier is seen, the
// health scorecard's weights, and which rules fire plays with which parameters.
namespace keyplan {

struct LivingPlanSettings
{
    CadenceSettings cadence;
    HealthSettings health;
    RuleSettings rules;

    bool operator==(const LivingPlanSettings &) const = default;
};

} // namespace keyplan
