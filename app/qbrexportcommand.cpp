#include "qbrexportcommand.h"

#include "storage/serverlocation.h"
#include "commandline.h"
#include "commandlineparser.h"
#include "domain/filenames.h"
#include "exportsupport.h"
#include "io/portfolioreport.h"
#include "item/plandocument.h"
#include "item/reviewediting.h"
#include "item/qbrdata.h"
#include "storage/plandatabase.h"
#include "ui/qbr/qbrexport.h"
#include "ui/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace keyplan::cli {

namespace {

class QbrCommandText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Every key account's summary, then the portfolio's, into `folder` (made when missing). Each
// account gets a file of its own, whatever its name; files already there are left alone unless
// `replace` says otherwise, and the count printed is the count written.
int exportFolder(PlanDocument &document, const QString &folder, const QString &planPath, QbrEdition edition,
    const QPageLayout &qbrLayout, const QPageLayout &summaryLayout, bool replace)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return refused(QbrCommandText::tr("%1 is a file; without --account, -o names a folder.").arg(folder));
    if (!QDir().mkpath(folder))
        return refused(QbrCommandText::tr("the folder %1 could not be made").arg(folder));
    const QDir dir(folder);
    QString error;
    ReportOptions options;
    options.scope.keyOnly = true; // the summary covers the key accounts, every figure on it included
    options.today = document.asOf();
    options.thresholds.maxKeyAccounts = settings::maxKeyAccounts.get(); // the user's, as the window prints
    options.thresholds.concentrationWarning = settings::concentrationWarning.get();
    const std::optional<PortfolioReport> report
        = buildPortfolioReport(document.database().connection(), options, &error);
    if (!report)
        return refused(
            QbrCommandText::tr("the plan is damaged and could not be read (%1); nothing was written.")
                .arg(error));
    if (!report->missingRates().isEmpty())
        return refused(QbrCommandText::tr("the portfolio summary needs exchange rates the plan does not have: %1; "
                                          "nothing was written.")
                           .arg(report->missingRates().join(QStringLiteral(", "))));

    // Names first, all of them, so that nothing is written when one would replace a file.
    QSet<QString> taken;
    QList<std::pair<Account, QString>> planned;
    const QList<Account> accounts = document.accounts();
    for (const Account &account : accounts) {
        if (!account.isKey)
            continue;
        const QString stem = QFileInfo(qbrFileName(account.name, QStringLiteral("pdf"), edition)).completeBaseName();
        planned.append({account, distinctFileName(stem, QStringLiteral(".pdf"), &taken, {})});
    }
    const QString summaryName = distinctFileName(
        QbrCommandText::tr("Portfolio summary"), QStringLiteral(".pdf"), &taken, {});
    QStringList existing;
    QStringList inTheWay; // links, folders, pipes: never written through, even with --replace
    QStringList names;
    for (const auto &[account, name] : std::as_const(planned))
        names.append(name);
    names.append(summaryName);
    for (const QString &name : std::as_const(names)) {
        const QFileInfo file(dir.filePath(name));
        if (file.isSymLink() || (file.exists() && !file.isFile()))
            inTheWay.append(name);
        else if (file.exists())
            existing.append(name);
    }
    if (!inTheWay.isEmpty())
        return refused(QbrCommandText::tr("%1 in %2 is not a regular file (a link or a folder); nothing was written.")
                           .arg(inTheWay.mid(0, 3).join(QStringLiteral(", ")), QDir::toNativeSeparators(dir.absolutePath())));
    if (!existing.isEmpty() && !replace)
        return refused(QbrCommandText::tr("%n file(s) in %1 would be replaced (%2); nothing was written. Choose "
                                          "an empty folder, or add --replace.",
            nullptr, int(existing.size()))
                           .arg(QDir::toNativeSeparators(dir.absolutePath()), existing.mid(0, 3).join(QStringLiteral(", "))));

    int written = 0;
    for (const auto &[account, name] : std::as_const(planned)) {
        const QbrData data = readQbrData(document, ReviewEditing::of(&document)->qbrInPreparation(account.id));
        if (!exportQbr(data, edition, dir.filePath(name), qbrLayout, &error))
            return refused(QbrCommandText::tr("%1 (%n summary(ies) written before it)", nullptr, written).arg(error));
        ++written;
    }
    if (!exportPortfolioSummary(*report, document.asOf(), dir.filePath(summaryName), summaryLayout, &error))
        return refused(QbrCommandText::tr("%1 (%n summary(ies) written before it)", nullptr, written).arg(error));
    out() << terminalSafe(QbrCommandText::tr("%1: %2 QBR summaries (%3) and the portfolio summary written to %4")
                              .arg(shownLocation(planPath))
                              .arg(written)
                              .arg(displayName(edition).toLower())
                              .arg(QDir::toNativeSeparators(dir.absolutePath())))
          << '\n'
          << Qt::flush;
    return Done;
}

} // namespace

int runExportQbr(const QStringList &words)
{
    const Parsed parsed = parse(words, {QStringLiteral("replace")},
        {QStringLiteral("account"), QStringLiteral("output"), QStringLiteral("page-size"),
            QStringLiteral("as-of"), QStringLiteral("edition")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(QbrCommandText::tr("export-qbr takes one plan file"));
    // The customer's edition unless asked otherwise: what leaves the building by default holds
    // nothing of our judgement.
    const std::optional<QbrEdition> edition
        = qbrEditionFromKey(parsed.options.value(QStringLiteral("edition"), keyOf(QbrEdition::Customer)));
    if (!edition)
        return usageError(QbrCommandText::tr("--edition is customer or internal"));
    const QString accountName = parsed.options.value(QStringLiteral("account")).trimmed();
    const QString output = parsed.options.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(accountName.isEmpty()
                ? QbrCommandText::tr("export-qbr needs -o FOLDER (or --account NAME -o OUT.pdf|OUT.odt|OUT.pptx)")
                : QbrCommandText::tr("export-qbr needs -o OUT.pdf, OUT.odt or OUT.pptx"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (!accountName.isEmpty() && suffix != QLatin1String("pdf") && suffix != QLatin1String("odt")
        && suffix != QLatin1String("pptx"))
        return usageError(QbrCommandText::tr("the output file must end in .pdf, .odt or .pptx"));
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
        return exportFolder(
            *document, output, planPath, *edition, qbrLayout, summaryLayout, parsed.options.contains(QStringLiteral("replace")));

    QString error;
    const std::optional<Account> account = accountNamed(document->accounts(), accountName, planPath, &error);
    if (!account)
        return refused(error);
    if (!exportQbr(
            readQbrData(*document, ReviewEditing::of(document.get())->qbrInPreparation(account->id)), *edition, output, qbrLayout, &error))
        return refused(error);
    return Done;
}

} // namespace keyplan::cli
