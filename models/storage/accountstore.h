#pragma once

#include "domain/account.h"
#include "domain/ownerchange.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace keyplan {

// The SQL for accounts. Callers own the transaction: these are single statements.
class AccountStore
{
public:
    explicit AccountStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Each account's `arr` is its timeline's value on `arrOn` (today when invalid); Skip leaves it
    // 0, for callers that read the timelines themselves.
    enum class Arr { Read, Skip };
    QList<Account> all(QString *error = nullptr, const QDate &arrOn = {}, Arr arr = Arr::Read) const;
    QHash<AccountId, QString> names(QString *error = nullptr) const;
    std::optional<Account> find(AccountId id, QString *error = nullptr, const QDate &arrOn = {}) const;
    int count() const;

    // Inserts the account; a non-zero id is kept (so undo can bring an account back as it was).
    std::optional<AccountId> insert(const Account &account, QString *error = nullptr);
    // `value` as accountfields.h describes it.
    bool updateField(AccountId id, AccountField field, const QVariant &value, QString *error = nullptr);
    bool updateStage(AccountId id, Stage stage, QString *error = nullptr);
    bool remove(AccountId id, QString *error = nullptr);

    // The days accounts changed hands, oldest first.
    QList<OwnerChange> ownerChanges(AccountId id, QString *error = nullptr) const;
    QHash<AccountId, QList<OwnerChange>> allOwnerChanges(QString *error = nullptr) const;
    std::optional<qint64> insertOwnerChange(const OwnerChange &change, QString *error = nullptr);
    // Notes that the account passed from `from` to `to` on `day`. A second change on the same day
    // amends that day's row, and one back to where the day began removes it: undoing a change of
    // owner leaves no handover behind.
    bool noteOwnerChange(AccountId id, std::optional<TeamMemberId> from, std::optional<TeamMemberId> to,
        const QDate &day, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace keyplan
