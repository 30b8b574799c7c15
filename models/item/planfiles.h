#pragma once

#include "io/planexport.h"
#include "io/portfolioreport.h"
#include "storage/plandatabase.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace keyplan {

class PlanDocument;

// What the File and Data menus do with whole plans: open one, write a new one, copy, restore,
// export and report on the open one. The window calls these; none of it hands a widget a
// database connection.
class PlanFiles
{
    Q_DECLARE_TR_FUNCTIONS(PlanFiles)

public:
    // The plan at `location`, a plan file's path or a team plan's address, open for editing;
    // `password` (for a server that asks for one) is used for this connection and never kept.
    // Nothing, with what went wrong in `result`, when it cannot be opened.
    static std::unique_ptr<PlanDocument> open(const QString &location, const QString &password, PlanOpenResult *result);

    // A new plan file at `path` (which must not exist): empty, or the first one the user starts
    // with (its name, currency, fiscal year and its owner), or the sample portfolio.
    struct Start
    {
        QString name;
        QString currency;
        int fiscalYearStart = 1;
        QString ownerName; // none: nobody on our side yet
    };
    static bool createEmpty(const QString &path, QString *error);
    static bool createFirst(const QString &path, const Start &start, QString *error);
    static bool createSample(const QString &path, QString *error);

    // A copy of the open plan as a new plan file at `path`: a team plan row by row (to work
    // offline, or to keep), a plan file as SQLite's backup of it.
    static bool saveCopy(const PlanDocument &document, const QString &path, QString *error);
    // Puts the backup at `backupPath` in the open plan file's place, backing the plan as it is up
    // first (where that copy went in `keptAt`). False, the plan unchanged, with why, otherwise.
    static bool restoreFromBackup(PlanDocument &document, const QString &backupPath, QString *keptAt, QString *error);

    static bool exportTo(const PlanDocument &document, ExportFormat format, const QString &path, ExportResult *result,
        QString *error);
    static std::optional<PortfolioReport> report(const PlanDocument &document, const ReportOptions &options, QString *error);
};

} // namespace keyplan
