#include "mapexportcommand.h"

#include "accountlookup.h"
#include "commandline.h"
#include "commandlineparser.h"
#include "item/plandocument.h"
#include "storage/plandatabase.h"
#include "ui/map/mapprinter.h"

#include <QCoreApplication>

namespace keyplan::cli {

namespace {

class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

int runExportMap(const QStringList &words)
{
    const Parsed parsed = parse(words, {},
        {QStringLiteral("account"), QStringLiteral("output"), QStringLiteral("page-size"),
            QStringLiteral("as-of")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(ExportText::tr("export-map takes one plan file"));
    const QString accountName = parsed.options.value(QStringLiteral("account")).trimmed();
    const QString output = parsed.options.value(QStringLiteral("output"));
    if (accountName.isEmpty())
        return usageError(ExportText::tr("export-map needs --account NAME"));
    if (output.isEmpty())
        return usageError(ExportText::tr("export-map needs -o OUT.pdf, OUT.svg or OUT.png"));
    const QString suffix = output.section(QLatin1Char('.'), -1).toLower();
    if (!output.contains(QLatin1Char('.'))
        || (suffix != QLatin1String("pdf") && suffix != QLatin1String("svg")
            && suffix != QLatin1String("png")))
        return usageError(ExportText::tr("the output file must end in .pdf, .svg or .png"));
    QPageLayout pageLayout = defaultMapPageLayout();
    const QString pageSize = parsed.options.value(QStringLiteral("page-size")).toLower();
    if (pageSize == QLatin1String("a4"))
        pageLayout.setPageSize(QPageSize(QPageSize::A4));
    else if (pageSize == QLatin1String("letter"))
        pageLayout.setPageSize(QPageSize(QPageSize::Letter));
    else if (!pageSize.isEmpty())
        return usageError(ExportText::tr("--page-size takes a4 or letter"));
    QDate asOf;
    if (parsed.options.contains(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(parsed.options.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            return usageError(ExportText::tr("--as-of takes a date as YYYY-MM-DD"));
    }

    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan
        = PlanDatabase::open(parsed.positional.constFirst(), PlanOpenMode::ReadOnly, &result);
    if (!plan)
        return refused(result.message);
    PlanDocument document(std::move(plan));
    if (asOf.isValid())
        document.setAsOf(asOf);

    QString error;
    const std::optional<Account> account
        = accountNamed(document.accounts(), accountName, parsed.positional.constFirst(), &error);
    if (!account)
        return refused(error);
    if (!exportMap(document.stakeholderMap(account->id), output, pageLayout, &error))
        return refused(error);
    return Done;
}

} // namespace keyplan::cli
