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
