#include "domain/revenuefigures.h"

#include "domain/portfoliofigures.h"

#include <QSet>

namespace keyplan {
namespace {

// Sums of one group as accounts are added.
struct GroupSums
{
    GroupRevenueFigures figures;
    MoneySum arr;
    ArrBridge bridge;
    Retention retention;
    bool anyMissing = false;

    void add(const AccountRevenueFigures &account, bool isKey, const QString &missing)
    {
        ++figures.accounts;
        if (isKey)
            ++figures.keyAccounts;
        if (!missing.isEmpty()) {
            if (!figures.missingRates.contains(missing))
                figures.missingRates.append(missing);
            return;
        }
        arr += *account.arrReporting;
        bridge += *account.bridgeReporting;
        retention.add(account.bridgeReporting->start, account.bridgeReporting->end);
    }

    GroupRevenueFigures finish(bool &amountsAddUp)
    {
        if (!figures.missingRates.isEmpty())
            return figures;
        if (!arr.isValid() || !bridge.valid || !retention.isValid()) {
            amountsAddUp = false;
            return figures;
        }
        figures.arr = arr.value();
        figures.bridge = bridge;
        figures.nrr = retention.nrr();
        figures.grr = retention.grr();
        figures.cohort = retention.cohortSize();
        return figures;
    }
};

} // namespace

Retention retentionOf(const ArrBridge &bridge)
{
    Retention retention;
    retention.add(bridge.start, bridge.end);
    return retention;
}

RevenueFigures computeRevenueFigures(const QList<RevenueInput> &accounts, const RateTable &rates,
    const QString &reportingCurrency, const ReportingPeriod &period, const QDate &today)
{
    RevenueFigures figures;
    figures.reportingCurrency = reportingCurrency;
    figures.period = period;
    figures.today = today;
    figures.accounts.reserve(accounts.size());

    GroupSums total;
    QMap<QString, GroupSums> segments;
    QMap<QString, GroupSums> tiers;
    QMap<QString, GroupSums> owners;
    QList<MinorUnits> arrs;
    arrs.reserve(accounts.size());
    bool everyRate = true;
    // Rates are looked up once per currency, not per account.
    QHash<QString, std::optional<RateUsed>> todayRates;
    QHash<QString, std::optional<RateUsed>> periodRates;
    QSet<QString> usedKeys;
    const auto lookUp = [&](QHash<QString, std::optional<RateUsed>> &cache, const QString &currency,
                            const QDate &day) -> std::optional<RateUsed> {
        auto found = cache.constFind(currency);
        if (found != cache.cend())
            return *found;
        std::optional<RateUsed> rate = rates.rate(currency, reportingCurrency, day);
        cache.insert(currency, rate);
        if (rate && currency != reportingCurrency) {
            const QString key = currency + rate->on.toString(Qt::ISODate);
            if (!usedKeys.contains(key)) {
                usedKeys.insert(key);
                figures.ratesUsed.append(*rate);
            }
        }
        return rate;
    };

    for (const RevenueInput &input : accounts) {
        AccountRevenueFigures account;
        account.id = input.id;
        account.currency = input.currency;
        account.arr = arrOn(input.timeline, today);
        account.bridge = accountBridge(input.timeline, period);
        const Retention own = retentionOf(account.bridge);
        account.nrr = own.nrr();
        account.grr = own.grr();
        QString missing;
        const std::optional<RateUsed> now = lookUp(todayRates, input.currency, today);
        const std::optional<RateUsed> constant = lookUp(periodRates, input.currency, period.last);
        if (!now || !constant) {
            missing = QStringLiteral("%1→%2").arg(input.currency, reportingCurrency);
            everyRate = false;
        } else {
            account.arrReporting = convertAt(account.arr, now->rate);
            const ArrBridge converted = accountBridge(input.timeline, period, constant->rate);
            if (!account.arrReporting || !converted.valid)
                figures.amountsAddUp = false;
            else
                account.bridgeReporting = converted;
        }
        if (missing.isEmpty() && !account.bridgeReporting) {
            figures.accounts.append(account);
            continue; // too large: amountsAddUp is false and nothing is shown
        }
        total.add(account, input.isKey, missing);
        segments[input.segment].add(account, input.isKey, missing);
        tiers[input.tier].add(account, input.isKey, missing);
        owners[input.owner].add(account, input.isKey, missing);
        if (account.arrReporting)
            arrs.append(*account.arrReporting);
        figures.accounts.append(account);
    }
    figures.total = total.finish(figures.amountsAddUp);
    for (auto it = segments.begin(); it != segments.end(); ++it)
        figures.bySegment.insert(it.key(), it->finish(figures.amountsAddUp));
    for (auto it = tiers.begin(); it != tiers.end(); ++it)
        figures.byTier.insert(it.key(), it->finish(figures.amountsAddUp));
    for (auto it = owners.begin(); it != owners.end(); ++it)
        figures.byOwner.insert(it.key(), it->finish(figures.amountsAddUp));
    if (everyRate && figures.amountsAddUp) {
        figures.top3Share = topShare(arrs, 3);
        figures.top10Share = topShare(arrs, 10);
    }
    if (!figures.amountsAddUp) {
        // Too large to add up somewhere: no group shows a figure built from a partial sum.
        const auto clear = [](GroupRevenueFigures &group) {
            group.arr.reset();
            group.bridge.reset();
            group.nrr.reset();
            group.grr.reset();
        };
        clear(figures.total);
        for (auto *groups : {&figures.bySegment, &figures.byTier, &figures.byOwner}) {
            for (GroupRevenueFigures &group : *groups)
                clear(group);
        }
    }
    return figures;
}

} // namespace keyplan
