#pragma once

#include "domain/account.h"

#include <QDate>
#include <QString>

namespace keyplan {

// How healthy an account is, 1 (failing) to 10 (thriving), as assessed on a day (DOMAIN.md,
// "Health and signals"). The latest mark is the account's health; the earlier ones its history.
struct HealthMark
{
    qint64 id = 0;
    AccountId accountId = 0;
    QDate on;
    int score = 7;
    QString note;
};

} // namespace keyplan
