#include "storage/arrchangestore.h"

#include "storage/sqlhelpers.h"

#include <QSqlQuery>

#include <sqlite3.h>

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

namespace {

// "2026-10-01" without the general parser: this runs once per change of every account.
template<typename Text> QDate isoDay(const Text &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return QDate::fromString(QString(text), Qt::ISODate); // whatever it is, judged the slow way
    const auto number = [&text](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const QChar c = text.at(i);
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c.unicode() - u'0');
        }
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2)); // invalid for impossible days
}

// The same read through SQLite itself: a plan's every change, read on every report and every
// open of the window, is read without a QVariant per value (several times faster).
QHash<AccountId, QList<ArrChange>> readFiguresFast(sqlite3 *handle, QString *error)
{
    QHash<AccountId, QList<ArrChange>> timelines;
    sqlite3_stmt *statement = nullptr;
    const char sqlText[] = "SELECT id, account_id, effective_on, kind, arr_minor FROM arr_change "
                           "ORDER BY account_id, effective_on, id";
    if (sqlite3_prepare_v2(handle, sqlText, -1, &statement, nullptr) != SQLITE_OK) {
        if (error && error->isEmpty())
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return timelines;
    }
    QList<std::pair<QByteArray, ArrChangeKind>> kinds;
    for (const ArrChangeKind kind : allArrChangeKinds)
        kinds.append({keyOf(kind).toLatin1(), kind});
    QList<ArrChange> *current = nullptr;
    AccountId currentId = 0;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        ArrChange change;
        change.id = sqlite3_column_int64(statement, 0);
        change.accountId = sqlite3_column_int64(statement, 1);
        const auto *day = reinterpret_cast<const char *>(sqlite3_column_text(statement, 2));
        change.on = isoDay(QLatin1StringView(day ? day : ""));
        const auto *kind = reinterpret_cast<const char *>(sqlite3_column_text(statement, 3));
        const QLatin1StringView kindKey(kind ? kind : "");
        change.kind = ArrChangeKind::Expansion;
        for (const auto &[key, value] : kinds) {
            if (QLatin1StringView(key) == kindKey) {
                change.kind = value;
                break;
            }
        }
        change.arr = sqlite3_column_int64(statement, 4);
        if (!current || change.accountId != currentId) {
            currentId = change.accountId;
            current = &timelines[currentId];
        }
        current->append(change);
    }
    if (status != SQLITE_DONE && error && error->isEmpty())
        *error = QString::fromUtf8(sqlite3_errmsg(handle)); // a damaged page: never a partial read
    sqlite3_finalize(statement);
    return timelines;
}

} // namespace

QHash<AccountId, QList<ArrChange>> ArrChangeStore::allForFigures(QString *error) const
{
    QHash<AccountId, QList<ArrChange>> timelines;
    if (sqlite3 *handle = sql::sqliteHandle(m_db))
        return readFiguresFast(handle, error);
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("SELECT id, account_id, effective_on, kind, arr_minor FROM arr_change") + timelineOrder, {},
        error);
    QList<ArrChange> *current = nullptr;
    AccountId currentId = 0;
    QHash<QString, ArrChangeKind> kinds;
    for (const ArrChangeKind kind : allArrChangeKinds)
        kinds.insert(keyOf(kind), kind);
    while (query.next()) {
        ArrChange change;
        change.id = query.value(0).toLongLong();
        change.accountId = query.value(1).toLongLong();
        change.on = isoDay(query.value(2).toString());
        change.kind = kinds.value(query.value(3).toString(), ArrChangeKind::Expansion);
        change.arr = query.value(4).toLongLong();
        if (!current || change.accountId != currentId) {
            currentId = change.accountId;
            current = &timelines[currentId];
        }
        current->append(change);
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
