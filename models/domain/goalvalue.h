#pragma once

#include "domain/goal.h"
#include "domain/money.h"
#include "domain/qbr.h"

#include <QList>

#include <optional>

// The value delivered against a customer's goal, in money where the goal says what a unit of its
// measure is worth to them (DOMAIN.md, "The customer's goals"): the improvement from where they
// started to where the latest result left them, towards the target, × the unit value × how often
// the measure recurs in a year.
namespace keyplan {

struct GoalValue
{
    double start = 0; // the goal's baseline, else the first linked result's "before"
    double now = 0; // the latest linked result's "after"
    double improvement = 0; // towards the target, in the goal's unit; 0 when not better than the start
    MinorUnits value = 0; // improvement × unit value × timesAYear(valuePer)
    bool recurring = true; // a value a year; false for a one-off (ValuePeriod::Once)
};

// An improvement in a goal's unit in money: × the unit value × how often it recurs in a year;
// nothing when the sum would leave the range of money.
std::optional<MinorUnits> valueOfImprovement(double improvement, MinorUnits unitValue, ValuePeriod per);

// Nothing when the goal has no unit value, no target to say which way is better, no linked result,
// or when the sum would leave the range of money.
std::optional<GoalValue> goalValue(const Goal &goal, const QList<ValueOutcome> &outcomes);

// The goals' values together: a year's worth of the recurring ones, the one-offs apart, and how
// many times over the year's worth repays what the customer pays us a year (their ARR, in the
// same currency as the goals' unit values: the account's).
struct ValueReturn
{
    MinorUnits perYear = 0;
    MinorUnits oneOff = 0;
    int goalsValued = 0;
    std::optional<double> timesWhatTheyPay; // perYear / ARR; nothing without ARR or a yearly value
};
ValueReturn valueReturn(const QList<Goal> &goals, const QList<ValueOutcome> &outcomes, MinorUnits arr);

} // namespace keyplan
