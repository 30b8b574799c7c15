#pragma once

#include "domain/account.h"

#include <QDate>
#include <QString>

#include <optional>

namespace keyplan {

using StageChangeId = qint64;

// A move from one Millman–Wilson stage to another, with the date and the reason.
// The first entry of an account has no from-stage: it records where the account started.
struct StageChange
{
    StageChangeId id = 0;
    AccountId accountId = 0;
    std::optional<Stage> from;
    Stage to = Stage::PreKam;
    QDate changedOn;
    QString reason;
    qint64 version = 1; // as read
};

} // namespace keyplan
