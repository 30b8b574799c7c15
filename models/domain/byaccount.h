#pragma once

#include "domain/account.h"

#include <QHash>
#include <QList>

namespace keyplan {

// Rows of every account (people, touchpoints, opportunities, cells…) grouped by their accountId,
// each group in the rows' order: read a table once, then hand each account its share.
template<typename Row> QHash<AccountId, QList<Row>> groupByAccount(const QList<Row> &rows)
{
    QHash<AccountId, QList<Row>> groups;
    for (const Row &row : rows)
        groups[row.accountId].append(row);
    return groups;
}

} // namespace keyplan
