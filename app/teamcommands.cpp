#include "teamcommands.h"

#include "commandline.h"
#include "commandlineparser.h"
#include "storage/changelog.h"
#include "storage/newplanfile.h"
#include "storage/plancopy.h"
#include "storage/plandatabase.h"
#include "storage/serverlocation.h"
#include "storage/sqldialect.h"
#include "storage/teamschema.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace keyplan::cli {
namespace {

class TeamCommandText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int runInit(const QStringList &words)
{
    const Parsed parsed = parse(words, {}, {});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1 || !ServerLocation::isServerUrl(parsed.positional.constFirst()))
        return usageError(TeamCommandText::tr("team init takes one team plan's address (postgresql://...)"));
    const QString url = parsed.positional.constFirst();
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::create(url, &result);
    if (plan) {
        out() << terminalSafe(TeamCommandText::tr("Made a new team plan at %1 (format %2), with the roles %3 and %4.")
                                  .arg(plan->path())
                                  .arg(PlanDatabase::currentSchemaVersion())
                                  .arg(team::readerRole, team::editorRole))
              << '\n'
              << terminalSafe(TeamCommandText::tr("Give people access with: keyplan team grant %1 USER --role reader|editor")
                                  .arg(plan->path()))
              << '\n'
              << Qt::flush;
        return Done;
    }
    if (result.error != PlanOpenError::AlreadyExists)
        return refused(result.message);
    // One there already: opening it as its owner brings it up to this Keyplan's format.
    const int before = [&] {
        PlanOpenResult probe;
        const std::unique_ptr<PlanDatabase> reader = PlanDatabase::open(url, PlanOpenMode::Inspect, &probe);
        return reader ? sql::schemaVersion(reader->connection()) : -1;
    }();
    plan = PlanDatabase::open(url, PlanOpenMode::ReadWrite, &result);
    if (!plan)
        return refused(result.message);
    if (result.readerRole)
        return refused(TeamCommandText::tr("%1 may only read this team plan; its owner runs team init.").arg(plan->path()));
    QString error;
    WriteTransaction transaction(plan->connection());
    // The grants and the change log's trigger remade as this Keyplan makes them, in one step.
    if (!transaction.isActive() || !team::grantRoles(plan->connection(), &error)
        || !team::installChangeLog(plan->connection(), &error) || !transaction.commit())
        return refused(TeamCommandText::tr("The roles could not be granted: %1")
                           .arg(error.isEmpty() ? transaction.errorString() : error));
    const int now = sql::schemaVersion(plan->connection());
    out() << terminalSafe(before >= 0 && before < now
                   ? TeamCommandText::tr("Upgraded the team plan at %1 from format %2 to %3.").arg(plan->path()).arg(before).arg(now)
                   : TeamCommandText::tr("The team plan at %1 is already in this Keyplan's format (%2); nothing to do.")
                         .arg(plan->path())
                         .arg(now))
          << '\n'
          << Qt::flush;
    return Done;
}

int runGrant(const QStringList &words)
{
    const Parsed parsed = parse(words, {}, {QStringLiteral("role")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 2 || !ServerLocation::isServerUrl(parsed.positional.constFirst()))
        return usageError(TeamCommandText::tr("team grant takes a team plan's address and a user"));
    const QString role = parsed.options.value(QStringLiteral("role"));
    if (role != u"reader" && role != u"editor")
        return usageError(TeamCommandText::tr("--role takes reader or editor"));
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(parsed.positional.constFirst(), PlanOpenMode::ReadWrite, &result);
    if (!plan)
        return refused(result.message);
    const QString user = parsed.positional.at(1);
    QString error;
    if (!team::grantRole(plan->connection(), user, role == u"reader" ? team::readerRole : team::editorRole, &error)) {
        if (error.contains(QLatin1String("admin option")) || error.contains(QLatin1String("permission denied")))
            error = TeamCommandText::tr("only the plan's owner (who ran team init or published it) or an administrator of "
                                        "the server grants Keyplan's roles (%1)")
                        .arg(error.section(u'\n', 0, 0).trimmed());
        return refused((role == u"reader" ? TeamCommandText::tr("%1 could not be made a reader: %2") : TeamCommandText::tr("%1 could not be made an editor: %2")).arg(user, error));
    }
    out() << terminalSafe(role == u"reader"
                   ? TeamCommandText::tr("%1 may now connect to the team plan at %2 and read it, changing nothing (a reader on every Keyplan plan of this server they may connect to).").arg(user, plan->path())
                   : TeamCommandText::tr("%1 may now connect to the team plan at %2, read it and edit it (an editor on every Keyplan plan of this server they may connect to).").arg(user, plan->path()))
          << '\n'
          << Qt::flush;
    return Done;
}

} // namespace

int runTeam(const QStringList &words)
{
    if (words.isEmpty())
        return usageError(TeamCommandText::tr("team takes init or grant"));
    if (words.constFirst() == u"init")
        return runInit(words.mid(1));
    if (words.constFirst() == u"grant")
        return runGrant(words.mid(1));
    return usageError(TeamCommandText::tr("unknown team command %1; it takes init or grant").arg(words.constFirst()));
}

int runCopy(const QStringList &words)
{
    const Parsed parsed = parse(words, {}, {});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 2)
        return usageError(TeamCommandText::tr("copy takes the plan to copy and where to copy it (a plan file or a team plan's address)"));
    const QString source = parsed.positional.at(0);
    const QString target = parsed.positional.at(1);
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> from = PlanDatabase::open(source, PlanOpenMode::ReadOnly, &result);
    if (!from)
        return refused(TeamCommandText::tr("%1: %2").arg(shownLocation(source), result.message));
    PlanCopyCount count;
    QString error;
    if (ServerLocation::isServerUrl(target)) {
        const std::unique_ptr<PlanDatabase> to = PlanDatabase::create(target, &result);
        if (!to)
            return refused(result.message);
        if (!copyPlan(from->connection(), to->connection(), &count, &error))
            return refused(TeamCommandText::tr("The plan could not be copied to %1: %2. The team plan there was made "
                                               "but holds nothing of it; copy again once the cause is fixed.")
                               .arg(to->path(), error));
    } else {
        const bool written = writeNewPlan(
            target,
            [&](PlanDatabase &plan, QString *why) { return copyPlan(from->connection(), plan.connection(), &count, why); },
            &error);
        if (!written)
            return refused(TeamCommandText::tr("The plan could not be copied to %1: %2").arg(shownLocation(target), error));
    }
    const QString where = ServerLocation::isServerUrl(target) ? ServerLocation::parse(target, nullptr)->displayUrl() : target;
    out() << terminalSafe(count.accounts == 1
                   ? TeamCommandText::tr("Copied %1 (1 account, %2 rows) to %3.").arg(from->path()).arg(count.rows).arg(where)
                   : TeamCommandText::tr("Copied %1 (%2 accounts, %3 rows) to %4.")
                         .arg(from->path())
                         .arg(count.accounts)
                         .arg(count.rows)
                         .arg(where))
          << '\n'
          << Qt::flush;
    return Done;
}

} // namespace keyplan::cli
