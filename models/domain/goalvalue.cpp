#include "domain/goalvalue.h"

#include <cmath>

namespace keyplan {

std::optional<GoalValue> goalValue(const Goal &goal, const QList<ValueOutcome> &outcomes)
{
    if (!goal.unitValue || !goal.target)
        return std::nullopt;
    const ValueOutcome *first = nullptr;
    const ValueOutcome *latest = nullptr;
    for (const ValueOutcome &outcome : outcomes) {
        if (outcome.goalId != goal.id)
            continue;
        const auto earlier = [](const ValueOutcome &a, const ValueOutcome &b) {
            return a.achievedOn < b.achievedOn || (a.achievedOn == b.achievedOn && a.id < b.id);
        };
        if (!first || earlier(outcome, *first))
            first = &outcome;
        if (!latest || earlier(*latest, outcome))
            latest = &outcome;
    }
    if (!latest)
        return std::nullopt;
    GoalValue value;
    value.start = goal.baseline.value_or(first->before);
    value.now = latest->after;
    if (*goal.target == value.start)
        return std::nullopt; // no direction to call better
    const double towards = *goal.target > value.start ? value.now - value.start : value.start - value.now;
    value.improvement = std::isfinite(towards) && towards > 0 ? towards : 0;
    value.recurring = goal.valuePer != ValuePeriod::Once;
    const std::optional<MinorUnits> amount = valueOfImprovement(value.improvement, *goal.unitValue, goal.valuePer);
    if (!amount)
        return std::nullopt;
    value.value = *amount;
    return value;
}

std::optional<MinorUnits> valueOfImprovement(double improvement, MinorUnits unitValue, ValuePeriod per)
{
    const double amount = std::round(improvement * double(unitValue) * timesAYear(per));
    if (!std::isfinite(amount) || std::abs(amount) > double(maxMoney))
        return std::nullopt;
    return MinorUnits(amount);
}

ValueReturn valueReturn(const QList<Goal> &goals, const QList<ValueOutcome> &outcomes, MinorUnits arr)
{
    ValueReturn result;
    MoneySum perYear;
    MoneySum oneOff;
    for (const Goal &goal : goals) {
        if (goal.status == GoalStatus::Dropped)
            continue;
        const std::optional<GoalValue> value = goalValue(goal, outcomes);
        if (!value)
            continue;
        ++result.goalsValued;
        (value->recurring ? perYear : oneOff) += value->value;
    }
    // Each value is within ±maxMoney; a handful of goals cannot overflow, but say so if they did.
    result.perYear = perYear.isValid() ? perYear.value() : 0;
    result.oneOff = oneOff.isValid() ? oneOff.value() : 0;
    if (arr > 0 && result.perYear > 0)
        result.timesWhatTheyPay = double(result.perYear) / double(arr);
    return result;
}

} // namespace keyplan
