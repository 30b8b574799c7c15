#include "storage/planrevenue.h"

#include "storage/arrchangestore.h"
#include "storage/planinfostore.h"

namespace keyplan {

PlanRevenue readPlanRevenue(const QSqlDatabase &db, QString *error)
{
    PlanRevenue revenue;
    const PlanInfoStore info(db);
    revenue.reportingCurrency = info.currency(error);
    revenue.fiscalYearStart = info.fiscalYearStart(error);
    const ArrChangeStore store(db);
    revenue.rateList = store.rates(error);
    revenue.rates = RateTable(revenue.rateList);
    revenue.timelines = store.allForFigures(error);
    return revenue;
}

RevenueInput revenueInput(const Account &account, const QString &ownerName, QList<ArrChange> timeline)
{
    return {account.id, account.currency, keyOf(account.segment), keyOf(account.tier), ownerName, account.isKey,
        std::move(timeline)};
}

} // namespace keyplan
