#pragma once

// The one way PlanDocument's write primitives reach the disk; shared by the files that implement
// PlanDocument (plandocument.cpp, plandocumentmap.cpp).
#include "item/plandocument.h"
#include "storage/changelog.h"
#include "storage/plandatabase.h"
#include "storage/rowversion.h"
#include "storage/sqlhelpers.h"
#include "storage/writetransaction.h"

#include <utility>

namespace keyplan {

template<typename Write> bool PlanDocument::inWriteTransaction(const QString &what, Write &&write)
{
    if (refuseWhenReadOnly())
        return false;
    const QSqlDatabase db = m_database->connection();
    // The first write of an edit pushed by pushEdit(): only over the row as the user read it.
    const std::optional<sql::ReadRow> read = m_replaying ? std::nullopt : std::exchange(m_expectedRead, std::nullopt);
    QString error;
    {
        WriteTransaction transaction(db);
        bool current = true;
        if (transaction.isActive() && read && !sql::expectVersion(db, *read, &error)) {
            current = false;
            if (sql::staleRow(error)) {
                // What the edit would have made of the row as it is now, for the user to compare;
                // rolled back with the rest.
                const QString stale = error;
                QString ignored;
                if (write(db, &ignored)) {
                    const QJsonObject row = team::currentRow(db, read->table, read->id, &ignored);
                    if (ignored.isEmpty())
                        m_refusedEdit = row; // empty: the edit removes it
                }
                error = stale;
            }
        }
        // An undo or redo on a team plan: the server refuses it where it would overwrite someone
        // else's later change (changelog.h).
        if (transaction.isActive() && current
            && (!m_replaying || !m_database->isServer() || team::markReplay(db, &error)) && write(db, &error)
            && transaction.commit())
            return true;
        if (error.isEmpty())
            error = transaction.errorString();
    }
    // Reported once rolled back, so that what the report reads is the plan as it stays.
    reportFailure(what, error);
    return false;
}

} // namespace keyplan
