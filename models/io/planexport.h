#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// File > Export and `keyplan export`: the plan written as JSON (the whole plan), CSV (five
// spreadsheets, in a folder or a .zip) or ICS (its dates). Every file is replaced whole or not at
// all (written aside, then renamed); a full disk says so.
namespace keyplan {

enum class ExportFormat { Json, Csv, Ics };
std::optional<ExportFormat> exportFormatFromKey(const QString &key);

struct ExportResult
{
    QStringList written; // the files written, in order
};

// The file an export dialog's choice names: the format's suffix (.json, .zip, .ics) added, or put
// in place of another export format's ("plan.json" saved as spreadsheets is "plan.zip").
QString exportFileName(const QString &chosen, ExportFormat format);

// `target` is a file (JSON, ICS, CSV as .zip) or, for CSV, a folder (made when missing).
bool exportPlan(const QSqlDatabase &db, ExportFormat format, const QString &target, const QDateTime &now,
    ExportResult *result, QString *error);

} // namespace keyplan
