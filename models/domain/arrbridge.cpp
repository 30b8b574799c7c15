#include "domain/arrbridge.h"

#include "domain/exchangerates.h"

namespace keyplan {

int bridgeMotionIndex(ArrChangeKind expansionKind)
{
    if (const std::optional<ExpansionMotion> motion = motionOf(expansionKind))
        return static_cast<int>(*motion);
    return notRecordedMotion;
}

ArrChangeKind bridgeMotionKind(int index)
{
    return index >= 0 && index < notRecordedMotion ? kindFor(static_cast<ExpansionMotion>(index))
                                                    : ArrChangeKind::Expansion;
}

QString bridgeMotionKey(int index)
{
    return index >= 0 && index < notRecordedMotion ? keyOf(static_cast<ExpansionMotion>(index))
                                                    : QStringLiteral("not_recorded");
}

MinorUnits ArrBridge::expansionTotal() const
{
    MoneySum sum;
    for (const MinorUnits amount : expansion)
        sum += amount;
    return sum.value();
}

bool ArrBridge::addsUp() const
{
    MoneySum sum;
    sum += start;
    sum += newBusiness;
    sum += expansionTotal();
    sum += -contraction;
    sum += -churn;
    sum += reactivation;
    return valid && sum.isValid() && sum.value() == end;
}

ArrBridge &ArrBridge::operator+=(const ArrBridge &other)
{
    const auto add = [this](MinorUnits &to, MinorUnits amount) {
        if (__builtin_add_overflow(to, amount, &to))
            valid = false;
    };
    valid = valid && other.valid;
    add(start, other.start);
    add(newBusiness, other.newBusiness);
    for (int i = 0; i < bridgeMotionCount; ++i)
        add(expansion[i], other.expansion[i]);
    add(contraction, other.contraction);
    add(churn, other.churn);
    add(reactivation, other.reactivation);
    add(end, other.end);
    return *this;
}

ArrBridge accountBridge(const QList<ArrChange> &timeline, const ReportingPeriod &period, qint64 rate)
{
    ArrBridge bridge;
    if (!period.isValid())
        return bridge;
    bool ok = true;
    const auto converted = [&ok, rate](MinorUnits value) {
        const std::optional<MinorUnits> result = convertAt(value, rate);
        ok = ok && result.has_value();
        return result.value_or(0);
    };
    MinorUnits before = 0; // in the account's currency
    bool hadArr = false;
    for (const ArrChange &change : timeline) {
        if (change.on >= period.first)
            break;
        hadArr = hadArr || change.arr > 0;
        before = change.arr;
    }
    bridge.start = converted(before);
    MinorUnits current = bridge.start; // converted
    for (const ArrChange &change : timeline) {
        if (change.on < period.first)
            continue;
        if (change.on > period.last)
            break;
        const std::optional<ArrChangeKind> kind = effectiveKind(before, change.arr, hadArr, change.kind);
        const MinorUnits after = converted(change.arr);
        const MinorUnits delta = after - current;
        if (kind) {
            switch (*kind) {
            case ArrChangeKind::New:
                bridge.newBusiness += delta;
                break;
            case ArrChangeKind::Reactivation:
                bridge.reactivation += delta;
                break;
            case ArrChangeKind::Churn:
                bridge.churn -= delta;
                break;
            case ArrChangeKind::Contraction:
                bridge.contraction -= delta;
                break;
            default:
                bridge.expansion[bridgeMotionIndex(*kind)] += delta;
                break;
            }
        } else if (delta != 0) {
            // Equal in the account's currency, so equal converted: cannot happen; keep the sum true.
            bridge.expansion[notRecordedMotion] += delta;
        }
        hadArr = hadArr || change.arr > 0;
        before = change.arr;
        current = after;
    }
    bridge.end = current;
    bridge.valid = ok;
    return bridge;
}

} // namespace keyplan
