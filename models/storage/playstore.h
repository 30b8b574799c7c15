#pragma once

#include "domain/play.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace keyplan {

// The SQL for plays with their steps, and the user's playbooks. Callers own the transaction.
class PlayStore
{
public:
    explicit PlayStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // One account's plays (0: those about the portfolio), newest first, with their steps.
    QList<Play> forAccount(AccountId accountId, QString *error = nullptr) const;
    // Every play, by account (0: the portfolio's), in two queries.
    QHash<AccountId, QList<Play>> all(QString *error = nullptr) const;
    std::optional<Play> find(PlayId id, QString *error = nullptr) const;
    // Every play alive (open or snoozed), by account, without their steps: what a report lists.
    QHash<AccountId, QList<Play>> alive(QString *error = nullptr) const;
    // The accounts with a rule's play alive (open or snoozed).
    QList<AccountId> accountsWithRulePlaysAlive(QString *error = nullptr) const;

    // Inserts with the play's own id when it has one (undo puts rows back exactly), and its steps.
    std::optional<PlayId> insert(const Play &play, QString *error = nullptr);
    // Every field and the whole list of steps.
    bool update(const Play &play, QString *error = nullptr);
    bool remove(PlayId id, QString *error = nullptr);

    // The user's steps for a rule's new plays; empty: Keyplan's own.
    QHash<QString, QStringList> playbooks(QString *error = nullptr) const;
    bool setPlaybook(const QString &rule, const QStringList &steps, QString *error = nullptr);

private:
    enum class Steps { Read, Skip };
    QList<Play> read(const QString &where, std::initializer_list<QVariant> values, QString *error,
        Steps steps = Steps::Read) const;
    bool insertSteps(PlayId id, const QList<PlayStep> &steps, QString *error);

    QSqlDatabase m_db;
};

} // namespace keyplan
