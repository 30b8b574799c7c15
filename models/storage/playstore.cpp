#include "storage/playstore.h"

#include "storage/rowreader.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace keyplan {

QList<Play> PlayStore::read(
    const QString &where, std::initializer_list<QVariant> values, QString *error, Steps withSteps) const
{
    QList<Play> plays;
    QHash<PlayId, qsizetype> at;
    {
        sql::RowReader rows(m_db,
            QStringLiteral("SELECT id, account_id, rule, subject, title, why, owner_id, created_on, due_on, status, "
                           "snoozed_until, reason, closed_on, cleared_on, version FROM play %1 "
                           "ORDER BY created_on DESC, id DESC")
                .arg(where),
            values, error);
        while (rows.next()) {
            Play play;
            play.id = rows.integer(0);
            play.accountId = rows.integer(1); // NULL: the portfolio, 0
            play.rule = rows.text(2);
            play.subject = rows.text(3);
            play.title = rows.text(4);
            play.why = rows.text(5);
            play.ownerId = rows.optionalInteger(6);
            play.createdOn = rows.day(7);
            play.dueOn = rows.day(8);
            play.status = playStatusFromKey(rows.text(9)).value_or(PlayStatus::Open);
            play.snoozedUntil = rows.day(10);
            play.reason = rows.text(11);
            play.closedOn = rows.day(12);
            play.clearedOn = rows.day(13);
            play.version = rows.integer(14);
            at.insert(play.id, plays.size());
            plays.append(std::move(play));
        }
    }
    if (plays.isEmpty() || withSteps == Steps::Skip)
        return plays;
    sql::RowReader steps(m_db,
        QStringLiteral("SELECT s.play_id, s.text, s.done FROM play_step s JOIN play ON play.id = s.play_id %1 "
                       "ORDER BY s.play_id, s.position")
            .arg(where),
        values, error);
    while (steps.next()) {
        const auto found = at.constFind(steps.integer(0));
        if (found != at.cend())
            plays[*found].steps.append({steps.text(1), steps.integer(2) != 0});
    }
    return plays;
}

QList<Play> PlayStore::forAccount(AccountId accountId, QString *error) const
{
    if (accountId == 0)
        return read(QStringLiteral("WHERE play.account_id IS NULL"), {}, error);
    return read(QStringLiteral("WHERE play.account_id = ?"), {accountId}, error);
}

QHash<AccountId, QList<Play>> PlayStore::all(QString *error) const
{
    QHash<AccountId, QList<Play>> result;
    for (Play &play : read({}, {}, error))
        result[play.accountId].append(std::move(play));
    return result;
}

QHash<AccountId, QList<Play>> PlayStore::alive(QString *error) const
{
    QHash<AccountId, QList<Play>> result;
    for (Play &play : read(QStringLiteral("WHERE play.status IN ('open', 'snoozed')"), {}, error, Steps::Skip))
        result[play.accountId].append(std::move(play));
    return result;
}

std::optional<Play> PlayStore::find(PlayId id, QString *error) const
{
    const QList<Play> found = read(QStringLiteral("WHERE play.id = ?"), {id}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

bool PlayStore::insertSteps(PlayId id, const QList<PlayStep> &steps, QString *error)
{
    int position = 0;
    for (const PlayStep &step : steps) {
        if (!sql::run(m_db, QStringLiteral("INSERT INTO play_step (play_id, position, text, done) VALUES (?, ?, ?, ?)"),
                {id, position++, step.text, int(step.done)}, error)
                 .isActive())
            return false;
    }
    return true;
}

std::optional<PlayId> PlayStore::insert(const Play &play, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO play (id, account_id, rule, subject, title, why, owner_id, created_on, due_on, "
                       "status, snoozed_until, reason, closed_on, cleared_on, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::newId(play.id), sql::newId(play.accountId), play.rule, play.subject, play.title, play.why,
            sql::nullableId(play.ownerId), play.createdOn.toString(Qt::ISODate), play.dueOn.toString(Qt::ISODate),
            keyOf(play.status), sql::nullableDate(play.snoozedUntil), play.reason, sql::nullableDate(play.closedOn),
            sql::nullableDate(play.clearedOn), play.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    const PlayId id = play.id > 0 ? play.id : sql::returnedId(query);
    if (!insertSteps(id, play.steps, error))
        return std::nullopt;
    return id;
}

bool PlayStore::update(const Play &play, QString *error)
{
    const QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE play SET title = ?, why = ?, owner_id = ?, due_on = ?, status = ?, snoozed_until = ?, "
                       "reason = ?, closed_on = ?, cleared_on = ?, version = version + 1 WHERE id = ?"),
        {play.title, play.why, sql::nullableId(play.ownerId), play.dueOn.toString(Qt::ISODate), keyOf(play.status),
            sql::nullableDate(play.snoozedUntil), play.reason, sql::nullableDate(play.closedOn),
            sql::nullableDate(play.clearedOn), play.id},
        error);
    if (!query.isActive() || query.numRowsAffected() != 1)
        return false;
    return sql::run(m_db, QStringLiteral("DELETE FROM play_step WHERE play_id = ?"), {play.id}, error).isActive()
        && insertSteps(play.id, play.steps, error);
}

bool PlayStore::remove(PlayId id, QString *error)
{
    const QSqlQuery query = sql::run(m_db, QStringLiteral("DELETE FROM play WHERE id = ?"), {id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

QHash<QString, QStringList> PlayStore::playbooks(QString *error) const
{
    QHash<QString, QStringList> books;
    sql::RowReader rows(m_db, QStringLiteral("SELECT rule, text FROM playbook_step ORDER BY rule, position"), {}, error);
    while (rows.next())
        books[rows.text(0)].append(rows.text(1));
    return books;
}

bool PlayStore::setPlaybook(const QString &rule, const QStringList &steps, QString *error)
{
    if (!sql::run(m_db, QStringLiteral("DELETE FROM playbook_step WHERE rule = ?"), {rule}, error).isActive())
        return false;
    int position = 0;
    for (const QString &step : steps) {
        if (!sql::run(m_db, QStringLiteral("INSERT INTO playbook_step (rule, position, text) VALUES (?, ?, ?)"),
                {rule, position++, step}, error)
                 .isActive())
            return false;
    }
    return true;
}

QList<AccountId> PlayStore::accountsWithRulePlaysAlive(QString *error) const
{
    QList<AccountId> accounts;
    sql::RowReader rows(m_db,
        QStringLiteral("SELECT DISTINCT account_id FROM play WHERE account_id IS NOT NULL AND rule <> '' "
                       "AND status IN ('open', 'snoozed')"),
        {}, error);
    while (rows.next())
        accounts.append(rows.integer(0));
    return accounts;
}

} // namespace keyplan
