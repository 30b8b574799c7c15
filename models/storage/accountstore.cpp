#include "storage/accountstore.h"

#include "storage/sqlhelpers.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace keyplan {
namespace {

// ARR is the account's timeline read on a day: the last change on or before it (bound as the
// first value of every query below).
const QString selectAccounts = QStringLiteral(
    "SELECT id, name, segment, tier, is_key, owner_id, industry, region, employees, currency, "
    "(SELECT c.arr_minor FROM arr_change c WHERE c.account_id = account.id AND c.effective_on <= ? "
    "ORDER BY c.effective_on DESC, c.id DESC LIMIT 1), "
    "renewal_date, stage, notes, version FROM account");

const QString insertAccount = QStringLiteral(
    "INSERT INTO account (id, name, segment, tier, is_key, owner_id, industry, region, employees, currency, "
    "renewal_date, stage, notes, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

// Column names come from this fixed table, never from user text; values are always bound.
QString columnOf(AccountField field)
{
    switch (field) {
    case AccountField::Name:
        return QStringLiteral("name");
    case AccountField::Segment:
        return QStringLiteral("segment");
    case AccountField::Tier:
        return QStringLiteral("tier");
    case AccountField::IsKey:
        return QStringLiteral("is_key");
    case AccountField::Owner:
        return QStringLiteral("owner_id");
    case AccountField::Industry:
        return QStringLiteral("industry");
    case AccountField::Region:
        return QStringLiteral("region");
    case AccountField::Employees:
        return QStringLiteral("employees");
    case AccountField::Currency:
        return QStringLiteral("currency");
    case AccountField::RenewalDate:
        return QStringLiteral("renewal_date");
    case AccountField::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

QVariant toColumnValue(AccountField field, const QVariant &value)
{
    switch (field) {
    case AccountField::IsKey:
        return value.toBool() ? 1 : 0;
    case AccountField::Owner:
        return value.isNull() || !value.isValid() ? QVariant(QMetaType::fromType<qint64>()) : value;
    case AccountField::RenewalDate:
        return sql::nullableDate(value.toDate());
    default:
        return value;
    }
}

Account readAccount(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.name = query.value(1).toString();
    account.segment = segmentFromKey(query.value(2).toString()).value_or(Segment::MidMarket);
    account.tier = tierFromKey(query.value(3).toString()).value_or(Tier::Standard);
    account.isKey = query.value(4).toInt() != 0;
    if (!query.value(5).isNull())
        account.ownerId = query.value(5).toLongLong();
    account.industry = query.value(6).toString();
    account.region = query.value(7).toString();
    account.employees = query.value(8).toInt();
    account.currency = query.value(9).toString();
    account.arr = query.value(10).toLongLong();
    account.renewalDate = QDate::fromString(query.value(11).toString(), Qt::ISODate);
    account.stage = stageFromKey(query.value(12).toString()).value_or(Stage::PreKam);
    account.notes = query.value(13).toString();
    account.version = query.value(14).toLongLong();
    return account;
}

// A text column as a QString (UTF-8, as SQLite keeps it).
QString text(sqlite3_stmt *statement, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(statement, column)) : QString();
}

// readAccount() through SQLite itself, for the every-account read of the window and the report.
Account readAccount(sqlite3_stmt *statement)
{
    Account account;
    account.id = sqlite3_column_int64(statement, 0);
    account.name = text(statement, 1);
    account.segment = segmentFromKey(text(statement, 2)).value_or(Segment::MidMarket);
    account.tier = tierFromKey(text(statement, 3)).value_or(Tier::Standard);
    account.isKey = sqlite3_column_int(statement, 4) != 0;
    if (sqlite3_column_type(statement, 5) != SQLITE_NULL)
        account.ownerId = sqlite3_column_int64(statement, 5);
    account.industry = text(statement, 6);
    account.region = text(statement, 7);
    account.employees = sqlite3_column_int(statement, 8);
    account.currency = text(statement, 9);
    account.arr = sqlite3_column_int64(statement, 10);
    account.renewalDate = QDate::fromString(text(statement, 11), Qt::ISODate);
    account.stage = stageFromKey(text(statement, 12)).value_or(Stage::PreKam);
    account.notes = text(statement, 13);
    account.version = sqlite3_column_int64(statement, 14);
    return account;
}

QString day(const QDate &arrOn)
{
    return (arrOn.isValid() ? arrOn : QDate::currentDate()).toString(Qt::ISODate);
}

} // namespace

QHash<AccountId, QString> AccountStore::names(QString *error) const
{
    QHash<AccountId, QString> names;
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT id, name FROM account"), {}, error);
    while (query.next())
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    sql::readToEnd(query, error);
    return names;
}

QList<Account> AccountStore::all(QString *error, const QDate &arrOn, Arr arr) const
{
    QList<Account> accounts;
    // Skipped, the ARR subquery is asked for a day before any change: it finds none, at once.
    const QString onDay = arr == Arr::Skip ? QStringLiteral("0000-00-00") : day(arrOn);
    if (sqlite3 *handle = sql::sqliteHandle(m_db)) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray sqlText = (selectAccounts + QStringLiteral(" ORDER BY id")).toUtf8();
        const QByteArray dayText = onDay.toUtf8();
        int status = sqlite3_prepare_v2(handle, sqlText.constData(), int(sqlText.size()), &statement, nullptr);
        if (status == SQLITE_OK)
            status = sqlite3_bind_text(statement, 1, dayText.constData(), int(dayText.size()), SQLITE_TRANSIENT);
        while (status == SQLITE_OK || status == SQLITE_ROW) {
            status = sqlite3_step(statement);
            if (status == SQLITE_ROW)
                accounts.append(readAccount(statement));
        }
        if (status != SQLITE_DONE && error && error->isEmpty())
            *error = QString::fromUtf8(sqlite3_errmsg(handle)); // a damaged page: never a partial list
        sqlite3_finalize(statement);
        return accounts;
    }
    QSqlQuery query = sql::run(m_db, selectAccounts + QStringLiteral(" ORDER BY id"), {onDay}, error);
    while (query.next())
        accounts.append(readAccount(query));
    sql::readToEnd(query, error);
    return accounts;
}

std::optional<Account> AccountStore::find(AccountId id, QString *error, const QDate &arrOn) const
{
    QSqlQuery query = sql::run(m_db, selectAccounts + QStringLiteral(" WHERE id = ?"), {day(arrOn), id}, error);
    if (query.next())
        return readAccount(query);
    return std::nullopt;
}

int AccountStore::count() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM account")).toInt();
}

