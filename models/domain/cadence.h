#pragma once

#include "domain/accountenums.h"

#include <array>

// How often an account of each tier is to be seen (DOMAIN.md, "Health and signals": strategic
// accounts weekly touchpoints and monthly reviews, mid-tier monthly and quarterly, low-touch
// quarterly). The user sets them in Plan Settings; these are the defaults.
namespace keyplan {

struct TierCadence
{
    int touchpointDays = 30; // each key stakeholder contacted at least this often
    int reviewDays = 91; // a business review (QBR) at least this often

    bool operator==(const TierCadence &) const = default;
};

struct CadenceSettings
{
    // By Tier: strategic, growth, standard, at risk. An account in trouble is seen more, not less.
    std::array<TierCadence, 4> byTier {TierCadence {7, 30}, TierCadence {30, 91}, TierCadence {91, 182},
        TierCadence {14, 30}};

    const TierCadence &of(Tier tier) const { return byTier.at(std::size_t(tier)); }
    bool operator==(const CadenceSettings &) const = default;
};

} // namespace keyplan
