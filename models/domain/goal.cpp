#include "domain/goal.h"

#include "domain/enumtable.h"

namespace keyplan {
namespace {

constexpr std::array<detail::EnumEntry<GoalStatus>, 4> statusEntries {{
    {GoalStatus::OnTrack, "on_track", QT_TRANSLATE_NOOP("GoalStatus", "On track")},
    {GoalStatus::AtRisk, "at_risk", QT_TRANSLATE_NOOP("GoalStatus", "At risk")},
    {GoalStatus::Achieved, "achieved", QT_TRANSLATE_NOOP("GoalStatus", "Achieved")},
    {GoalStatus::Dropped, "dropped", QT_TRANSLATE_NOOP("GoalStatus", "Dropped")},
}};

constexpr std::array<detail::EnumEntry<ValuePeriod>, 5> periodEntries {{
    {ValuePeriod::Once, "once", QT_TRANSLATE_NOOP("ValuePeriod", "Once (a one-off)")},
    {ValuePeriod::Week, "week", QT_TRANSLATE_NOOP("ValuePeriod", "Every week")},
    {ValuePeriod::Month, "month", QT_TRANSLATE_NOOP("ValuePeriod", "Every month")},
    {ValuePeriod::Quarter, "quarter", QT_TRANSLATE_NOOP("ValuePeriod", "Every quarter")},
    {ValuePeriod::Year, "year", QT_TRANSLATE_NOOP("ValuePeriod", "Every year")},
}};

} // namespace

QString keyOf(GoalStatus status)
{
    return detail::keyIn(statusEntries, status);
}

QString displayName(GoalStatus status)
{
    return detail::nameIn("GoalStatus", statusEntries, status);
}

std::optional<GoalStatus> goalStatusFromKey(const QString &key)
{
    return detail::fromKey(statusEntries, key);
}

QString keyOf(ValuePeriod period)
{
    return detail::keyIn(periodEntries, period);
}

QString displayName(ValuePeriod period)
{
    return detail::nameIn("ValuePeriod", periodEntries, period);
}

std::optional<ValuePeriod> valuePeriodFromKey(const QString &key)
{
    return detail::fromKey(periodEntries, key);
}

int timesAYear(ValuePeriod period)
{
    switch (period) {
    case ValuePeriod::Week:
        return 52;
    case ValuePeriod::Month:
        return 12;
    case ValuePeriod::Quarter:
        return 4;
    case ValuePeriod::Once:
    case ValuePeriod::Year:
        break;
    }
    return 1;
}

bool Goal::isOverdue(const QDate &today) const
{
    return dueOn.isValid() && dueOn < today && (status == GoalStatus::OnTrack || status == GoalStatus::AtRisk);
}

std::optional<double> goalProgressScore(const QList<Goal> &goals, const QDate &today)
{
    double sum = 0;
    int counted = 0;
    for (const Goal &goal : goals) {
        switch (goal.status) {
        case GoalStatus::Dropped:
            continue;
        case GoalStatus::Achieved:
            sum += 10;
            break;
        case GoalStatus::OnTrack:
            sum += goal.isOverdue(today) ? 5 : 8;
            break;
        case GoalStatus::AtRisk:
            sum += goal.isOverdue(today) ? 2 : 3;
            break;
        }
        ++counted;
    }
    if (counted == 0)
        return std::nullopt;
    return sum / counted;
}

} // namespace keyplan
