#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// The version check every edit of an existing row starts with, and the one generic write of a
// row's columns (what "Save Mine over Theirs" puts back). Table and column names come from
// Keyplan's own code or the plan's own rows, never from what a user typed.
namespace keyplan::sql {

// The row the edit was made on, as the user read it.
struct ReadRow
{
    QString table;
    qint64 id = 0;
    qint64 version = 0;
    // The edit removes the row: the check then locks it as a DELETE does, so that nobody adds a
    // row referring to it (a link to a person) that the removal's cascade would silently take.
    bool removing = false;
};

// True when the row is still at the version read; on a team plan the row is then locked until the
// transaction ends (`SELECT … WHERE id = ? AND version = ? FOR NO KEY UPDATE`, FOR UPDATE for a removal: a writer that committed
// meanwhile is seen, one still writing is waited for). False with staleRowError() when the row
// changed or went since; false with the plan's error when it could not be asked.
bool expectVersion(const QSqlDatabase &db, const ReadRow &row, QString *error);

// Writes these columns (by name, `id` and `version` left out) over the row, counting its version
// up, where it is still at `version` (staleRowError() when not).
bool writeColumns(const QSqlDatabase &db, const ReadRow &row, const QJsonObject &columns, QString *error);

} // namespace keyplan::sql
