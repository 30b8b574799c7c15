#include "storage/sqlhelpers.h"

#include <QDate>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <cerrno>

namespace keyplan::sql {

QSqlQuery run(
    const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        if (error)
            *error = query.lastError().text();
        return query;
    }
    for (const QVariant &value : values) {
        // Qt binds a null QString as SQL NULL; an empty text field is '' in the plan. A value meant
        // to be NULL is a QVariant without a value (see nullableDate), which stays NULL.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec() && error)
        *error = query.lastError().text();
    return query;
}

QVariant scalar(
    const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values, QString *error)
{
    QSqlQuery query = run(db, statement, values, error);
    if (query.isActive() && query.next())
        return query.value(0);
    return {};
}

bool readToEnd(const QSqlQuery &query, QString *error)
{
    const QSqlError problem = query.lastError();
    if (problem.type() == QSqlError::NoError)
        return true;
    if (error && error->isEmpty())
        *error = problem.text();
    return false;
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant();
}

QVariant nullableReal(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant newId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

int lastSystemError(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return 0;
    // SQLite keeps the errno of failed opens and I/O errors only; a full disk is its own code.
    if ((sqlite3_extended_errcode(handle) & 0xff) == SQLITE_FULL)
        return ENOSPC;
    return sqlite3_system_errno(handle);
}

} // namespace keyplan::sql
