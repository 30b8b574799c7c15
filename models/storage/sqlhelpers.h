#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// Small helpers so every statement is prepared and bound, and every failure carries a message.
namespace keyplan::sql {

// Prepares `statement`, binds `values` positionally (a QString without text binds as '', a
// QVariant without a value as NULL) and executes it. On failure, `error` (if
// given) receives the driver's message and the query is returned inactive.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {},
    QString *error = nullptr);
// The same, with values made at run time (a statement whose columns are chosen then).
QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariantList &values, QString *error);

// A statement prepared once, on its first run, and bound and run again after: for a store kept
// through many rows (an import's), where preparing every time was most of the time. On SQLite it
// goes through SQLite's own interface (Qt 6.4 builds a placeholder's name for every value it
// binds, a fifth of an import's time); on other drivers through QSqlQuery. Its rows are good
// until the next run; it must go before its connection closes.
class Statement
{
public:
    explicit Statement(QString text);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds `values` as run() does and executes; false, with the driver's message in `error`.
    // The first run prepares it on `db`, and it stays on that connection.
    bool exec(const QSqlDatabase &db, std::initializer_list<QVariant> values, QString *error = nullptr);
    bool next(); // the next row of what it selected
    QVariant value(int column) const;
    int rowsAffected() const { return m_rowsAffected; }
    void finish(); // done with its rows

private:
    bool prepare(const QSqlDatabase &db, QString *error);

    QString m_text;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_sqlite = nullptr;
    std::optional<QSqlQuery> m_query; // another driver's
    bool m_rowWaiting = false; // the step of exec() found the first row
    bool m_rowsLeft = false;
    int m_rowsAffected = 0;
};

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
// The id an `INSERT ... RETURNING id` gave (both backends: SQLite since 3.35); 0 without a row.
qint64 returnedId(QSqlQuery &query);

// What a store says when the row it was asked to change or delete is no longer at the version its
// caller read (`WHERE id = ? AND version = ?` matched nothing): someone changed it since. The text
// carries the row, so the editing layer can show what changed (staleRow()).
struct StaleRow
{
    QString table;
    qint64 id = 0;
    qint64 versionRead = 0;
};
QString staleRowError(const StaleRow &row);
std::optional<StaleRow> staleRow(const QString &error);

// The SQLite handle under a QSQLITE connection (nullptr for any other driver or a closed one).
sqlite3 *sqliteHandle(const QSqlDatabase &db);
// The errno of the connection's last failed system call (ENOSPC for a full disk), or 0.
int lastSystemError(const QSqlDatabase &db);

} // namespace keyplan::sql
