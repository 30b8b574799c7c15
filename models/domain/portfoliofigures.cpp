#include "domain/portfoliofigures.h"

#include <algorithm>
#include <functional>

namespace keyplan {

std::optional<double> topShare(QList<MinorUnits> amounts, int n)
{
    MoneySum total;
    for (MinorUnits &amount : amounts) {
        amount = std::max<MinorUnits>(amount, 0);
        total += amount;
    }
    if (!total.isValid() || total.value() <= 0 || n <= 0)
        return std::nullopt;
    const auto count = std::min<qsizetype>(n, amounts.size());
    std::partial_sort(amounts.begin(), amounts.begin() + count, amounts.end(), std::greater<>());
    MoneySum top; // no larger than the total, so it cannot overflow where the total did not
    for (qsizetype i = 0; i < count; ++i)
        top += amounts.at(i);
    return static_cast<double>(top.value()) / static_cast<double>(total.value());
}

bool tooManyKeyAccounts(int keyAccounts, const PortfolioThresholds &thresholds)
{
    return keyAccounts > thresholds.maxKeyAccounts;
}

bool isConcentrationRisk(std::optional<double> top3Share, const PortfolioThresholds &thresholds)
{
    return top3Share.has_value() && *top3Share >= thresholds.concentrationWarning;
}

} // namespace keyplan

