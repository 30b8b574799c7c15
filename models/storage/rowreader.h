#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>

struct sqlite3_stmt;

namespace keyplan::sql {

// Reads the rows of a SELECT, one decoding for every driver. Under SQLite it steps the statement
// itself: no QVariant per value, which makes the every-row reads of a large plan (each change of
// ARR, each account, each open opportunity) several times faster. Under any other driver it
// reads through QSqlQuery.
//
//     RowReader rows(db, QStringLiteral("SELECT id, name FROM account WHERE is_key = ?"), {1}, &error);
//     while (rows.next())
//         names.insert(rows.integer(0), rows.text(1));
//
// A read that stops on an error (a damaged page) puts the driver's message into `error` unless
// it already holds one, so a partial list is never taken for a whole one.
class RowReader
{
public:
    RowReader(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {},
        QString *error = nullptr);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // The next row; false after the last one, or on an error.
    bool next();

    bool isNull(int column) const;
    qint64 integer(int column) const; // 0 for NULL
    std::optional<qint64> optionalInteger(int column) const; // nothing for NULL
    double real(int column) const; // 0 for NULL
    std::optional<double> optionalReal(int column) const; // nothing for NULL
    QString text(int column) const; // null QString for NULL
    // The text's UTF-8 bytes without a copy, valid until next(): for keys compared with constants.
    QByteArrayView bytes(int column) const;
    // A day kept as "YYYY-MM-DD"; invalid for NULL or anything else.
    QDate day(int column) const;

private:
    void fail(const QString &message);

    QString *m_error = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query; // any other driver
    mutable QList<QByteArray> m_bytes; // bytes() under another driver, per column
};

} // namespace keyplan::sql
