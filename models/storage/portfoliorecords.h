#pragma once

#include "domain/accountrecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace keyplan {

// Every key account's record as the plays' rules and This Week read it, in one query per table:
// the account, its stage history, people, touchpoints, latest map review, opportunities (without
// checklists), next steps, and its QBRs (the day each was held, no snapshot). Value outcomes,
// risks, whitespace, health marks and the ARR timeline are left empty.
QList<AccountRecord> readKeyAccountRecords(const QSqlDatabase &db, QString *error = nullptr);

} // namespace keyplan
