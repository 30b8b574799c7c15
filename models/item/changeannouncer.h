#pragma once

#include "domain/accountrecord.h"
#include "storage/changelog.h"

#include <QString>

namespace keyplan {

class PlanDocument;

// Says through the document's (and its editing classes') own signals that a row of `table` changed
// (`action`: insert, update or delete), so every view showing it refreshes itself: what live
// refresh does for others' changes, and what a write by table name (a conflict's overwrite) does
// for this window's own. `account`: the row's account (0 for the plan's own settings).
void announceChange(PlanDocument *document, const QString &table, team::ChangeEntry::Action action, qint64 rowId,
    AccountId account);

} // namespace keyplan
