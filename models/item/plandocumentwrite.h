#pragma once

// The one way PlanDocument's write primitives reach the disk; shared by the files that implement
// PlanDocument (plandocument.cpp, plandocumentmap.cpp).
#include "item/plandocument.h"
#include "storage/plandatabase.h"
#include "storage/writetransaction.h"

namespace keyplan {

template<typename Write> bool PlanDocument::inWriteTransaction(const QString &what, Write &&write)
{
    if (refuseWhenReadOnly())
        return false;
    const QSqlDatabase db = m_database->connection();
    QString error;
    WriteTransaction transaction(db);
    if (!transaction.isActive() || !write(db, &error) || !transaction.commit()) {
        reportFailure(what, error.isEmpty() ? transaction.errorString() : error);
        return false;
    }
    return true;
}

} // namespace keyplan
