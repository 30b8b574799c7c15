#pragma once

#include "domain/arrchange.h"
#include "domain/reportingperiod.h"

#include <array>
#include <optional>

// The ARR bridge of a period (DOMAIN.md): start + new + expansion (by motion) − contraction −
// churn + reactivation = end, to the cent, because every component is a difference of the same
// converted values the start and end are.
namespace keyplan {

// Expansion by motion: the five motions in ExpansionMotion's order, then growth whose motion was
// not recorded.
inline constexpr int bridgeMotionCount = 6;
inline constexpr int notRecordedMotion = 5;
int bridgeMotionIndex(ArrChangeKind expansionKind);
ArrChangeKind bridgeMotionKind(int index);
// Stable keys of the six: "upsell", ..., "price_increase", "not_recorded".
QString bridgeMotionKey(int index);

struct ArrBridge
{
    MinorUnits start = 0;
    MinorUnits newBusiness = 0;
    std::array<MinorUnits, bridgeMotionCount> expansion {};
    MinorUnits contraction = 0; // as positive amounts, subtracted
    MinorUnits churn = 0;
    MinorUnits reactivation = 0;
    MinorUnits end = 0;
    bool valid = true; // false once a sum overflowed: show nothing rather than a wrapped figure

    MinorUnits expansionTotal() const;
    // start + new + expansion − contraction − churn + reactivation == end
    bool addsUp() const;
    // Adds another bridge (another account) component by component.
    ArrBridge &operator+=(const ArrBridge &other);
    bool operator==(const ArrBridge &) const = default;
};

// One account's bridge. Each ARR value of the timeline is converted at `rate` (billionths; one
// rate for the whole period: constant currency) before the differences are taken. An invalid
// bridge when a converted value is beyond what Keyplan can hold.
ArrBridge accountBridge(const QList<ArrChange> &timeline, const ReportingPeriod &period, qint64 rate = 1'000'000'000LL);

} // namespace keyplan
