#include "commandline.h"
#include "storage/serverlocation.h"
#include "backupcommands.h"
#include "commandlineparser.h"
#include "subcommands.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "teamcommands.h"

#include "io/portfolioreport.h"
#include "io/planreadcheck.h"
#include "io/playsreport.h"
#include "io/sampleportfolio.h"
#include "storage/planchecker.h"
#include "storage/newplanfile.h"
#include "storage/plandatabase.h"
#include "storage/planinfostore.h"
#include "storage/teamstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace keyplan::cli {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

std::unique_ptr<PlanDatabase> openForReading(const QString &path, int *status)
{
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
    if (!plan)
        *status = refused(result.message);
    return plan;
}

int runSample(const QStringList &words)
{
    const Parsed parsed = parse(words, {}, {QStringLiteral("accounts"), QStringLiteral("as-of")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(CommandLineText::tr("sample takes one plan file"));
    SampleOptions options;
    if (parsed.options.contains(QStringLiteral("accounts"))) {
        bool ok = false;
        options.accounts = parsed.options.value(QStringLiteral("accounts")).toInt(&ok);
        if (!ok || options.accounts < 1 || options.accounts > 1000000)
            return usageError(CommandLineText::tr("--accounts takes a whole number from 1 to 1000000"));
    }
    if (parsed.options.contains(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(parsed.options.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid())
            return usageError(CommandLineText::tr("--as-of takes a date as YYYY-MM-DD"));
    }
    const QString target = parsed.positional.constFirst();
    QString error;
    const bool written = writeNewPlan(
        target,
        [&options](PlanDatabase &plan, QString *why) {
            if (writeSamplePortfolio(plan, options, why))
                return true;
            *why = CommandLineText::tr("the sample could not be written: %1").arg(*why);
            return false;
        },
        &error);
    return written ? Done : refused(error);
}

int runReport(const QStringList &words)
{
    const Parsed parsed = parse(words, {QStringLiteral("json")},
        {QStringLiteral("period"), QStringLiteral("scope"), QStringLiteral("owner"), QStringLiteral("as-of")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(CommandLineText::tr("report takes one plan file"));
    ReportOptions options;
    if (parsed.options.contains(QStringLiteral("as-of"))) {
        options.today = QDate::fromString(parsed.options.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.today.isValid())
            return usageError(CommandLineText::tr("--as-of takes a date as YYYY-MM-DD"));
    }
    const QString scope = parsed.options.value(QStringLiteral("scope"), QStringLiteral("all"));
    if (scope != u"all" && scope != u"key")
        return usageError(CommandLineText::tr("--scope takes all or key"));
    options.scope.keyOnly = scope == u"key";
    options.scope.owner = parsed.options.value(QStringLiteral("owner"));
    int status = Done;
    const std::unique_ptr<PlanDatabase> plan = openForReading(parsed.positional.constFirst(), &status);
    if (!plan)
        return status;
    if (parsed.options.contains(QStringLiteral("period"))) {
        const int fiscalStart = PlanInfoStore(plan->connection()).fiscalYearStart();
        const std::optional<ReportingPeriod> period
            = parsePeriod(parsed.options.value(QStringLiteral("period")), options.today, fiscalStart);
        if (!period)
            return usageError(CommandLineText::tr("--period takes ttm, ytd, a year (2025), a fiscal year (FY2025), "
                                                  "a quarter (2025-Q3) or a range (2025-04-01..2026-03-31)"));
        options.period = *period;
    }
    QString error;
    const std::optional<PortfolioReport> report = buildPortfolioReport(plan->connection(), options, &error);
    if (!report)
        return refused(
            CommandLineText::tr("the plan is damaged and could not be read (%1). Keyplan did not change "
                                "it; `keyplan check` tells more.")
                .arg(error));
    if (!options.scope.owner.isEmpty()) {
        bool known = false;
        for (const TeamMember &member : TeamStore(plan->connection()).all())
            known = known || member.name == options.scope.owner;
        if (!known)
            return refused(CommandLineText::tr("nobody called \"%1\" is on the plan's team").arg(options.scope.owner));
    }
    if (const QStringList missing = report->missingRates(); !missing.isEmpty())
        return refused(CommandLineText::tr("the figures need exchange rates the plan does not have: %1. Add them "
                                           "in Plan Settings (Exchange Rates) and run the report again.")
                           .arg(missing.join(QStringLiteral(", "))));
    if (parsed.options.contains(QStringLiteral("json"))) {
        const QByteArray json = reportToJson(*report); // already UTF-8: write the bytes as they are
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
    } else {
        out() << terminalSafe(reportToText(*report)) << Qt::flush;
    }
    return Done;
}

int runCheck(const QStringList &words)
{
    const Parsed parsed = parse(words, {}, {});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(CommandLineText::tr("check takes one plan file"));
    const QString path = parsed.positional.constFirst();
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::Inspect, &result);
    if (!plan)
        return refused(CommandLineText::tr("%1: %2").arg(shownLocation(path), result.message));
    QList<CheckFinding> findings = checkPlan(plan->connection());
    const auto isError = [](const CheckFinding &finding) { return finding.severity == CheckFinding::Severity::Error; };
    if (std::none_of(findings.cbegin(), findings.cend(), isError)) {
        // Every row, read through the code `keyplan report` and the window read it with.
        QString error;
        if (!buildPortfolioReport(plan->connection(), {}, &error))
            findings.append({CheckFinding::Severity::Error,
                CommandLineText::tr("The plan could not be read as `keyplan report` reads it: %1").arg(error)});
        const QStringList unread = readEveryRow(plan->connection());
        for (const QString &line : unread)
            findings.append({CheckFinding::Severity::Error, line});
    }
    int errors = 0;
    for (const CheckFinding &finding : std::as_const(findings)) {
        errors += isError(finding) ? 1 : 0;
        out() << (isError(finding) ? CommandLineText::tr("error: ") : CommandLineText::tr("warning: "))
              << terminalSafe(finding.message) << '\n';
    }
    const qsizetype warnings = findings.size() - errors;
    if (errors == 0)
        out() << terminalSafe(CommandLineText::tr("%1: the plan is sound (%n warnings).", nullptr, int(warnings)).arg(shownLocation(path)))
              << '\n';
    else
        out() << terminalSafe(errors == 1
                       ? CommandLineText::tr("%1: 1 problem found; Keyplan did not change the plan.").arg(shownLocation(path))
                       : CommandLineText::tr("%1: %2 problems found; Keyplan did not change the plan.").arg(shownLocation(path)).arg(errors))
              << '\n';
    out() << Qt::flush;
    return errors == 0 ? Done : Refused;
}

int runPlays(const QStringList &words)
{
    const Parsed parsed = parse(words, {QStringLiteral("json")}, {QStringLiteral("owner"), QStringLiteral("as-of")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(CommandLineText::tr("plays takes one plan file"));
    QDate today = QDate::currentDate();
    if (parsed.options.contains(QStringLiteral("as-of"))) {
        today = QDate::fromString(parsed.options.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!today.isValid())
            return usageError(CommandLineText::tr("--as-of takes a date as YYYY-MM-DD"));
    }
    int status = Done;
    const std::unique_ptr<PlanDatabase> plan = openForReading(parsed.positional.constFirst(), &status);
    if (!plan)
        return status;
    const QString owner = parsed.options.value(QStringLiteral("owner"));
    if (!owner.isEmpty()) {
        bool known = false;
        for (const TeamMember &member : TeamStore(plan->connection()).all())
            known = known || member.name == owner;
        if (!known)
            return refused(CommandLineText::tr("nobody called \"%1\" is on the plan's team").arg(owner));
    }
    QString error;
    const std::optional<PlaysReport> report = buildPlaysReport(plan->connection(), today, owner, &error);
    if (!report)
        return refused(CommandLineText::tr("the plan is damaged and could not be read (%1). Keyplan did not change "
                                           "it; `keyplan check` tells more.")
                           .arg(error));
    if (parsed.options.contains(QStringLiteral("json"))) {
        const QByteArray json = playsToJson(*report);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
    } else {
        out() << terminalSafe(playsToText(*report)) << Qt::flush;
    }
    return Done;
}

} // namespace

bool isSubcommand(const QString &word)
{
    return isSubcommandName(word.toStdString());
}

QString usage()
{
    return CommandLineText::tr(
        "Usage:\n"
        "  keyplan [PLAN]                       open the plan (default: your portfolio)\n"
        "                                       Wherever a command takes a PLAN, a team plan's\n"
        "                                       address works too: postgresql://user@host:5432/db\n"
        "  keyplan sample PLAN [--accounts N] [--as-of YYYY-MM-DD]\n"
        "                                       write the sample portfolio (or N generated accounts)\n"
        "                                       into a new plan file\n"
        "  keyplan report PLAN [--json] [--period ttm|ytd|YYYY|FYYYYY|YYYY-Qn|FIRST..LAST]\n"
        "                      [--scope all|key] [--owner NAME] [--as-of YYYY-MM-DD]\n"
        "                                       portfolio and per-account figures (coverage as\n"
        "                                       of today, or of the given day)\n"
        "  keyplan plays PLAN [--json] [--owner NAME] [--as-of YYYY-MM-DD]\n"
        "                                       the plays alive today (or on the given day), as the\n"
        "                                       rules find the plan; the plan is not changed\n"
        "  keyplan check PLAN                   integrity and consistency check\n"
        "  keyplan backup PLAN [-o FILE [--replace]]\n"
        "                                       a checked copy of the plan (default: into your backups)\n"
        "  keyplan restore PLAN --from FILE     put a backup back; the plan as it was becomes a backup\n"
        "  keyplan import PLAN FILE... [--format auto|salesforce|hubspot|linkedin|vcard|json|csv]\n"
        "                 [--account NAME] [--mapping FILE] [--dry-run] [--as-of YYYY-MM-DD]\n"
        "                                       accounts, people, opportunities, ARR and usage from\n"
        "                                       CRM exports (a Salesforce export zip is one file);\n"
        "                                       the plan is made when missing; importing again updates\n"
        "  keyplan export PLAN --format json|csv|ics -o OUT [--as-of YYYY-MM-DD]\n"
        "                                       the whole plan as JSON (imports into a new plan),\n"
        "                                       five spreadsheets (a folder, or OUT.zip), or its\n"
        "                                       renewals, QBRs due, plays and next steps as a calendar\n"
        "  keyplan export-map PLAN --account NAME -o OUT.pdf|OUT.svg|OUT.png\n"
        "                    [--page-size a4|letter] [--as-of YYYY-MM-DD]\n"
        "                                       the account's stakeholder map, as printed\n"
        "  keyplan export-qbr PLAN --account NAME -o OUT.pdf|OUT.odt|OUT.pptx\n"
        "                    [--edition customer|internal] [--page-size a4|letter] [--as-of YYYY-MM-DD]\n"
        "                                       the account's QBR: paper, an editable text or slides; the customer's\n"
        "                                       edition unless --edition internal\n"
        "  keyplan export-qbr PLAN -o FOLDER [--edition customer|internal] [--replace]\n"
        "                                       one QBR PDF per key account and the portfolio summary\n"
        "                                       (files already in FOLDER are replaced only with --replace)\n"
        "\n"
        "  keyplan team init URL                make a team plan in an empty PostgreSQL database (or\n"
        "                                       upgrade one), with the roles keyplan_reader and\n"
        "                                       keyplan_editor\n"
        "  keyplan team grant URL USER --role reader|editor\n"
        "                                       let a server user read, or read and edit, the team plan\n"
        "  keyplan copy SRC DST                 copy a whole plan into a new one: a plan file to a\n"
        "                                       team plan, a team plan to a file (offline, backup)\n"
        "\n"
        "Exit status: 0 done, 1 the input was refused, 2 wrong usage.\n");
}

int runSubcommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(CommandLineText::tr("no command given"));
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == u"sample")
        return runSample(rest);
    if (command == u"report")
        return runReport(rest);
    if (command == u"plays")
        return runPlays(rest);
    if (command == u"check")
        return runCheck(rest);
    if (command == u"backup")
        return runBackup(rest);
    if (command == u"restore")
        return runRestore(rest);
    if (command == u"import")
        return runImport(rest);
    if (command == u"export")
        return runExport(rest);
    if (command == u"team")
        return runTeam(rest);
    if (command == u"copy")
        return runCopy(rest);
    return usageError(CommandLineText::tr("unknown command %1").arg(command));
}

} // namespace keyplan::cli
