#pragma once

#include "domain/goal.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace keyplan {

// The SQL for the customer's goals. Callers own the transaction.
class GoalStore
{
public:
    explicit GoalStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // One account's goals, by due day (those without one last), then as entered.
    QList<Goal> forAccount(AccountId accountId, QString *error = nullptr) const;
    // Every account's, in one query.
    QHash<AccountId, QList<Goal>> all(QString *error = nullptr) const;
    std::optional<Goal> find(GoalId id, QString *error = nullptr) const;

    // Inserts with the goal's own id when it has one (undo puts rows back exactly).
    std::optional<GoalId> insert(const Goal &goal, QString *error = nullptr);
    bool update(const Goal &goal, QString *error = nullptr);
    // Removes the goal; value outcomes and opportunities that served it keep their place unlinked.
    bool remove(GoalId id, QString *error = nullptr);
    // The value outcomes and opportunities linked to the goal: what undoing its removal relinks.
    struct Links
    {
        QList<qint64> valueOutcomes;
        QList<qint64> opportunities;
    };
    Links links(GoalId id, QString *error = nullptr) const;
    bool relink(GoalId id, const Links &links, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace keyplan
