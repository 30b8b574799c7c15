#include "storage/rowversion.h"

#include "storage/sqldialect.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

#include <cmath>

namespace keyplan::sql {
namespace {

QString quoted(const QString &name)
{
    QString escaped = name;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// A JSON number that holds a whole number is written as one: an INTEGER column on PostgreSQL
// takes no "12.0".
QVariant bound(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isDouble()) {
        const double number = value.toDouble();
        double whole = 0;
        if (std::modf(number, &whole) == 0.0 && std::abs(number) < 9.0e15)
            return QVariant(qint64(number));
        return QVariant(number);
    }
    if (value.isBool())
        return QVariant(value.toBool() ? 1 : 0);
    return value.toVariant();
}

} // namespace

bool expectVersion(const QSqlDatabase &db, const ReadRow &row, QString *error)
{
    // An update locks FOR NO KEY UPDATE, as strong as its own UPDATE: a colleague's edit of the same
    // row waits, while rows that only refer to it (a person added to the account) do not. A removal
    // locks FOR UPDATE, as its DELETE would: rows that would refer to it wait, then fail visibly.
    const QString lock = !isPostgres(db) ? QString()
        : row.removing                   ? QStringLiteral(" FOR UPDATE")
                                         : QStringLiteral(" FOR NO KEY UPDATE");
    const QString statement
        = QStringLiteral("SELECT version FROM %1 WHERE id = ? AND version = ?%2").arg(quoted(row.table), lock);
    QSqlQuery query = run(db, statement, {row.id, row.version}, error);
    if (!query.isActive())
        return false;
    if (query.next())
        return true;
    *error = staleRowError({row.table, row.id, row.version});
    return false;
}

bool writeColumns(const QSqlDatabase &db, const ReadRow &row, const QJsonObject &columns, QString *error)
{
    QStringList assignments;
    QVariantList values;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (it.key() == QLatin1String("id") || it.key() == QLatin1String("version"))
            continue;
        assignments.append(quoted(it.key()) + QStringLiteral(" = ?"));
        values.append(bound(it.value()));
    }
    assignments.append(QStringLiteral("version = ?"));
    values << row.version + 1 << row.id << row.version;
    const QSqlQuery query = run(db,
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?").arg(quoted(row.table), assignments.join(u", ")),
        values, error);
    if (!query.isActive())
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    *error = staleRowError({row.table, row.id, row.version});
    return false;
}

} // namespace keyplan::sql
