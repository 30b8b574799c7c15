#include "storage/goalstore.h"

#include "storage/rowreader.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace keyplan {
namespace {

const QString selectGoals = QStringLiteral(
    "SELECT id, account_id, objective, measure, unit, baseline, target, due_on, status, customer_owner_id, "
    "owner_id, unit_value, value_per, version FROM goal");
const QString goalOrder = QStringLiteral(" ORDER BY account_id, due_on IS NULL, due_on, id");

Goal readGoal(const sql::RowReader &row)
{
    Goal goal;
    goal.id = row.integer(0);
    goal.accountId = row.integer(1);
    goal.objective = row.text(2);
    goal.measure = row.text(3);
    goal.unit = row.text(4);
    goal.baseline = row.optionalReal(5);
    goal.target = row.optionalReal(6);
    goal.dueOn = row.day(7);
    goal.status = goalStatusFromKey(row.text(8)).value_or(GoalStatus::OnTrack);
    goal.customerOwnerId = row.optionalInteger(9);
    goal.ownerId = row.optionalInteger(10);
    goal.unitValue = row.optionalInteger(11);
    goal.valuePer = valuePeriodFromKey(row.text(12)).value_or(ValuePeriod::Year);
    goal.version = row.integer(13);
    return goal;
}

} // namespace

QList<Goal> GoalStore::forAccount(AccountId accountId, QString *error) const
{
    QList<Goal> goals;
    sql::RowReader rows(m_db, selectGoals + QStringLiteral(" WHERE account_id = ?") + goalOrder, {accountId}, error);
    while (rows.next())
        goals.append(readGoal(rows));
    return goals;
}

QHash<AccountId, QList<Goal>> GoalStore::all(QString *error) const
{
    QHash<AccountId, QList<Goal>> goals;
    sql::RowReader rows(m_db, selectGoals + goalOrder, {}, error);
    while (rows.next()) {
        Goal goal = readGoal(rows);
        goals[goal.accountId].append(std::move(goal));
    }
    return goals;
}

std::optional<Goal> GoalStore::find(GoalId id, QString *error) const
{
    sql::RowReader rows(m_db, selectGoals + QStringLiteral(" WHERE id = ?"), {id}, error);
    if (rows.next())
        return readGoal(rows);
    return std::nullopt;
}

std::optional<GoalId> GoalStore::insert(const Goal &goal, QString *error)
{
    QSqlQuery query = sql::run(m_db,
        QStringLiteral("INSERT INTO goal (id, account_id, objective, measure, unit, baseline, target, due_on, status, "
                       "customer_owner_id, owner_id, unit_value, value_per, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?) RETURNING id"),
        {sql::newId(goal.id), goal.accountId, goal.objective, goal.measure, goal.unit, sql::nullableReal(goal.baseline),
            sql::nullableReal(goal.target), sql::nullableDate(goal.dueOn), keyOf(goal.status),
            sql::nullableId(goal.customerOwnerId), sql::nullableId(goal.ownerId), sql::nullableId(goal.unitValue), keyOf(goal.valuePer),
            goal.version},
        error);
    if (!query.isActive())
        return std::nullopt;
    return goal.id > 0 ? goal.id : sql::returnedId(query);
}

bool GoalStore::update(const Goal &goal, QString *error)
{
    const QSqlQuery query = sql::run(m_db,
        QStringLiteral("UPDATE goal SET objective = ?, measure = ?, unit = ?, baseline = ?, target = ?, due_on = ?, "
                       "status = ?, customer_owner_id = ?, owner_id = ?, unit_value = ?, value_per = ?, version = version + 1 "
                       "WHERE id = ?"),
        {goal.objective, goal.measure, goal.unit, sql::nullableReal(goal.baseline), sql::nullableReal(goal.target),
            sql::nullableDate(goal.dueOn), keyOf(goal.status), sql::nullableId(goal.customerOwnerId),
            sql::nullableId(goal.ownerId), sql::nullableId(goal.unitValue), keyOf(goal.valuePer), goal.id},
        error);
    return query.isActive() && query.numRowsAffected() == 1;
}

bool GoalStore::remove(GoalId id, QString *error)
{
    const QSqlQuery query = sql::run(m_db, QStringLiteral("DELETE FROM goal WHERE id = ?"), {id}, error);
    return query.isActive() && query.numRowsAffected() == 1;
}

GoalStore::Links GoalStore::links(GoalId id, QString *error) const
{
    Links links;
    sql::RowReader outcomes(m_db, QStringLiteral("SELECT id FROM value_outcome WHERE goal_id = ? ORDER BY id"), {id}, error);
    while (outcomes.next())
        links.valueOutcomes.append(outcomes.integer(0));
    sql::RowReader opportunities(m_db, QStringLiteral("SELECT id FROM opportunity WHERE goal_id = ? ORDER BY id"), {id}, error);
    while (opportunities.next())
        links.opportunities.append(opportunities.integer(0));
    return links;
}

bool GoalStore::relink(GoalId id, const Links &links, QString *error)
{
    for (const qint64 outcome : links.valueOutcomes) {
        if (!sql::run(m_db, QStringLiteral("UPDATE value_outcome SET goal_id = ? WHERE id = ?"), {id, outcome}, error)
                 .isActive())
            return false;
    }
    for (const qint64 opportunity : links.opportunities) {
        if (!sql::run(m_db, QStringLiteral("UPDATE opportunity SET goal_id = ? WHERE id = ?"), {id, opportunity}, error)
                 .isActive())
            return false;
    }
    return true;
}

} // namespace keyplan
