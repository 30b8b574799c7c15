#pragma once

#include "domain/account.h"
#include "domain/personsignal.h"
#include "storage/sqlhelpers.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Where the plan's records came from (source_record), the user's import choices per source
// (import_setting), and what imports noticed about people (stakeholder_signal). Callers own the
// transaction.
namespace keyplan {

// One kept for many rows (an import's) prepares its lookups once.
class SourceRecordStore
{
public:
    explicit SourceRecordStore(QSqlDatabase db);

    struct Found
    {
        qint64 rowId = 0; // the source_record row
        qint64 recordId = 0; // the account, person, opportunity or business unit
        AccountId accountId = 0; // the account it belongs to
        QString details;
        QDate seenOn;
    };
    // The plan's record a source's id names; `kind` is "account", "person", "opportunity" or
    // "business_unit".
    std::optional<Found> find(const QString &source, const QString &kind, const QString &sourceId,
        QString *error = nullptr) const;
    // Remembers that `recordId` is the source's `sourceId`, seen on `day`; returns the row's id.
    std::optional<qint64> link(const QString &source, const QString &kind, const QString &sourceId, qint64 recordId,
        const QDate &day, const QString &details, QString *error = nullptr);
    bool touch(qint64 rowId, const QDate &day, const QString &details, QString *error = nullptr);
    // The source ids of one record (`kind` and id), by source.
    QHash<QString, QString> sourceIdsOf(const QString &kind, qint64 recordId, QString *error = nullptr) const;
    // The same for every record of a kind: record id -> source -> the source's id.
    QHash<qint64, QHash<QString, QString>> sourceIds(const QString &kind, QString *error = nullptr) const;

    // The user's choices for a source: "column:<header>" -> a field key, "stage:<name>" -> a stage.
    QHash<QString, QString> settings(const QString &source, QString *error = nullptr) const;
    bool setSetting(const QString &source, const QString &name, const QString &value, QString *error = nullptr);

    // A "may have left" signal on a person; one open signal per person.
    std::optional<qint64> raiseMayHaveLeft(qint64 stakeholderId, const QString &evidence, const QString &source,
        const QDate &day, QString *error = nullptr);
    // Open signals (not cleared), by person.
    QHash<qint64, PersonSignal> openSignals(QString *error = nullptr) const;
    // Open signals of one account's people, and of every account's.
    QList<PersonSignal> openSignals(AccountId account, QString *error = nullptr) const;
    QHash<AccountId, QList<PersonSignal>> openSignalsByAccount(QString *error = nullptr) const;
    // Puts an open signal back as it was (an account's deletion undone).
    bool insertSignal(const PersonSignal &signal, QString *error = nullptr);
    // The user settled a signal (still there, or marked as left) on `day`; reopening undoes that.
    bool clearSignal(qint64 id, const QDate &day, QString *error = nullptr);
    bool reopenSignal(qint64 id, QString *error = nullptr);

private:
    QSqlDatabase m_db;
    mutable sql::Statement m_find;
    sql::Statement m_link;
    sql::Statement m_touch;
};

} // namespace keyplan
