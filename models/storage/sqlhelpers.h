#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>

struct sqlite3;

// Small helpers so every statement is prepared and bound, and every failure carries a message.
namespace keyplan::sql {

// Prepares `statement`, binds `values` positionally (a QString without text binds as '', a
// QVariant without a value as NULL) and executes it. On failure, `error` (if
// given) receives the driver's message and the query is returned inactive.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {},
    QString *error = nullptr);

// Runs a statement expected to return one value in one row; an invalid QVariant otherwise.
QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {},
    QString *error = nullptr);

// After reading a query to its end: false, with the driver's message in `error`, when the rows
// stopped because of an error (a damaged page) rather than because there were no more.
bool readToEnd(const QSqlQuery &query, QString *error);

// NULL for an empty optional-like value: invalid dates and empty optionals become SQL NULL.
QVariant nullableDate(const QDate &date);
QVariant nullableId(std::optional<qint64> id);
QVariant nullableReal(std::optional<double> value);
// The id to insert: a positive one as it is (undo restores rows exactly), else NULL for a new one.
QVariant newId(qint64 id);
std::optional<qint64> optionalId(const QVariant &value);

// The SQLite handle under a QSQLITE connection (nullptr for any other driver or a closed one).
sqlite3 *sqliteHandle(const QSqlDatabase &db);
// The errno of the connection's last failed system call (ENOSPC for a full disk), or 0.
int lastSystemError(const QSqlDatabase &db);

} // namespace keyplan::sql
