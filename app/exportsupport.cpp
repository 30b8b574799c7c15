#include "exportsupport.h"

#include "storage/serverlocation.h"
#include "commandline.h"
#include "item/plandocument.h"
#include "storage/plandatabase.h"

#include <QCoreApplication>

namespace keyplan::cli {

namespace {

class LookupText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

ExportOptions exportOptions(const Parsed &parsed)
{
    ExportOptions options;
    const QString pageSize = parsed.options.value(QStringLiteral("page-size")).toLower();
    if (pageSize == QLatin1String("a4"))
        options.pageSize = QPageSize(QPageSize::A4);
    else if (pageSize == QLatin1String("letter"))
        options.pageSize = QPageSize(QPageSize::Letter);
    else if (!pageSize.isEmpty())
        options.error = LookupText::tr("--page-size takes a4 or letter");
    if (parsed.options.contains(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(parsed.options.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid())
            options.error = LookupText::tr("--as-of takes a date as YYYY-MM-DD");
    }
    return options;
}

std::unique_ptr<PlanDocument> openForExport(const QString &path, const QDate &asOf, int *status)
{
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
    if (!plan) {
        *status = refused(result.message);
        return nullptr;
    }
    auto document = std::make_unique<PlanDocument>(std::move(plan));
    if (asOf.isValid())
        document->setAsOf(asOf);
    return document;
}

std::optional<Account> accountNamed(
    const QList<Account> &accounts, const QString &name, const QString &planPath, QString *error)
{
    QList<Account> matches;
    for (const Account &account : accounts) {
        if (account.name == name)
            return account;
        if (account.name.compare(name, Qt::CaseInsensitive) == 0)
            matches.append(account);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.isEmpty())
        *error = LookupText::tr("there is no account named \"%1\" in %2; nothing was written.")
                     .arg(name, shownLocation(planPath));
    else
        *error = LookupText::tr(
            "more than one account is named \"%1\"; give the name exactly as the plan spells "
            "it. Nothing was written.")
                     .arg(name);
    return std::nullopt;
}

} // namespace keyplan::cli
