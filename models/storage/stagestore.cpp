#include "storage/stagestore.h"

#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace keyplan {
namespace {

const QString selectChanges
    = QStringLiteral("SELECT id, account_id, from_stage, to_stage, changed_on, reason, version FROM stage_change");

StageChange readChange(const QSqlQuery &query)
{
    StageChange change;
    change.id = query.value(0).toLongLong();
    change.accountId = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        change.from = stageFromKey(query.value(2).toString());
    change.to = stageFromKey(query.value(3).toString()).value_or(Stage::PreKam);
    change.changedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    change.reason = query.value(5).toString();
    change.version = query.value(6).toLongLong();
    return change;
}

QVariant fromColumn(const StageChange &change)
{
    return change.from ? QVariant(keyOf(*change.from)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QList<StageChange> StageStore::forAccount(AccountId accountId, QString *error) const
{
    QList<StageChange> changes;
    QSqlQuery query = sql::run(m_db,
        selectChanges + QStringLiteral(" WHERE account_id = ? ORDER BY changed_on, id"), {accountId}, error);
    while (query.next())
        changes.append(readChange(query));
    sql::readToEnd(query, error);
    return changes;
}

QList<StageChange> StageStore::all(QString *error) const
{
    QList<StageChange> changes;
    QSqlQuery query
        = sql::run(m_db, selectChanges + QStringLiteral(" ORDER BY account_id, changed_on, id"), {}, error);
    while (query.next())
        changes.append(readChange(query));
    sql::readToEnd(query, error);
    return changes;
}

std::optional<StageChangeId> StageStore::insert(const StageChange &change, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO stage_change (id, account_id, from_stage, to_stage, changed_on, reason) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {change.id > 0 ? QVariant(change.id) : QVariant(QMetaType::fromType<qint64>()), change.accountId,
            fromColumn(change), keyOf(change.to), change.changedOn.toString(Qt::ISODate), change.reason},
        error);
    if (!query.isActive())
        return std::nullopt;
    return sql::returnedId(query);
}

bool StageStore::update(const StageChange &change, QString *error)
{
    const QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE stage_change SET from_stage = ?, to_stage = ?, changed_on = ?, reason = ?, "
                       "version = version + 1 WHERE id = ?"),
        {fromColumn(change), keyOf(change.to), change.changedOn.toString(Qt::ISODate), change.reason,
            change.id},
        error);
    return query.isActive() && query.numRowsAffected() == 1;
}

bool StageStore::remove(StageChangeId id, QString *error)
{
    const QSqlQuery query
        = sql::run(m_db, QStringLiteral("DELETE FROM stage_change WHERE id = ?"), {id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

} // namespace keyplan
