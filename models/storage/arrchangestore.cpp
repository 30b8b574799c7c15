#include "storage/arrchangestore.h"

#include "storage/rowreader.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace keyplan {
namespace {

const QString selectChanges = QStringLiteral(
    "SELECT id, account_id, effective_on, kind, arr_minor, note, opportunity_id, version FROM arr_change");
const QString timelineOrder = QStringLiteral(" ORDER BY account_id, effective_on, id");

// A kind as the plan keeps it, compared without a QString: this runs once per change of every
// account. An unknown kind reads as expansion; `keyplan check` names it.
ArrChangeKind kindOf(QByteArrayView key)
{
    static const QList<std::pair<QByteArray, ArrChangeKind>> kinds = [] {
        QList<std::pair<QByteArray, ArrChangeKind>> list;
        for (const ArrChangeKind kind : allArrChangeKinds)
            list.append({keyOf(kind).toLatin1(), kind});
        return list;
    }();
    for (const auto &[text, kind] : kinds) {
        if (key == text)
            return kind;
    }
    return ArrChangeKind::Expansion;
}

ArrChange readChange(const sql::RowReader &row)
{
    ArrChange change;
    change.id = row.integer(0);
    change.accountId = row.integer(1);
    change.on = row.day(2);
    change.kind = kindOf(row.bytes(3));
    change.arr = row.integer(4);
    change.note = row.text(5);
    change.opportunityId = row.optionalInteger(6);
    change.version = row.integer(7);
    return change;
}

// Reads rows of `selectChanges` (or the lean columns of allForFigures) into timelines by account.
QHash<AccountId, QList<ArrChange>> readTimelines(sql::RowReader &rows, bool lean)
{
    QHash<AccountId, QList<ArrChange>> timelines;
    QList<ArrChange> *current = nullptr;
    AccountId currentId = 0;
    while (rows.next()) {
        ArrChange change;
        if (lean) {
            change.id = rows.integer(0);
            change.accountId = rows.integer(1);
            change.on = rows.day(2);
            change.kind = kindOf(rows.bytes(3));
            change.arr = rows.integer(4);
        } else {
            change = readChange(rows);
        }
        if (!current || change.accountId != currentId) {
            currentId = change.accountId;
            current = &timelines[currentId];
        }
        current->append(std::move(change));
    }
    return timelines;
}

} // namespace

QList<ArrChange> ArrChangeStore::forAccount(AccountId accountId, QString *error) const
{
    QList<ArrChange> changes;
    sql::RowReader rows(m_db, selectChanges + QStringLiteral(" WHERE account_id = ?") + timelineOrder, {accountId}, error);
    while (rows.next())
        changes.append(readChange(rows));
    return changes;
}

QHash<AccountId, QList<ArrChange>> ArrChangeStore::all(QString *error) const
{
    sql::RowReader rows(m_db, selectChanges + timelineOrder, {}, error);
    return readTimelines(rows, false);
}

QHash<AccountId, QList<ArrChange>> ArrChangeStore::allForFigures(QString *error) const
{
    // In the table's own order, then sorted per account: cheaper than walking the index and
    // looking up each row from it.
    sql::RowReader rows(
        m_db, QStringLiteral("SELECT id, account_id, effective_on, kind, arr_minor FROM arr_change"), {}, error);
    QHash<AccountId, QList<ArrChange>> timelines = readTimelines(rows, true);
    for (QList<ArrChange> &timeline : timelines)
        sortTimeline(timeline);
    return timelines;
}

std::optional<ArrChange> ArrChangeStore::find(ArrChangeId id, QString *error) const
{
    sql::RowReader rows(m_db, selectChanges + QStringLiteral(" WHERE id = ?"), {id}, error);
    if (rows.next())
        return readChange(rows);
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
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO arr_change (id, account_id, effective_on, kind, arr_minor, note, "
                       "opportunity_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::newId(change.id), change.accountId, change.on.toString(Qt::ISODate), keyOf(change.kind), change.arr,
            change.note, sql::nullableId(change.opportunityId), change.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    return change.id > 0 ? change.id : sql::returnedId(query);
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
    sql::RowReader rows(m_db,
        QStringLiteral("SELECT id, from_currency, to_currency, effective_on, rate_billionths, version "
                       "FROM exchange_rate ORDER BY from_currency, to_currency, effective_on"),
        {}, error);
    while (rows.next())
        rates.append({rows.integer(0), rows.text(1), rows.text(2), rows.day(3), rows.integer(4), rows.integer(5)});
    return rates;
}

std::optional<ExchangeRateId> ArrChangeStore::insertRate(const ExchangeRate &rate, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO exchange_rate (id, from_currency, to_currency, effective_on, "
                       "rate_billionths, version) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::newId(rate.id), rate.from, rate.to, rate.on.toString(Qt::ISODate), rate.rate, rate.version}, error);
    if (!query.isActive())
        return std::nullopt;
    return rate.id > 0 ? rate.id : sql::returnedId(query);
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
