#pragma once

#include "domain/accountrecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace keyplan {

// Every key account's record as the plays' rules and This Week read it, in one query per table:
// the account, its stage history, people, touchpoints, latest map review, opportunities (without
// checklists), next steps, its QBRs (the day each was held, no snapshot) and its living plan (goals,
// the scorecard's entries, overrides and history, metrics, plays, owner changes). Value outcomes,
// risks, whitespace and the ARR timeline are left empty.
QList<AccountRecord> readKeyAccountRecords(const QSqlDatabase &db, QString *error = nullptr);

} // namespace keyplan
