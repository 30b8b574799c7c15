#pragma once

#include "domain/money.h"

#include <optional>

// Net and gross revenue retention, exactly as DOMAIN.md defines them.
//
// The cohort is the accounts that had recurring revenue at the start of the period. NRR is their
// recurring revenue at the end (after churn, downgrades and expansion) over their revenue at the
// start. GRR is the same with each account's end revenue capped at its start revenue.
namespace keyplan {

class Retention
{
public:
    // Adds one account. An account with no revenue at the start is not part of the cohort and is
    // ignored; a churned account has end revenue 0.
    void add(MinorUnits startRevenue, MinorUnits endRevenue);

    MinorUnits startRevenue() const { return m_start.value(); }
    MinorUnits endRevenue() const { return m_end.value(); }
    MinorUnits endRevenueCapped() const { return m_endCapped.value(); }
    // False when the amounts were too large to add up: the ratios are then nothing.
    bool isValid() const { return m_start.isValid() && m_end.isValid() && m_endCapped.isValid(); }
    int cohortSize() const { return m_cohort; }

    // Fractions (1.06 for 106%); nothing when the cohort had no revenue at the start.
    std::optional<double> nrr() const;
    std::optional<double> grr() const;

private:
    MoneySum m_start;
    MoneySum m_end;
    MoneySum m_endCapped;
    int m_cohort = 0;
};

} // namespace keyplan
