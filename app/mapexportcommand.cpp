#include "mapexportcommand.h"

#include "commandline.h"
#include "commandlineparser.h"
#include "exportsupport.h"
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
    const ExportOptions options = exportOptions(parsed);
    if (!options.error.isEmpty())
        return usageError(options.error);
    QPageLayout pageLayout = defaultMapPageLayout();
    if (options.pageSize)
        pageLayout.setPageSize(*options.pageSize);
    int status = Done;
    const std::unique_ptr<PlanDocument> document
        = openForExport(parsed.positional.constFirst(), options.asOf, &status);
    if (!document)
        return status;

    QString error;
    const std::optional<Account> account
        = accountNamed(document->accounts(), accountName, parsed.positional.constFirst(), &error);
    if (!account)
        return refused(error);
    if (!exportMap(document->stakeholderMap(account->id), output, pageLayout, &error))
        return refused(error);
    return Done;
}

} // namespace keyplan::cli
