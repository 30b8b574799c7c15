#include "qbrexportcommand.h"

#include "commandline.h"
#include "commandlineparser.h"
#include "exportsupport.h"
#include "io/portfolioreport.h"
#include "item/plandocument.h"
#include "item/qbrdata.h"
#include "storage/plandatabase.h"
#include "ui/qbr/qbrexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace keyplan::cli {

namespace {

class QbrCommandText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Every key account's summary, then the portfolio's, into `folder` (made when missing).
int exportFolder(PlanDocument &document, const QString &folder, const QString &planPath,
    const QPageLayout &qbrLayout, const QPageLayout &summaryLayout)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return refused(QbrCommandText::tr("%1 is a file; without --account, -o names a folder.").arg(folder));
    if (!QDir().mkpath(folder))
        return refused(QbrCommandText::tr("the folder %1 could not be made").arg(folder));
    const QDir dir(folder);
    QString error;
    const std::optional<PortfolioReport> report
        = buildPortfolioReport(document.database().connection(), {}, &error, document.asOf());
    if (!report)
        return refused(
            QbrCommandText::tr("the plan is damaged and could not be read (%1); nothing was written.")
                .arg(error));
    int written = 0;
    for (const Account &account : document.accounts()) {
        if (!account.isKey)
            continue;
        const QbrData data = readQbrData(document, document.qbrInPreparation(account.id));
        if (!exportQbr(
                data, dir.filePath(qbrFileName(account.name, QStringLiteral("pdf"))), qbrLayout, &error))
            return refused(error);
        ++written;
    }
    if (!exportPortfolioSummary(*report, document.asOf(),
            dir.filePath(QbrCommandText::tr("Portfolio summary") + QStringLiteral(".pdf")), summaryLayout,
            &error))
        return refused(error);
    out() << QbrCommandText::tr("%1: %2 QBR summaries and the portfolio summary written to %3")
                 .arg(planPath)
                 .arg(written)
                 .arg(QDir::toNativeSeparators(dir.absolutePath()))
          << '\n'
          << Qt::flush;
    return Done;
}

} // namespace

int runExportQbr(const QStringList &words)
{
    const Parsed parsed = parse(words, {},
        {QStringLiteral("account"), QStringLiteral("output"), QStringLiteral("page-size"),
            QStringLiteral("as-of")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(QbrCommandText::tr("export-qbr takes one plan file"));
    const QString accountName = parsed.options.value(QStringLiteral("account")).trimmed();
    const QString output = parsed.options.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(accountName.isEmpty()
                ? QbrCommandText::tr("export-qbr needs -o FOLDER (or --account NAME -o OUT.pdf|OUT.odt)")
                : QbrCommandText::tr("export-qbr needs -o OUT.pdf or OUT.odt"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (!accountName.isEmpty() && suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return usageError(QbrCommandText::tr("the output file must end in .pdf or .odt"));
    if (parsed.options.contains(QStringLiteral("account")) && accountName.isEmpty())
        return usageError(QbrCommandText::tr("--account needs a name"));
    const ExportOptions options = exportOptions(parsed);
    if (!options.error.isEmpty())
        return usageError(options.error);
    QPageLayout qbrLayout = defaultQbrPageLayout();
    QPageLayout summaryLayout = defaultSummaryPageLayout();
    if (options.pageSize) {
        qbrLayout.setPageSize(*options.pageSize);
        summaryLayout.setPageSize(*options.pageSize);
    }
    const QString planPath = parsed.positional.constFirst();
    int status = Done;
    const std::unique_ptr<PlanDocument> document = openForExport(planPath, options.asOf, &status);
    if (!document)
        return status;
    if (accountName.isEmpty())
        return exportFolder(*document, output, planPath, qbrLayout, summaryLayout);

    QString error;
    const std::optional<Account> account = accountNamed(document->accounts(), accountName, planPath, &error);
    if (!account)
        return refused(error);
    if (!exportQbr(
            readQbrData(*document, document->qbrInPreparation(account->id)), output, qbrLayout, &error))
        return refused(error);
    return Done;
}

} // namespace keyplan::cli
