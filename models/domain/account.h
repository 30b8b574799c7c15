#pragma once

#include "domain/accountenums.h"
#include "domain/money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace keyplan {

using AccountId = qint64;
using TeamMemberId = qint64;

// One customer account as kept in the plan. Stage is the current Millman–Wilson stage; its
// dated history lives in StageChange rows.
struct Account
{
    AccountId id = 0;
    QString name;
    Segment segment = Segment::MidMarket;
    Tier tier = Tier::Standard;
    bool isKey = true;
    std::optional<TeamMemberId> ownerId;
    QString industry;
    QString region;
    int employees = 0;
    QString currency = QStringLiteral("GBP"); // ISO 4217
    // ARR today, in `currency`: read from the account's timeline of dated changes (ArrChange),
    // never written through the account. Changing it records a change.
    MinorUnits arr = 0;
    QDate renewalDate;
    Stage stage = Stage::PreKam;
    QString notes;
    qint64 version = 1; // incremented by every update, to detect concurrent edits
};

// The fields a user edits one at a time; stage is changed through a dated StageChange instead.
enum class AccountField {
    Name,
    Segment,
    Tier,
    IsKey,
    Owner,
    Industry,
    Region,
    Employees,
    Currency,
    RenewalDate,
    Notes,
};

} // namespace keyplan
