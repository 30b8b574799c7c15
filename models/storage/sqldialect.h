#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QSet>
#include <QVariant>

#include <initializer_list>
#include <optional>

// Where the two databases Keyplan runs on differ, and nowhere else: a plan file (SQLite) and a
// team plan (PostgreSQL). Schema and queries are shared; the migrations are written once, in the
// portable subset, and schemaStatement() adapts what PostgreSQL spells differently.
namespace keyplan::sql {

enum class Backend { SQLite, PostgreSQL };

Backend backend(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db) { return backend(db) == Backend::PostgreSQL; }

// A schema step's statement for `to`: on PostgreSQL an `INTEGER PRIMARY KEY` becomes a 64-bit
// identity column, other integers 64 bits (SQLite's are), REAL DOUBLE PRECISION, every foreign
// key DEFERRABLE (so that deferForeignKeys works), and SQLite's date('now'[, '+N days']) the
// same ISO text from CURRENT_DATE. On SQLite it is returned as it is.
QString schemaStatement(const QString &statement, Backend to);

// A statement as PostgreSQL runs it: an insert that gives its id as the first value, NULL for a new
// row (as SQLite's INTEGER PRIMARY KEY takes it), draws the identity's next value for a NULL
// instead, since an identity column takes no NULL. sql::run and sql::Statement call this; others
// are returned as they are.
QString serverStatement(const QString &statement);

// Runs one of Keyplan's own statements without preparing it: PostgreSQL cannot PREPARE DDL, and
// QPSQL prepares every statement given to QSqlQuery::prepare. Never for text that holds user input.
bool execute(const QSqlDatabase &db, const QString &statement, QString *error = nullptr);

// Runs an `INSERT ... RETURNING id` (both backends read it: SQLite since 3.35) and gives the id.
std::optional<qint64> insertReturningId(const QSqlDatabase &db, const QString &statement,
    std::initializer_list<QVariant> values, QString *error = nullptr);

// Foreign keys checked at commit instead of at each statement, until the transaction ends.
bool deferForeignKeys(const QSqlDatabase &db, QString *error = nullptr);

// Whether the plan has a table of that name (in the team plan's schema on PostgreSQL).
bool tableExists(const QSqlDatabase &db, const QString &table, QString *error = nullptr);

// The plan's tables (not SQLite's own), by name.
QStringList tableNames(const QSqlDatabase &db, QString *error = nullptr);

// Each table's columns in order with their declared type and literal default, and each foreign key
// as column -> parent table: what planTables() builds on.
struct ColumnInfo
{
    QString name;
    QString type; // as declared (SQLite) or as the catalogue names it (PostgreSQL: bigint, text...)
    QVariant defaultValue; // the DEFAULT's text (a quoted literal, a number), null without one
    bool primaryKey = false;
};
QList<ColumnInfo> tableColumns(const QSqlDatabase &db, const QString &table, QString *error = nullptr);
QList<std::pair<QString, QString>> foreignKeys(const QSqlDatabase &db, const QString &table, QString *error = nullptr);

// Every (table, column) the plan has.
QSet<std::pair<QString, QString>> presentColumns(const QSqlDatabase &db, QString *error = nullptr);

// After rows were written with their ids given (a copy, a restored plan): the next new row's id
// on PostgreSQL follows the highest one, as SQLite's rowid does by itself.
bool resetIdentities(const QSqlDatabase &db, QString *error = nullptr);

// The plan's schema version: PRAGMA user_version on SQLite, the schema_version table on
// PostgreSQL (0 when it has none).
int schemaVersion(const QSqlDatabase &db, QString *error = nullptr);
// Records it, inside the caller's transaction.
bool setSchemaVersion(const QSqlDatabase &db, int version, QString *error = nullptr);

} // namespace keyplan::sql
