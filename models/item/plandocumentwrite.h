#pragma once

// The one way PlanDocument's write primitives reach the disk; shared by the files that implement
// PlanDocument (plandocument.cpp, plandocumentmap.cpp).
#include "item/plandocument.h"
#include "storage/changelog.h"
#include "storage/plandatabase.h"
#include "storage/writetransaction.h"

namespace keyplan {

template<typename Write> bool PlanDocument::inWriteTransaction(const QString &what, Write &&write)
{
    if (refuseWhenReadOnly())
        return false;
    const QSqlDatabase db = m_database->connection();
    QString error;
    {
        WriteTransaction transaction(db);
        // An undo or redo on a team plan: the server refuses it where it would overwrite someone
        // else's later change (changelog.h).
        if (transaction.isActive() && (!m_replaying || !m_database->isServer() || team::markReplay(db, &error))
            && write(db, &error) && transaction.commit())
            return true;
        if (error.isEmpty())
            error = transaction.errorString();
    }
    // Reported once rolled back, so that what the report reads is the plan as it stays.
    reportFailure(what, error);
    return false;
}

} // namespace keyplan
