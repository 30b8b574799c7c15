#include "storage/arrchangestore.h"

#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace keyplan {
namespace {

const QString selectChanges = QStringLiteral(
    "SELECT id, account_id, effective_on, kind, arr_minor, note, opportunity_id, version FROM arr_change");
const QString timelineOrder = QStringLiteral(" ORDER BY account_id, effective_on, id");

ArrChange readChange(const QSqlQuery &query)
{
    ArrChange change;
    change.id = query.value(0).toLongLong();
    change.accountId = query.value(1).toLongLong();
    change.on = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    change.kind = arrChangeKindFromKey(query.value(3).toString()).value_or(ArrChangeKind::Expansion);
    change.arr = query.value(4).toLongLong();
    change.note = query.value(5).toString();
    change.opportunityId = sql::optionalId(query.value(6));
    change.version = query.value(7).toLongLong();
    return change;
}

} // namespace

QList<ArrChange> ArrChangeStore::forAccount(AccountId accountId, QString *error) const
{
    QList<ArrChange> changes;
    QSqlQuery query
        = sql::run(m_db, selectChanges + QStringLiteral(" WHERE account_id = ?") + timelineOrder, {accountId}, error);
    while (query.next())
        changes.append(readChange(query));
    sql::readToEnd(query, error);
    return changes;
}

QHash<AccountId, QList<ArrChange>> ArrChangeStore::all(QString *error) const
{
    QHash<AccountId, QList<ArrChange>> timelines;
    QSqlQuery query = sql::run(m_db, selectChanges + timelineOrder, {}, error);
    query.setForwardOnly(true);
    QList<ArrChange> *current = nullptr;
    AccountId currentId = 0;
    while (query.next()) {
        ArrChange change = readChange(query);
        if (!current || change.accountId != currentId) {
            currentId = change.accountId;
            current = &timelines[currentId];
        }
        current->append(std::move(change));
    }
    sql::readToEnd(query, error);
    return timelines;
}

std::optional<ArrChange> ArrChangeStore::find(ArrChangeId id, QString *error) const
{
    QSqlQuery query = sql::run(m_db, selectChanges + QStringLiteral(" WHERE id = ?"), {id}, error);
    if (query.next())
        return readChange(query);
    return std::nullopt;
}

QDate ArrChangeStore::latestDay(QString *error) const
{
    return QDate::fromString(
        sql::scalar(m_db, QStringLiteral("SELECT MAX(effective_on) FROM arr_change"), {}, error).toString(),
        Qt::ISODate);
}

std::optional<ArrChangeId> ArrChangeStore::insert(const ArrChange &change, QString *error)
{
    const QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO arr_change (id, account_id, effective_on, kind, arr_minor, note, "
                       "opportunity_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::newId(change.id), change.accountId, change.on.toString(Qt::ISODate), keyOf(change.kind), change.arr,
            change.note, sql::nullableId(change.opportunityId), change.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    return change.id > 0 ? change.id : query.lastInsertId().toLongLong();
}

bool ArrChangeStore::update(const ArrChange &change, QString *error)
{
    const QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE arr_change SET effective_on = ?, kind = ?, arr_minor = ?, note = ?, "
                       "opportunity_id = ?, version = version + 1 WHERE id = ?"),
        {change.on.toString(Qt::ISODate), keyOf(change.kind), change.arr, change.note,
            sql::nullableId(change.opportunityId), change.id},
        error);
    return query.isActive() && query.numRowsAffected() == 1;
}

bool ArrChangeStore::remove(ArrChangeId id, QString *error)
{
    const QSqlQuery query = sql::run(m_db, QStringLiteral("DELETE FROM arr_change WHERE id = ?"), {id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

QList<ExchangeRate> ArrChangeStore::rates(QString *error) const
{
    QList<ExchangeRate> rates;
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT id, from_currency, to_currency, effective_on, rate_billionths, version "
                       "FROM exchange_rate ORDER BY from_currency, to_currency, effective_on"),
        {}, error);
    while (query.next())
        rates.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            QDate::fromString(query.value(3).toString(), Qt::ISODate), query.value(4).toLongLong(),
            query.value(5).toLongLong()});
    sql::readToEnd(query, error);
    return rates;
}

std::optional<ExchangeRateId> ArrChangeStore::insertRate(const ExchangeRate &rate, QString *error)
{
    const QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO exchange_rate (id, from_currency, to_currency, effective_on, "
                       "rate_billionths, version) VALUES (?, ?, ?, ?, ?, ?)"),
        {sql::newId(rate.id), rate.from, rate.to, rate.on.toString(Qt::ISODate), rate.rate, rate.version}, error);
    if (!query.isActive())
        return std::nullopt;
    return rate.id > 0 ? rate.id : query.lastInsertId().toLongLong();
}

bool ArrChangeStore::updateRate(const ExchangeRate &rate, QString *error)
{
    const QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE exchange_rate SET from_currency = ?, to_currency = ?, effective_on = ?, "
                       "rate_billionths = ?, version = version + 1 WHERE id = ?"),
        {rate.from, rate.to, rate.on.toString(Qt::ISODate), rate.rate, rate.id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

bool ArrChangeStore::removeRate(ExchangeRateId id, QString *error)
{
    const QSqlQuery query
        = sql::run(m_db, QStringLiteral("DELETE FROM exchange_rate WHERE id = ?"), {id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

} // namespace keyplan
