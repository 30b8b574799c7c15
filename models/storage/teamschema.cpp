#include "storage/teamschema.h"

#include "storage/migrator.h"
#include "storage/serverlocation.h"
#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlQuery>
#include <QUuid>

namespace keyplan::team {
namespace {

class TeamSchemaText
{
    Q_DECLARE_TR_FUNCTIONS(TeamSchema)
};

// The type PostgreSQL's catalogue names for a column the migrations declare on SQLite.
QString serverType(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QStringLiteral("INT")))
        return QStringLiteral("bigint");
    if (type.contains(QStringLiteral("REAL")) || type.contains(QStringLiteral("DOUBLE")))
        return QStringLiteral("double precision");
    return QStringLiteral("text");
}

using Columns = QMap<QString, QStringList>; // table -> "column type", in order

// The tables and columns today's migrations make, read once from a plan made in memory.
const Columns &expectedColumns()
{
    static QMutex mutex;
    static Columns columns;
    const QMutexLocker lock(&mutex);
    if (!columns.isEmpty())
        return columns;
    const QString name = QStringLiteral("keyplan-expected-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (memory.open() && Migrator().migrate(memory, 0)) {
            for (const QString &table : sql::tableNames(memory)) {
                for (const sql::ColumnInfo &column : sql::tableColumns(memory, table))
                    columns[table].append(column.name + u' ' + serverType(column.type));
            }
        }
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    return columns;
}

bool isOwnTrigger(const QString &name)
{
    return name.startsWith(QStringLiteral("keyplan_"));
}

} // namespace

QStringList planTableNames()
{
    return expectedColumns().keys();
}

QStringList versionedTableNames()
{
    QStringList tables;
    const Columns &columns = expectedColumns();
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (it.value().contains(QStringLiteral("version bigint")))
            tables.append(it.key());
    }
    return tables;
}

bool grantRoles(const QSqlDatabase &db, QString *error)
{
    // Fixed statements (no user text): PL/pgSQL makes each role only where the server has none,
    // and takes it that another team plan's init made it meanwhile (roles are server-wide).
    const QStringList statements = {
        QStringLiteral("DO $$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'keyplan_reader') THEN "
                       "BEGIN CREATE ROLE keyplan_reader NOLOGIN; "
                       "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'keyplan_editor') THEN "
                       "BEGIN CREATE ROLE keyplan_editor NOLOGIN; "
                       "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; END IF; END $$"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO keyplan_reader, keyplan_editor"),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO keyplan_reader, keyplan_editor"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO keyplan_editor"),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON schema_version FROM keyplan_editor"),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO keyplan_editor"),
        // The roles are the server's, shared by every plan on it: what keeps one team's plan from
        // another team's members is who may connect to its database. Only those granted a role on
        // this plan (grantRole) may; the database's name comes from the server, quoted by it.
        QStringLiteral("DO $$ BEGIN EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', "
                       "current_database()); END $$"),
    };
    // Under the migrations' lock: two owners' clients granting at once collide on the catalogue.
    if (!sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(Migrator::migrationLockKey)}, error)
             .isActive())
        return false;
    for (const QString &statement : statements) {
        if (!sql::execute(db, statement, error))
            return false;
    }
    return true;
}

bool grantRole(const QSqlDatabase &db, const QString &user, const QString &role, QString *error)
{
    if (role != readerRole && role != editorRole) {
        *error = TeamSchemaText::tr("%1 is not a Keyplan role; it is reader or editor.").arg(role);
        return false;
    }
    const QVariant canLogin = sql::scalar(db, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {user}, error);
    if (!canLogin.isValid()) {
        if (error->isEmpty())
            *error = TeamSchemaText::tr("The server has no user called %1. Its administrator creates one first "
                                        "(createuser %1, or CREATE ROLE ... LOGIN), then grants it a role here.")
                         .arg(user);
        return false;
    }
    // GRANT takes no bound values: the names are quoted as identifiers, the user's text never run.
    const QString other = role == readerRole ? editorRole : readerRole;
    const QString who = quotedIdentifier(user);
    const QString database = quotedIdentifier(sql::scalar(db, QStringLiteral("SELECT current_database()"), {}, error).toString());
    // Only where it is held: REVOKE of a role not held makes the server warn on the terminal.
    const bool holdsOther = sql::scalar(db, QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"), {user, other}, error).toBool();
    return error->isEmpty() && (!holdsOther || sql::execute(db, QStringLiteral("REVOKE %1 FROM %2").arg(other, who), error))
        && sql::execute(db, QStringLiteral("GRANT %1 TO %2").arg(role, who), error)
        && sql::execute(db, QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, who), error);
}

QStringList schemaDifferences(const QSqlDatabase &db)
{
    QStringList differences;
    QString error;
    Columns actual;
    QSqlQuery columns = sql::run(db,
        QStringLiteral("SELECT table_name, column_name, data_type FROM information_schema.columns "
                       "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"),
        {}, &error);
    while (columns.next())
        actual[columns.value(0).toString()].append(columns.value(1).toString() + u' ' + columns.value(2).toString());
    if (!sql::readToEnd(columns, &error))
        return {TeamSchemaText::tr("The schema could not be read: %1").arg(error)};
    const Columns &expected = expectedColumns();
    if (expected.isEmpty())
        return {TeamSchemaText::tr("Keyplan could not make its own schema to compare with.")};
    // A table Keyplan did not make could be anything, down to a name made to be run as SQL.
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()) && it.key() != QLatin1String("schema_version")
            && it.key() != QLatin1String("change_log"))
            differences.append(TeamSchemaText::tr("table %1 was added outside Keyplan").arg(it.key()));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key())) {
            differences.append(TeamSchemaText::tr("table %1 is missing").arg(it.key()));
            continue;
        }
        const QStringList &have = actual.value(it.key());
        for (const QString &column : it.value()) {
            if (!have.contains(column))
                differences.append(TeamSchemaText::tr("table %1 lacks column %2").arg(it.key(), column));
        }
        for (const QString &column : have) {
            if (!it.value().contains(column))
                differences.append(TeamSchemaText::tr("table %1 has a column Keyplan did not make: %2").arg(it.key(), column));
        }
    }
    QSqlQuery views = sql::run(db, QStringLiteral("SELECT viewname FROM pg_catalog.pg_views WHERE schemaname = current_schema()"));
    while (views.next())
        differences.append(TeamSchemaText::tr("view %1 was added outside Keyplan").arg(views.value(0).toString()));
    QSqlQuery triggers = sql::run(db,
        QStringLiteral("SELECT t.tgname, c.relname FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
                       "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"));
    while (triggers.next()) {
        if (!isOwnTrigger(triggers.value(0).toString()))
            differences.append(TeamSchemaText::tr("trigger %1 on %2 was added outside Keyplan")
                                   .arg(triggers.value(0).toString(), triggers.value(1).toString()));
    }
    return differences;
}

bool canEdit(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT has_table_privilege('account', 'UPDATE')")).toBool();
}

bool ownsSchema(const QSqlDatabase &db)
{
    return sql::scalar(db,
               QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                              "AND tablename = 'schema_version' AND pg_has_role(tableowner, 'USAGE')"))
               .toInt()
        > 0;
}

} // namespace keyplan::team
