#pragma once

#include "commandlineparser.h"
#include "domain/account.h"

#include <QDate>
#include <QList>
#include <QPageSize>
#include <QString>

#include <memory>
#include <optional>

// What the subcommands that paint (export-map, export-qbr) share: their common options, opening
// the plan as a document, and finding the account named on the command line.
namespace keyplan {
class PlanDocument;
}

namespace keyplan::cli {

struct ExportOptions
{
    std::optional<QPageSize> pageSize; // --page-size a4|letter; nothing: the locale's
    QDate asOf; // --as-of YYYY-MM-DD; invalid: today
    QString error; // the usage error, when an option is wrong
};
ExportOptions exportOptions(const Parsed &parsed);

// Opens PLAN read-only as a document measured as of `asOf` (when valid). Nothing, with the exit
// status in `status` and the reason on stderr, when the plan is refused.
std::unique_ptr<PlanDocument> openForExport(const QString &path, const QDate &asOf, int *status);

// The account named `name` in a subcommand's --account: an exact match wins over a match that
// ignores case; no match, or two accounts matching, is refused with a message saying so.
std::optional<Account> accountNamed(
    const QList<Account> &accounts, const QString &name, const QString &planPath, QString *error);

} // namespace keyplan::cli
