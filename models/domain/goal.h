#pragma once

#include "domain/account.h"
#include "domain/money.h"
#include "domain/stakeholder.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The customer's stated goals: their success plan (DOMAIN.md, "The customer's goals"). Value
// delivered, the QBR and every expansion case point back to one of them.
namespace keyplan {

using GoalId = qint64;

enum class GoalStatus { OnTrack, AtRisk, Achieved, Dropped };
inline constexpr GoalStatus allGoalStatuses[] {
    GoalStatus::OnTrack, GoalStatus::AtRisk, GoalStatus::Achieved, GoalStatus::Dropped};

QString keyOf(GoalStatus status);
QString displayName(GoalStatus status);
std::optional<GoalStatus> goalStatusFromKey(const QString &key);

// How often a goal's measure recurs, so that its value can be counted over a year: a saving of
// hours a week is worth its hours × 52 weeks, a one-off saving once.
enum class ValuePeriod { Once, Week, Month, Quarter, Year };
inline constexpr ValuePeriod allValuePeriods[] {
    ValuePeriod::Once, ValuePeriod::Week, ValuePeriod::Month, ValuePeriod::Quarter, ValuePeriod::Year};

QString keyOf(ValuePeriod period);
QString displayName(ValuePeriod period); // "Every week", "Once"
std::optional<ValuePeriod> valuePeriodFromKey(const QString &key);
// How many times in a year: 52, 12, 4, 1; a one-off counts once.
int timesAYear(ValuePeriod period);

struct Goal
{
    GoalId id = 0;
    AccountId accountId = 0;
    QString objective; // "Cut the time spent building rotas"
    QString measure; // how success is measured: "hours a week on rotas, from the scheduler's log"
    QString unit; // "hours a week"
    std::optional<double> baseline;
    std::optional<double> target;
    QDate dueOn;
    GoalStatus status = GoalStatus::OnTrack;
    std::optional<StakeholderId> customerOwnerId; // who on their side owns it
    std::optional<TeamMemberId> ownerId; // who on ours
    // What one unit of the measure is worth to the customer, in the account's currency ("an hour
    // of a manager's time costs them £32"), and how often the measure recurs. Without a unit
    // value the goal's results are told in its unit only.
    std::optional<MinorUnits> unitValue;
    ValuePeriod valuePer = ValuePeriod::Year;
    qint64 version = 1;

    // Still to be reached, and past its day.
    bool isOverdue(const QDate &today) const;

    bool operator==(const Goal &) const = default;
};

// The success plan as a health measure, 1–10: each goal still counted (every one but the dropped)
// scores achieved 10, on track 8 (5 once past its day), at risk 3 (2 once past its day); the
// measure is their mean. Nothing when no goal counts: the plan has no data, not a bad score.
std::optional<double> goalProgressScore(const QList<Goal> &goals, const QDate &today);

} // namespace keyplan
