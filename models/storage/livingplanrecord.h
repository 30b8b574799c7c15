#pragma once

#include "domain/accountrecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// An account's living plan as part of its record (goals, the scorecard's entries, overrides and
// history, metrics, plays, owner changes): read with the rest of the record, and written back with
// it when the deletion of an account is undone. Callers own the transaction.
namespace keyplan {

void readLivingPlan(const QSqlDatabase &db, AccountId id, AccountRecord &record, QString *error = nullptr);
// The same for many records at once, one query per table (the rules over a whole portfolio).
void readLivingPlans(const QSqlDatabase &db, QList<AccountRecord> &records, QString *error = nullptr);

// The goals go in before the pipeline and the reviews, which may point at them; the rest after.
bool insertGoals(const QSqlDatabase &db, AccountId id, const AccountRecord &record, QString *error = nullptr);
bool insertLivingPlan(const QSqlDatabase &db, AccountId id, const AccountRecord &record, QString *error = nullptr);

} // namespace keyplan