std::optional<AccountId> AccountStore::insert(const Account &account, QString *error)
{
    const QSqlQuery query = sql::run(m_db, insertAccount,
        {account.id > 0 ? QVariant(account.id) : QVariant(QMetaType::fromType<qint64>()), account.name,
            keyOf(account.segment), keyOf(account.tier), account.isKey ? 1 : 0,
            account.ownerId ? QVariant(*account.ownerId) : QVariant(QMetaType::fromType<qint64>()),
            account.industry, account.region, account.employees, account.currency,
            sql::nullableDate(account.renewalDate), keyOf(account.stage), account.notes, account.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool AccountStore::updateField(AccountId id, AccountField field, const QVariant &value, QString *error)
{
    const QString statement = QStringLiteral("UPDATE account SET %1 = ?, version = version + 1 WHERE id = ?")
                                  .arg(columnOf(field));
    const QSqlQuery query = sql::run(m_db, statement, {toColumnValue(field, value), id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

bool AccountStore::updateStage(AccountId id, Stage stage, QString *error)
{
    const QSqlQuery query
        = sql::run(m_db, QStringLiteral("UPDATE account SET stage = ?, version = version + 1 WHERE id = ?"),
            {keyOf(stage), id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

bool AccountStore::remove(AccountId id, QString *error)
{
    const QSqlQuery query = sql::run(m_db, QStringLiteral("DELETE FROM account WHERE id = ?"), {id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

} // namespace keyplan
