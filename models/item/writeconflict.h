#pragma once

#include "storage/changelog.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

namespace keyplan {

// An edit the plan refused because the row changed after the user read it: on a team plan,
// someone else saved first. Nothing of the edit was written; the user sees who changed what, with
// both values, and chooses.
struct WriteConflict
{
    QString what; // "The change to the person"
    QString subject; // the row as the user knows it: the person's name
    QString table;
    qint64 rowId = 0;
    // What others did to the row since the user read it, oldest first (empty on a plan file, which
    // has no change log: the other writer was this window).
    QList<team::ChangeEntry> theirs;
    // The row as the user read it (empty where unknown: a plan file keeps no log), as it is now
    // (empty when someone removed it) and as the user wanted it, by the plan's column names.
    QJsonObject base;
    QJsonObject now;
    QJsonObject mine;
    bool removing = false; // the refused edit removed the row (then `mine` is empty)
    // Writes the user's values over the row as it is now (a new undo step); empty where the row is
    // gone or the edit cannot be repeated.
    std::function<void()> overwrite;

    // Every column either side changed, by name.
    QStringList columns() const;
    bool removed() const { return now.isEmpty(); }
};

} // namespace keyplan

Q_DECLARE_METATYPE(keyplan::WriteConflict)
