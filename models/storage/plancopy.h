#pragma once

#include <QSqlDatabase>
#include <QString>

namespace keyplan {

struct PlanCopyCount
{
    qint64 rows = 0;
    qint64 accounts = 0;
};

// Copies every row of every table of the plan `from` into the new, empty plan `to`, ids and all,
// whichever backend each is on (a plan file published to a team server, a team plan taken offline
// or backed up to a file). The copy is the same plan: it keeps the source's identity (plan_info),
// so calendars and exports made from either name the same records. One transaction on `to`:
// it is copied whole or not at all. False, with why in `error`.
bool copyPlan(const QSqlDatabase &from, const QSqlDatabase &to, PlanCopyCount *count, QString *error);

} // namespace keyplan
