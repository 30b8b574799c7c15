#pragma once

#include "domain/arrchange.h"
#include "domain/exchangerates.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace keyplan {

// The SQL for ARR timelines and exchange rates. Callers own the transaction.
class ArrChangeStore
{
public:
    explicit ArrChangeStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // One account's timeline, oldest first (sorted as sortTimeline sorts).
    QList<ArrChange> forAccount(AccountId accountId, QString *error = nullptr) const;
    // Every account's timeline, each oldest first, read in one query.
    QHash<AccountId, QList<ArrChange>> all(QString *error = nullptr) const;
    // The same for figures only: each change's id, day, kind and ARR (no note, opportunity or
    // version), read lean; what the portfolio header, the bridge and the report compute from.
    QHash<AccountId, QList<ArrChange>> allForFigures(QString *error = nullptr) const;
    std::optional<ArrChange> find(ArrChangeId id, QString *error = nullptr) const;
    // The latest day any change is dated; invalid when there are none.
    QDate latestDay(QString *error = nullptr) const;

    // Inserts with the change's own id when it has one (undo puts rows back exactly).
    std::optional<ArrChangeId> insert(const ArrChange &change, QString *error = nullptr);
    bool update(const ArrChange &change, QString *error = nullptr);
    bool remove(ArrChangeId id, QString *error = nullptr);

    QList<ExchangeRate> rates(QString *error = nullptr) const;
    std::optional<ExchangeRateId> insertRate(const ExchangeRate &rate, QString *error = nullptr);
    bool updateRate(const ExchangeRate &rate, QString *error = nullptr);
    bool removeRate(ExchangeRateId id, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace keyplan
