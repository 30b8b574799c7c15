// PlanDatabase for a team plan: one QPSQL connection to a PostgreSQL database that holds the plan.
#include "storage/plandatabase.h"

#include "storage/changelog.h"
#include "storage/migrator.h"
#include "storage/serverlocation.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"
#include "storage/teamschema.h"
#include "storage/writetransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace keyplan {

namespace {

class TeamPlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanDatabase)
};

// The plan's address as its owner would type it: without this login's name.
QString ownersUrl(ServerLocation where)
{
    where.user.clear();
    return where.displayUrl();
}

// A login the plan's owner has not let in.
QString accessDenied(const QString &user, const ServerLocation &where)
{
    return TeamPlanText::tr("%1 may not read this team plan. Its owner gives access with: keyplan team grant %2 %1 "
                            "--role reader (or editor)")
        .arg(user, ownersUrl(where));
}


QString nextServerConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("keyplan-team-%1").arg(counter.fetchAndAddRelaxed(1));
}

void fail(PlanOpenResult *result, PlanOpenError error, const QString &message)
{
    if (result) {
        result->error = error;
        result->message = message;
    }
}

// libpq's reason for a failed connection, as what the user can do about it.
std::pair<PlanOpenError, QString> connectionFailure(const ServerLocation &where, const QString &libpq)
{
    const QString server = QStringLiteral("%1:%2").arg(where.host).arg(where.port);
    const QString said = libpq.simplified();
    const auto has = [&](const char *text) { return said.contains(QLatin1StringView(text), Qt::CaseInsensitive); };
    if (has("no password supplied") || has("fe_sendauth"))
        return {PlanOpenError::NeedsPassword,
            TeamPlanText::tr("The team server at %1 asks for %2's password.").arg(server, where.user)};
    if (has("password authentication failed") || has("authentication failed"))
        return {PlanOpenError::AuthenticationFailed,
            TeamPlanText::tr("The team server at %1 did not accept the password for %2. Check the user name and "
                             "the password (or the password file, ~/.pgpass).")
                .arg(server, where.user)};
    if (has("role") && has("does not exist"))
        return {PlanOpenError::AuthenticationFailed,
            TeamPlanText::tr("The team server at %1 has no user called %2. Ask its administrator for an account.")
                .arg(server, where.user)};
    if (has("database") && has("does not exist"))
        return {PlanOpenError::NotAPlan,
            TeamPlanText::tr("The team server at %1 has no database called %2.").arg(server, where.database)};
    if (has("permission denied for database") || has("CONNECT privilege"))
        return {PlanOpenError::AccessDenied, accessDenied(where.user, where)};
    if (has("does not match host name"))
        return {PlanOpenError::Insecure,
            TeamPlanText::tr("The team server's certificate is not made out to %1, so Keyplan did not trust it. Connect "
                             "by the name on its certificate, or ask its administrator. (%2)")
                .arg(where.host, said)};
    if (has("root certificate file") && has("does not exist"))
        return {PlanOpenError::Insecure,
            TeamPlanText::tr("The CA file %1 was not found, so the team server's certificate cannot be checked. Give "
                             "the path of the CA file from its administrator.")
                .arg(where.sslRootCert.isEmpty() ? QStringLiteral("~/.postgresql/root.crt") : where.sslRootCert)};
    if (has("no encryption"))
        return {PlanOpenError::Insecure,
            TeamPlanText::tr("The team server at %1 accepts %2 over a secure connection only. Add "
                             "?sslmode=verify-full&sslrootcert=CA-FILE to the address (the CA file from its administrator).")
                .arg(server, where.user)};
    if (has("certificate") || has("SSL") || has("GSSAPI"))
        return {PlanOpenError::Insecure,
            TeamPlanText::tr("A secure connection to the team server at %1 could not be made: %2").arg(server, said)};
    if (has("pg_hba.conf"))
        return {PlanOpenError::AuthenticationFailed,
            TeamPlanText::tr("The team server at %1 does not let %2 in from this computer: %3").arg(server, where.user, said)};
    if (has("could not connect") || has("connection refused") || has("could not translate host name")
        || has("timeout expired") || has("Network is unreachable") || has("No route to host")
        || has("Connection timed out"))
        return {PlanOpenError::NoServer,
            TeamPlanText::tr("No team server answered at %1. Check the address, and that you are online "
                             "(on the VPN, if your team needs it).")
                .arg(server)};
    return {PlanOpenError::ServerFailed, TeamPlanText::tr("The team server at %1 refused the connection: %2").arg(server, said)};
}

} // namespace

