#pragma once

#include "domain/account.h"
#include "domain/arrbridge.h"
#include "domain/exchangerates.h"
#include "domain/reportingperiod.h"
#include "domain/retention.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Every revenue figure of a set of accounts, computed in one place for the portfolio header, the
// printed summary, the charts and `keyplan report`: ARR today at today's rates, and for one
// period the bridge and NRR/GRR at constant currency (every account's values converted at the
// one rate in force on the period's last day). Different currencies are never added
// unconverted: a group with an account whose rate is missing has no totals, and says which rate
// it needs.
namespace keyplan {

// One account as the figures need it; `timeline` sorted (sortTimeline).
struct RevenueInput
{
    AccountId id = 0;
    QString currency;
    QString segment; // stable keys, for the groups
    QString tier;
    QString owner; // the owner's name ("" for nobody)
    bool isKey = true;
    QList<ArrChange> timeline;
};

struct AccountRevenueFigures
{
    AccountId id = 0;
    QString currency;
    MinorUnits arr = 0; // today, in the account's currency
    ArrBridge bridge; // the period, in the account's currency
    std::optional<double> nrr; // nothing: no ARR at the start (not in the cohort)
    std::optional<double> grr;
    // In the reporting currency; nothing when the rate is missing.
    std::optional<MinorUnits> arrReporting;
    std::optional<ArrBridge> bridgeReporting;
};

struct GroupRevenueFigures
{
    int accounts = 0;
    int keyAccounts = 0;
    QStringList missingRates; // "USD→GBP": the figures below are then nothing
    std::optional<MinorUnits> arr; // today, reporting currency
    std::optional<ArrBridge> bridge; // the period, constant currency
    std::optional<double> nrr;
    std::optional<double> grr;
    int cohort = 0; // accounts with ARR at the start of the period
    bool hasFigures() const { return missingRates.isEmpty() && arr.has_value(); }
};

struct RevenueFigures
{
    QString reportingCurrency;
    ReportingPeriod period;
    QDate today;
    QList<AccountRevenueFigures> accounts; // in the input's order
    GroupRevenueFigures total;
    std::optional<double> top3Share; // of ARR today; nothing without every rate
    std::optional<double> top10Share;
    QMap<QString, GroupRevenueFigures> bySegment;
    QMap<QString, GroupRevenueFigures> byTier;
    QMap<QString, GroupRevenueFigures> byOwner;
    QList<RateUsed> ratesUsed; // each distinct rate a conversion used
    // False when an amount was too large to add up: nothing is shown then.
    bool amountsAddUp = true;
};

RevenueFigures computeRevenueFigures(const QList<RevenueInput> &accounts, const RateTable &rates,
    const QString &reportingCurrency, const ReportingPeriod &period, const QDate &today);

// Retention of one account from its bridge (own currency).
Retention retentionOf(const ArrBridge &bridge);

} // namespace keyplan
