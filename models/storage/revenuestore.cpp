#include "storage/revenuestore.h"

#include "domain/month.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace keyplan {

QList<RevenueSnapshot> RevenueStore::forAccount(AccountId accountId, QString *error) const
{
    QList<RevenueSnapshot> snapshots;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT month, recurring_minor FROM revenue_snapshot WHERE account_id = ? ORDER BY month"),
        {accountId}, error);
    while (query.next())
        snapshots.append({accountId, monthFromKey(query.value(0).toString()), query.value(1).toLongLong()});
    sql::readToEnd(query, error);
    return snapshots;
}

QList<RevenueSnapshot> RevenueStore::all(QString *error) const
{
    QList<RevenueSnapshot> snapshots;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "SELECT account_id, month, recurring_minor FROM revenue_snapshot ORDER BY account_id, month"),
        {}, error);
    while (query.next())
        snapshots.append({query.value(0).toLongLong(), monthFromKey(query.value(1).toString()),
            query.value(2).toLongLong()});
    sql::readToEnd(query, error);
    return snapshots;
}

QHash<AccountId, MinorUnits> RevenueStore::atMonth(const QDate &month, QString *error) const
{
    QHash<AccountId, MinorUnits> values;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT account_id, recurring_minor FROM revenue_snapshot WHERE month = ?"),
        {monthKey(month)}, error);
    while (query.next())
        values.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    sql::readToEnd(query, error);
    return values;
}

std::optional<MinorUnits> RevenueStore::value(AccountId accountId, const QDate &month) const
{
    const QVariant value = sql::scalar(m_db,
        QStringLiteral("SELECT recurring_minor FROM revenue_snapshot WHERE account_id = ? AND month = ?"),
        {accountId, monthKey(month)});
    if (!value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

QDate RevenueStore::latestMonth(QString *error) const
{
    return monthFromKey(
        sql::scalar(m_db, QStringLiteral("SELECT MAX(month) FROM revenue_snapshot"), {}, error).toString());
}

bool RevenueStore::set(const RevenueSnapshot &snapshot, QString *error)
{
    const QSqlQuery query = sql::run(m_db,
        QStringLiteral(
            "INSERT INTO revenue_snapshot (account_id, month, recurring_minor) VALUES (?, ?, ?) "
            "ON CONFLICT (account_id, month) DO UPDATE SET recurring_minor = excluded.recurring_minor, "
            "version = revenue_snapshot.version + 1"),
        {snapshot.accountId, monthKey(snapshot.month), snapshot.recurring}, error);
    return query.isActive();
}

bool RevenueStore::remove(AccountId accountId, const QDate &month, QString *error)
{
    const QSqlQuery query
        = sql::run(m_db, QStringLiteral("DELETE FROM revenue_snapshot WHERE account_id = ? AND month = ?"),
            {accountId, monthKey(month)}, error);
    return query.isActive();
}

} // namespace keyplan
