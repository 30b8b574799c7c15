#pragma once

#include "domain/account.h"

#include <QDate>

namespace keyplan {

// The account's annual recurring revenue as it stood in one month (first of the month).
struct RevenueSnapshot
{
    AccountId accountId = 0;
    QDate month;
    MinorUnits recurring = 0;
};

} // namespace keyplan
