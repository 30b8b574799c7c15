#pragma once

#include "domain/revenuesnapshot.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace keyplan {

// The SQL for monthly revenue snapshots. Callers own the transaction.
class RevenueStore
{
public:
    explicit RevenueStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Oldest month first.
    QList<RevenueSnapshot> forAccount(AccountId accountId, QString *error = nullptr) const;
    QList<RevenueSnapshot> all(QString *error = nullptr) const;
    // Every account's recurring revenue in one month; accounts without a snapshot are absent.
    QHash<AccountId, MinorUnits> atMonth(const QDate &month, QString *error = nullptr) const;
    std::optional<MinorUnits> value(AccountId accountId, const QDate &month) const;
    // The latest month any account has a snapshot for; invalid when there are none.
    QDate latestMonth(QString *error = nullptr) const;

    bool set(const RevenueSnapshot &snapshot, QString *error = nullptr);
    bool remove(AccountId accountId, const QDate &month, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace keyplan