std::unique_ptr<PlanDatabase> PlanDatabase::openServer(
    const QString &url, PlanOpenMode mode, bool creating, PlanOpenResult *result)
{
    QString error;
    const std::optional<ServerLocation> where = ServerLocation::parse(url, &error);
    if (!where) {
        fail(result, PlanOpenError::NotAPlan, error);
        return nullptr;
    }
    std::unique_ptr<PlanDatabase> plan(new PlanDatabase);
    plan->m_server = true;
    plan->m_path = where->displayUrl();
    plan->m_displayName = where->shortName();
    plan->m_readOnly = mode != PlanOpenMode::ReadWrite;
    plan->m_connectionName = nextServerConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), plan->m_connectionName);
    if (!db.isValid()) {
        fail(result, PlanOpenError::ServerFailed,
            TeamPlanText::tr("This Keyplan cannot reach team plans: its PostgreSQL driver (Qt's QPSQL plugin) is "
                             "missing. Install libqt6sql6-psql."));
        return nullptr;
    }
    where->configure(db);
    if (!db.open()) {
        const auto [why, message] = connectionFailure(*where, db.lastError().databaseText());
        fail(result, why, message);
        return nullptr;
    }
    plan->m_clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!plan->startServerSession(&error)) {
        fail(result, PlanOpenError::ServerFailed, TeamPlanText::tr("The team server refused to set up the session: %1").arg(error));
        return nullptr;
    }

    const int current = currentSchemaVersion();
    const bool hasVersion = sql::tableExists(db, QStringLiteral("schema_version"), &error);
    if (creating) {
        if (hasVersion) {
            fail(result, PlanOpenError::AlreadyExists,
                TeamPlanText::tr("%1 already holds a team plan; Keyplan will not overwrite it. To publish a plan "
                                 "file, copy it into a new, empty database: keyplan copy makes the team plan itself, "
                                 "without team init first.")
                    .arg(plan->m_path));
            return nullptr;
        }
        if (!sql::tableNames(db).isEmpty()) {
            fail(result, PlanOpenError::NotAPlan,
                TeamPlanText::tr("The database %1 already holds other tables; a team plan needs a database of its own.")
                    .arg(where->database));
            return nullptr;
        }
    } else if (!hasVersion) {
        fail(result, PlanOpenError::NotAPlan,
            error.isEmpty() ? TeamPlanText::tr("The database %1 holds no Keyplan team plan. Its administrator makes one "
                                               "with: keyplan team init %2")
                                  .arg(where->database, plan->m_path)
                            : TeamPlanText::tr("The team plan could not be read: %1").arg(error));
        return nullptr;
    }

    // A login the plan's owner never granted a role: said as such, not as a format to upgrade.
    if (!creating
        && !sql::scalar(db, QStringLiteral("SELECT has_table_privilege('public.schema_version', 'SELECT')"), {}, &error)
                .toBool()) {
        fail(result, PlanOpenError::AccessDenied,
            error.isEmpty() ? accessDenied(sql::scalar(db, QStringLiteral("SELECT current_user")).toString(), *where)
                            : TeamPlanText::tr("The team plan could not be read: %1").arg(error));
        return nullptr;
    }

    const int version = creating ? 0 : sql::schemaVersion(db, &error);
    if (version > current) {
        fail(result, PlanOpenError::Newer,
            TeamPlanText::tr("This team plan was made by a newer Keyplan (format %1; this one reads up to %2). "
                             "Update Keyplan to open it.")
                .arg(version)
                .arg(current));
        return nullptr;
    }
    if (version < current) {
        if (mode != PlanOpenMode::ReadWrite || !(creating || team::ownsSchema(db))) {
            fail(result, PlanOpenError::NeedsUpgrade,
                TeamPlanText::tr("This team plan is in an older format (%1; this Keyplan uses %2). Its owner upgrades "
                                 "it with: keyplan team init %3")
                    .arg(version)
                    .arg(current)
                    .arg(plan->m_path));
            return nullptr;
        }
        Migrator migrator;
        // The roles' grants in the same transaction as the schema: no table exists without them.
        if (!migrator.migrate(db, version, {}, [](const QSqlDatabase &d, QString *why) {
                return team::grantRoles(d, why) && team::installChangeLog(d, why);
            })) {
            const QString why = migrator.errorString();
            const bool notOwner = why.contains(QLatin1String("permission denied"))
                || why.contains(QLatin1String("must be owner")) || why.contains(QLatin1String("admin option"));
            fail(result, creating ? PlanOpenError::CannotCreate : PlanOpenError::MigrationFailed,
                notOwner ? TeamPlanText::tr("%1 may not make or upgrade the team plan in the database %2: that is for "
                                            "the database's owner (createdb -O OWNER %2), and the first plan on a "
                                            "server needs CREATEROLE once, for Keyplan's roles. (%3)")
                               .arg(where->user, where->database, why.section(u'\n', 0, 0).trimmed())
                : creating ? TeamPlanText::tr("The team plan could not be made: %1").arg(why)
                         : TeamPlanText::tr("The team plan could not be upgraded (%1). It was left as it was.")
                               .arg(why));
            return nullptr;
        }
    }
    const QStringList differences = team::schemaDifferences(db);
    if (!differences.isEmpty() && mode != PlanOpenMode::Inspect) {
        fail(result, PlanOpenError::ForeignSchema,
            TeamPlanText::tr("This team plan's tables were changed outside Keyplan, so Keyplan will not use it: %1.")
                .arg(differences.mid(0, 5).join(QStringLiteral("; "))));
        return nullptr;
    }
    if (mode == PlanOpenMode::ReadWrite && !team::hasChangeLog(db)) {
        // Made by a Keyplan before team plans kept their history: its owner adds it; nobody edits
        // without it, since the log is what tells them about each other's changes.
        QString why;
        bool added = false;
        if (team::ownsSchema(db)) {
            WriteTransaction transaction(db);
            added = transaction.isActive() && team::grantRoles(db, &why) && team::installChangeLog(db, &why)
                && transaction.commit();
        }
        if (!added) {
            fail(result, PlanOpenError::NeedsUpgrade,
                why.isEmpty() ? TeamPlanText::tr("This team plan does not keep a change log yet. Its owner adds one "
                                                 "with: keyplan team init %1")
                                    .arg(plan->m_path)
                              : TeamPlanText::tr("The team plan's change log could not be added: %1").arg(why));
            return nullptr;
        }
    } else if (mode == PlanOpenMode::ReadWrite && !team::hasLogIndexes(db) && team::ownsSchema(db)) {
        // A log made before live refresh read it by transaction: its owner's next open indexes it
        // (others still follow changes without it, more slowly).
        team::addLogIndexes(db, nullptr);
    }
    if (!plan->m_readOnly && !team::canEdit(db)) {
        plan->m_readOnly = true;
        sql::execute(db, QStringLiteral("SET default_transaction_read_only = on"));
        if (result)
            result->readerRole = true;
    }
    return plan;
}

bool PlanDatabase::startServerSession(QString *error)
{
    const QSqlDatabase db = connection();
    // Every session alike, whatever the server's defaults: UTC, ISO dates, the plan in public.
    QStringList session = {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET datestyle = 'ISO, YMD'"),
        QStringLiteral("SET search_path = public"), QStringLiteral("SET client_min_messages = warning")};
    if (m_readOnly)
        session.append(QStringLiteral("SET default_transaction_read_only = on"));
    for (const QString &statement : std::as_const(session)) {
        if (!sql::execute(db, statement, error))
            return false;
    }
    // This window's writes are told from every other's, even the same user's second window.
    return team::identifyClient(db, m_clientId, error);
}

bool PlanDatabase::reconnect(QString *error)
{
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return startServerSession(error);
}

} // namespace keyplan
