#include "storage/accountstore.h"

#include "storage/rowreader.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

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
    "renewal_date, stage, notes, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");

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

Account readAccount(const sql::RowReader &row)
{
    Account account;
    account.id = row.integer(0);
    account.name = row.text(1);
    account.segment = segmentFromKey(row.text(2)).value_or(Segment::MidMarket);
    account.tier = tierFromKey(row.text(3)).value_or(Tier::Standard);
    account.isKey = row.integer(4) != 0;
    account.ownerId = row.optionalInteger(5);
    account.industry = row.text(6);
    account.region = row.text(7);
    account.employees = int(row.integer(8));
    account.currency = row.text(9);
    account.arr = row.integer(10);
    account.renewalDate = row.day(11);
    account.stage = stageFromKey(row.text(12)).value_or(Stage::PreKam);
    account.notes = row.text(13);
    account.version = row.integer(14);
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
    sql::RowReader rows(m_db, selectAccounts + QStringLiteral(" ORDER BY id"), {onDay}, error);
    while (rows.next())
        accounts.append(readAccount(rows));
    return accounts;
}

std::optional<Account> AccountStore::find(AccountId id, QString *error, const QDate &arrOn) const
{
    sql::RowReader rows(m_db, selectAccounts + QStringLiteral(" WHERE id = ?"), {day(arrOn), id}, error);
    if (rows.next())
        return readAccount(rows);
    return std::nullopt;
}

int AccountStore::count() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM account")).toInt();
}

std::optional<AccountId> AccountStore::insert(const Account &account, QString *error)
{
    QSqlQuery query = sql::run(m_db, insertAccount,
        {account.id > 0 ? QVariant(account.id) : QVariant(QMetaType::fromType<qint64>()), account.name,
            keyOf(account.segment), keyOf(account.tier), account.isKey ? 1 : 0,
            account.ownerId ? QVariant(*account.ownerId) : QVariant(QMetaType::fromType<qint64>()),
            account.industry, account.region, account.employees, account.currency,
            sql::nullableDate(account.renewalDate), keyOf(account.stage), account.notes, account.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    return sql::returnedId(query);
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

namespace {

const QString selectOwnerChanges
    = QStringLiteral("SELECT id, account_id, changed_on, from_id, to_id, version FROM account_owner_change");
const QString ownerChangeOrder = QStringLiteral(" ORDER BY account_id, changed_on, id");

OwnerChange readOwnerChange(const sql::RowReader &row)
{
    return {row.integer(0), row.integer(1), row.day(2), row.optionalInteger(3), row.optionalInteger(4), row.integer(5)};
}

} // namespace

QList<OwnerChange> AccountStore::ownerChanges(AccountId id, QString *error) const
{
    QList<OwnerChange> changes;
    sql::RowReader rows(m_db, selectOwnerChanges + QStringLiteral(" WHERE account_id = ?") + ownerChangeOrder, {id}, error);
    while (rows.next())
        changes.append(readOwnerChange(rows));
    return changes;
}

QHash<AccountId, QList<OwnerChange>> AccountStore::allOwnerChanges(QString *error) const
{
    QHash<AccountId, QList<OwnerChange>> changes;
    sql::RowReader rows(m_db, selectOwnerChanges + ownerChangeOrder, {}, error);
    while (rows.next()) {
        OwnerChange change = readOwnerChange(rows);
        changes[change.accountId].append(std::move(change));
    }
    return changes;
}

std::optional<qint64> AccountStore::insertOwnerChange(const OwnerChange &change, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO account_owner_change (id, account_id, changed_on, from_id, to_id, version) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::newId(change.id), change.accountId, change.on.toString(Qt::ISODate), sql::nullableId(change.from),
            sql::nullableId(change.to), change.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    return change.id > 0 ? change.id : sql::returnedId(query);
}

bool AccountStore::noteOwnerChange(AccountId id, std::optional<TeamMemberId> from, std::optional<TeamMemberId> to,
    const QDate &day, QString *error)
{
    if (from == to)
        return true;
    const QList<OwnerChange> changes = ownerChanges(id, error);
    if (!changes.isEmpty() && changes.constLast().on == day) {
        const OwnerChange &same = changes.constLast();
        if (same.from == to) // back to where the day began
            return sql::run(m_db, QStringLiteral("DELETE FROM account_owner_change WHERE id = ?"), {same.id}, error)
                .isActive();
        return sql::run(m_db,
            QStringLiteral("UPDATE account_owner_change SET to_id = ?, version = version + 1 WHERE id = ?"),
            {sql::nullableId(to), same.id}, error)
            .isActive();
    }
    return insertOwnerChange({0, id, day, from, to, 1}, error).has_value();
}

} // namespace keyplan
