#pragma once

#include <QSqlDatabase>
#include <QString>

namespace keyplan {

// Copies an open plan to `targetPath` through SQLite's online backup API, so the copy is
// consistent even while the plan is being written. The copy is written to a temporary file
// beside the target (readable by the user only) and renamed over the target when complete:
// an existing file at `targetPath` is replaced whole or not at all.
bool backupPlan(QSqlDatabase &source, const QString &targetPath, QString *error);

// Copies every page of `source` into the open database `target` (an in-memory one, say) through
// the same backup API.
bool copyPlanInto(QSqlDatabase &source, QSqlDatabase &target, QString *error);

} // namespace keyplan
