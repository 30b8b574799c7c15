#pragma once

#include "domain/account.h"
#include "domain/money.h"
#include "domain/opportunity.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// An account's ARR as a timeline of dated changes (DOMAIN.md, "Revenue: ARR as dated changes").
// Each change records the ARR from its day on; ARR on any day is the value of the last change on
// or before it, so a month without a change carries the value forward, and churn is an explicit
// change to zero.
namespace keyplan {

using ArrChangeId = qint64;

// What the user said the change was. Expansion carries its motion; `Expansion` alone is growth
// whose motion was never recorded (history converted from monthly figures).
enum class ArrChangeKind {
    New,
    Upsell,
    CrossSell,
    SeatGrowth,
    UsageGrowth,
    PriceIncrease,
    Expansion,
    Contraction,
    Churn,
    Reactivation,
};

inline constexpr ArrChangeKind allArrChangeKinds[] = {ArrChangeKind::New, ArrChangeKind::Upsell,
    ArrChangeKind::CrossSell, ArrChangeKind::SeatGrowth, ArrChangeKind::UsageGrowth,
    ArrChangeKind::PriceIncrease, ArrChangeKind::Expansion, ArrChangeKind::Contraction, ArrChangeKind::Churn,
    ArrChangeKind::Reactivation};

QString keyOf(ArrChangeKind kind);
QString displayName(ArrChangeKind kind);
std::optional<ArrChangeKind> arrChangeKindFromKey(const QString &key);

bool isExpansion(ArrChangeKind kind); // any motion, or expansion without one
// The kind that records a won opportunity of this motion.
ArrChangeKind kindFor(ExpansionMotion motion);
// The motion of an expansion kind; nothing for `Expansion` (not recorded) and the other kinds.
std::optional<ExpansionMotion> motionOf(ArrChangeKind kind);

struct ArrChange
{
    ArrChangeId id = 0;
    AccountId accountId = 0;
    QDate on; // effective from this day
    ArrChangeKind kind = ArrChangeKind::New;
    MinorUnits arr = 0; // the account's ARR from this day on, in the account's currency
    QString note;
    std::optional<OpportunityId> opportunityId; // the won opportunity that caused it
    qint64 version = 1;

    bool operator==(const ArrChange &) const = default;
};

// Oldest first; changes on the same day in the order they were recorded (by id).
void sortTimeline(QList<ArrChange> &timeline);

// ARR at the end of `day`: the last change on or before it; 0 before the first change.
// `timeline` must be sorted (sortTimeline).
MinorUnits arrOn(const QList<ArrChange> &timeline, const QDate &day);
// ARR at the start of `day`, before any change dated that day.
MinorUnits arrBefore(const QList<ArrChange> &timeline, const QDate &day);

// What a change from `before` to `after` is, counted by its effect (the bridge's rule): from zero
// it is new business, or reactivation when the account had ARR before; to zero it is churn; up is
// expansion (with `recorded`'s motion when it names one); down is contraction. Nothing when the
// value does not move.
std::optional<ArrChangeKind> effectiveKind(
    MinorUnits before, MinorUnits after, bool hadArrBefore, ArrChangeKind recorded);

// The kind a new change from `before` to `after` would be recorded as, by default.
ArrChangeKind suggestedKind(MinorUnits before, MinorUnits after, bool hadArrBefore);

// One row of a timeline read with its neighbours: the ARR before it and what it counts as.
struct ArrStep
{
    ArrChange change;
    MinorUnits before = 0;
    std::optional<ArrChangeKind> counted; // nothing: the change leaves ARR where it was
    MinorUnits delta() const { return change.arr - before; }
};
QList<ArrStep> stepsOf(const QList<ArrChange> &timeline);

// ARR at the end of each month from `first` to `last` (first-of-month dates), for charts and
// the month-end table.
struct MonthEnd
{
    QDate month; // first of the month
    MinorUnits arr = 0;
};
QList<MonthEnd> monthEnds(const QList<ArrChange> &timeline, const QDate &first, const QDate &last);

} // namespace keyplan
