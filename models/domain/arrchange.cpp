#include "domain/arrchange.h"

#include "domain/enumtable.h"
#include "domain/month.h"

#include <algorithm>

namespace keyplan {
namespace {

constexpr std::array<detail::EnumEntry<ArrChangeKind>, 10> kindEntries {{
    {ArrChangeKind::New, "new", QT_TRANSLATE_NOOP("ArrChangeKind", "New business")},
    {ArrChangeKind::Upsell, "upsell", QT_TRANSLATE_NOOP("ArrChangeKind", "Expansion: upsell")},
    {ArrChangeKind::CrossSell, "cross_sell", QT_TRANSLATE_NOOP("ArrChangeKind", "Expansion: cross-sell")},
    {ArrChangeKind::SeatGrowth, "seat_growth", QT_TRANSLATE_NOOP("ArrChangeKind", "Expansion: seat growth")},
    {ArrChangeKind::UsageGrowth, "usage_growth", QT_TRANSLATE_NOOP("ArrChangeKind", "Expansion: usage growth")},
    {ArrChangeKind::PriceIncrease, "price_increase",
        QT_TRANSLATE_NOOP("ArrChangeKind", "Expansion: price increase")},
    {ArrChangeKind::Expansion, "expansion", QT_TRANSLATE_NOOP("ArrChangeKind", "Expansion (motion not recorded)")},
    {ArrChangeKind::Contraction, "contraction", QT_TRANSLATE_NOOP("ArrChangeKind", "Contraction")},
    {ArrChangeKind::Churn, "churn", QT_TRANSLATE_NOOP("ArrChangeKind", "Churn")},
    {ArrChangeKind::Reactivation, "reactivation", QT_TRANSLATE_NOOP("ArrChangeKind", "Reactivation")},
}};

} // namespace

QString keyOf(ArrChangeKind kind)
{
    return detail::keyIn(kindEntries, kind);
}

QString displayName(ArrChangeKind kind)
{
    return detail::nameIn("ArrChangeKind", kindEntries, kind);
}

std::optional<ArrChangeKind> arrChangeKindFromKey(const QString &key)
{
    return detail::fromKey(kindEntries, key);
}

bool isExpansion(ArrChangeKind kind)
{
    return kind == ArrChangeKind::Expansion || motionOf(kind).has_value();
}

ArrChangeKind kindFor(ExpansionMotion motion)
{
    switch (motion) {
    case ExpansionMotion::Upsell:
        return ArrChangeKind::Upsell;
    case ExpansionMotion::CrossSell:
        return ArrChangeKind::CrossSell;
    case ExpansionMotion::SeatGrowth:
        return ArrChangeKind::SeatGrowth;
    case ExpansionMotion::UsageGrowth:
        return ArrChangeKind::UsageGrowth;
    case ExpansionMotion::PriceIncrease:
        return ArrChangeKind::PriceIncrease;
    }
    return ArrChangeKind::Expansion;
}

std::optional<ExpansionMotion> motionOf(ArrChangeKind kind)
{
    switch (kind) {
    case ArrChangeKind::Upsell:
        return ExpansionMotion::Upsell;
    case ArrChangeKind::CrossSell:
        return ExpansionMotion::CrossSell;
    case ArrChangeKind::SeatGrowth:
        return ExpansionMotion::SeatGrowth;
    case ArrChangeKind::UsageGrowth:
        return ExpansionMotion::UsageGrowth;
    case ArrChangeKind::PriceIncrease:
        return ExpansionMotion::PriceIncrease;
    default:
        return std::nullopt;
    }
}

void sortTimeline(QList<ArrChange> &timeline)
{
    std::stable_sort(timeline.begin(), timeline.end(), [](const ArrChange &a, const ArrChange &b) {
        return a.on != b.on ? a.on < b.on : a.id < b.id;
    });
}

MinorUnits arrOn(const QList<ArrChange> &timeline, const QDate &day)
{
    // The first change after `day`; the one before it is in force.
    const auto after = std::upper_bound(timeline.cbegin(), timeline.cend(), day,
        [](const QDate &d, const ArrChange &change) { return d < change.on; });
    return after == timeline.cbegin() ? 0 : std::prev(after)->arr;
}

MinorUnits arrBefore(const QList<ArrChange> &timeline, const QDate &day)
{
    return arrOn(timeline, day.addDays(-1));
}

std::optional<ArrChangeKind> effectiveKind(
    MinorUnits before, MinorUnits after, bool hadArrBefore, ArrChangeKind recorded)
{
    if (after == before)
        return std::nullopt;
    if (before <= 0)
        return hadArrBefore ? ArrChangeKind::Reactivation : ArrChangeKind::New;
    if (after <= 0)
        return ArrChangeKind::Churn;
    if (after > before)
        return isExpansion(recorded) ? recorded : ArrChangeKind::Expansion;
    return ArrChangeKind::Contraction;
}

ArrChangeKind suggestedKind(MinorUnits before, MinorUnits after, bool hadArrBefore)
{
    if (after > before && before > 0)
        return ArrChangeKind::Upsell;
    return effectiveKind(before, after, hadArrBefore, ArrChangeKind::Expansion)
        .value_or(after > 0 ? ArrChangeKind::Upsell : ArrChangeKind::Contraction);
}

QList<ArrStep> stepsOf(const QList<ArrChange> &timeline)
{
    QList<ArrStep> steps;
    steps.reserve(timeline.size());
    MinorUnits before = 0;
    bool hadArr = false;
    for (const ArrChange &change : timeline) {
        steps.append({change, before, effectiveKind(before, change.arr, hadArr, change.kind)});
        hadArr = hadArr || change.arr > 0;
        before = change.arr;
    }
    return steps;
}

QList<MonthEnd> monthEnds(const QList<ArrChange> &timeline, const QDate &first, const QDate &last)
{
    QList<MonthEnd> months;
    if (!first.isValid() || !last.isValid())
        return months;
    for (QDate month = firstOfMonth(first); month <= last; month = month.addMonths(1))
        months.append({month, arrOn(timeline, month.addMonths(1).addDays(-1))});
    return months;
}

} // namespace keyplan
