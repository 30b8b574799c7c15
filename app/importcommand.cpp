#include "importcommand.h"
#include "commandline.h"
#include "commandlineparser.h"

#include "io/importer.h"
#include "storage/backupfolder.h"
#include "storage/serverlocation.h"
#include "storage/newplanfile.h"
#include "storage/plandatabase.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTemporaryDir>

namespace keyplan::cli {
namespace {

class ImportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

QString actionCount(ImportAction action, qint64 count)
{
    switch (action) {
    case ImportAction::Created:
        return ImportCommandText::tr("%n created", nullptr, int(count));
    case ImportAction::Updated:
        return ImportCommandText::tr("%n updated", nullptr, int(count));
    case ImportAction::Linked:
        return ImportCommandText::tr("%n linked", nullptr, int(count));
    case ImportAction::Unchanged:
        return ImportCommandText::tr("%n unchanged", nullptr, int(count));
    case ImportAction::Skipped:
        return ImportCommandText::tr("%n skipped", nullptr, int(count));
    case ImportAction::Uncertain:
        return ImportCommandText::tr("%n uncertain", nullptr, int(count));
    }
    return {};
}

void printOutcome(const ImportJob &job, const ImportOutcome &outcome)
{
    for (const ImportTable &table : job.tables()) {
        if (table.wholePlan) {
            out() << terminalSafe(ImportCommandText::tr("  %1: a whole Keyplan plan").arg(table.displayName)) << '\n';
            continue;
        }
        const qsizetype mapped = std::count_if(table.columns.cbegin(), table.columns.cend(),
            [](ImportField field) { return field != ImportField::None; });
        out() << terminalSafe(ImportCommandText::tr("  %1: %2, %3, %4, %5 of %6 columns mapped")
                                  .arg(table.displayName, displayName(table.source), displayName(table.kind).toLower(),
                                      QString::fromLatin1(table.encoding))
                                  .arg(mapped)
                                  .arg(table.headers.size()))
              << '\n';
    }
    for (const QString &line : job.leftOut())
        out() << terminalSafe(ImportCommandText::tr("  left out: %1").arg(line)) << '\n';
    for (int s = 0; s < importSubjectCount; ++s) {
        QStringList parts;
        for (int a = 0; a < importActionCount; ++a) {
            const qint64 count = outcome.count(ImportSubject(s), ImportAction(a));
            if (count > 0)
                parts.append(actionCount(ImportAction(a), count));
        }
        if (!parts.isEmpty())
            out() << terminalSafe(ImportCommandText::tr("%1: %2").arg(displayName(ImportSubject(s)), parts.join(QStringLiteral(", "))))
                  << '\n';
    }
    // Each record left out, with why; uncertain accounts first: they need an answer.
    int shown = 0;
    for (const ImportAction action : {ImportAction::Uncertain, ImportAction::Skipped}) {
        for (const ImportEntry &entry : outcome.entries) {
            if (entry.action != action)
                continue;
            if (++shown > 200)
                break;
            out() << terminalSafe(ImportCommandText::tr("%1 %2, line %3: %4: %5")
                                      .arg(action == ImportAction::Uncertain ? ImportCommandText::tr("uncertain")
                                                                             : ImportCommandText::tr("skipped"),
                                          entry.origin.file)
                                      .arg(entry.origin.line)
                                      .arg(entry.name, entry.detail))
                  << '\n';
        }
    }
    const qint64 listed = outcome.count(ImportAction::Skipped) + outcome.count(ImportAction::Uncertain);
    if (listed > shown && shown > 200)
        out() << terminalSafe(ImportCommandText::tr("... and %n more left out", nullptr, int(listed - 200))) << '\n';
}

std::optional<QJsonObject> readMapping(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportCommandText::tr("the mapping %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &problem);
    if (problem.error != QJsonParseError::NoError || !document.isObject()) {
        *error = ImportCommandText::tr("the mapping %1 is not a JSON object (%2 at byte %3)")
                     .arg(path, problem.errorString())
                     .arg(problem.offset);
        return std::nullopt;
    }
    return document.object();
}

// Imports into the open plan in one transaction, committed unless it is a dry run.
bool importInto(PlanDatabase &plan, ImportJob &job, bool dryRun, ImportOutcome *outcome, QString *error)
{
    WriteTransaction transaction(plan.connection());
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    if (!job.inspect(plan.connection(), error) || !job.write(plan.connection(), nullptr, outcome, error))
        return false;
    if (dryRun)
        return true; // rolled back when the transaction goes
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace

int runImport(const QStringList &words)
{
    const Parsed parsed = parse(words, {QStringLiteral("dry-run")},
        {QStringLiteral("format"), QStringLiteral("account"), QStringLiteral("mapping"), QStringLiteral("as-of")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() < 2)
        return usageError(ImportCommandText::tr("import takes a plan file and one or more files to import"));
    ImportRequest request;
    const QString planPath = parsed.positional.constFirst();
    request.files = parsed.positional.mid(1);
    request.intoAccount = parsed.options.value(QStringLiteral("account"));
    const QString format = parsed.options.value(QStringLiteral("format"), QStringLiteral("auto"));
    if (format == u"json") {
        request.json = true;
    } else if (format != u"auto") {
        request.format = importSourceFromKey(format);
        if (!request.format)
            return usageError(ImportCommandText::tr("--format takes auto, salesforce, hubspot, linkedin, vcard, json or csv"));
    }
    if (parsed.options.contains(QStringLiteral("as-of"))) {
        request.today = QDate::fromString(parsed.options.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!request.today.isValid())
            return usageError(ImportCommandText::tr("--as-of takes a date as YYYY-MM-DD"));
    }
    QString error;
    if (parsed.options.contains(QStringLiteral("mapping"))) {
        const std::optional<QJsonObject> mapping = readMapping(parsed.options.value(QStringLiteral("mapping")), &error);
        if (!mapping)
            return refused(error);
        request.mapping = *mapping;
    }
    const bool dryRun = parsed.options.contains(QStringLiteral("dry-run"));
    ImportJob job(request);
    ImportOutcome outcome;

    // A team plan is imported into where it is (its server keeps the backups); a plan file that
    // does not exist yet is made.
    const bool teamPlan = ServerLocation::isServerUrl(planPath);
    if (!teamPlan && !QFileInfo::exists(planPath) && !QFileInfo(planPath).isSymLink()) {
        // A new plan: built aside and moved into place only when the import went in whole.
        const auto fill = [&](PlanDatabase &plan, QString *why) { return importInto(plan, job, false, &outcome, why); };
        if (dryRun) {
            QTemporaryDir scratch;
            if (!scratch.isValid() || !writeNewPlan(scratch.filePath(QStringLiteral("dry-run.keyplan")), fill, &error))
                return refused(ImportCommandText::tr("nothing was imported: %1").arg(error));
        } else if (!writeNewPlan(planPath, fill, &error)) {
            return refused(ImportCommandText::tr("nothing was imported: %1").arg(error));
        }
        out() << terminalSafe(dryRun ? ImportCommandText::tr("Dry run into a new plan %1:").arg(shownLocation(planPath))
                                     : ImportCommandText::tr("Imported into a new plan %1:").arg(shownLocation(planPath)))
              << '\n';
    } else {
        PlanOpenResult result;
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(planPath, PlanOpenMode::ReadWrite, &result);
        if (!plan)
            return refused(result.message);
        if (!dryRun && !teamPlan) {
            QSqlDatabase db = plan->connection();
            const BackupOutcome backup = BackupFolder(planPath).take(db, BackupReason::BeforeImport);
            if (!backup.ok)
                return refused(ImportCommandText::tr("nothing was imported: the backup before the import could not be "
                                                     "written (%1)")
                                   .arg(backup.error));
        }
        if (!importInto(*plan, job, dryRun, &outcome, &error))
            return refused(ImportCommandText::tr("nothing was imported: %1").arg(error));
        if (!plan->close(&error))
            return refused(ImportCommandText::tr("the import is in the plan, but it could not be closed cleanly: %1").arg(error));
        out() << terminalSafe(dryRun ? ImportCommandText::tr("Dry run into %1 (nothing was written):").arg(shownLocation(planPath))
                                     : ImportCommandText::tr("Imported into %1:").arg(shownLocation(planPath)))
              << '\n';
    }
    printOutcome(job, outcome);
    out() << Qt::flush;
    return Done;
}

} // namespace keyplan::cli
