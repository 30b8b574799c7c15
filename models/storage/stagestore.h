#pragma once

#include "domain/stagechange.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace keyplan {

// The SQL for the dated history of stage changes. Callers own the transaction.
class StageStore
{
public:
    explicit StageStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Oldest first.
    QList<StageChange> forAccount(AccountId accountId, QString *error = nullptr) const;
    QList<StageChange> all(QString *error = nullptr) const;
    std::optional<StageChangeId> insert(const StageChange &change, QString *error = nullptr);
    bool update(const StageChange &change, QString *error = nullptr);
    bool remove(StageChangeId id, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace keyplan
