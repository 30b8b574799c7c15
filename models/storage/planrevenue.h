#pragma once

#include "domain/account.h"
#include "domain/revenuefigures.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace keyplan {

// What every revenue figure of a plan is computed from, read in a few queries: the reporting
// currency, the fiscal-year start, the exchange rates, and every account with its ARR timeline.
struct PlanRevenue
{
    QString reportingCurrency;
    int fiscalYearStart = 1;
    RateTable rates;
    QList<ExchangeRate> rateList;
    QHash<AccountId, QList<ArrChange>> timelines;
};

// Nothing read is partial: on a read error `error` says why (and the result must not be used).
PlanRevenue readPlanRevenue(const QSqlDatabase &db, QString *error = nullptr);

// The figures' view of one account: its currency, groups, owner's name and timeline.
RevenueInput revenueInput(const Account &account, const QString &ownerName, QList<ArrChange> timeline);

} // namespace keyplan
