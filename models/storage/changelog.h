#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// A team plan's change log: every insert, update and delete of a plan row, with who made it, when,
// and the row before and after. The server writes it (a trigger on every plan table, running as the
// plan's owner), so no tool an editor uses can skip it or change it; editors and readers may only
// read it. The same trigger announces each change on the `keyplan` notification channel (payload:
// the table and the row's id, nothing else) and refuses an undo that would overwrite someone
// else's later change. A plan file has no change log: it has one writer at a time.
namespace keyplan::team {

// The notification channel every team plan client listens on.
inline const QString changeChannel = QStringLiteral("keyplan");
// The SQLSTATE the server raises when an undo or redo would overwrite someone else's later change.
inline const QString replayConflictState = QStringLiteral("KP409");

// Makes (or remakes, keeping its rows) the log table, the trigger function and a trigger on every
// plan table. Run by the plan's owner after the roles were granted.
bool installChangeLog(const QSqlDatabase &db, QString *error);
// Whether the plan has its change log (a team plan made before it had one has not).
bool hasChangeLog(const QSqlDatabase &db);
// Whether the log has every index its readers use; adds those missing (the plan's owner only).
bool hasLogIndexes(const QSqlDatabase &db);
bool addLogIndexes(const QSqlDatabase &db, QString *error);

// Names this connection's writes, so the server can tell one window's changes from another's
// (the same user may have two windows open). Set once per session, before any write.
bool identifyClient(const QSqlDatabase &db, const QString &client, QString *error);
// Marks the current transaction as an undo or redo: the server refuses it (replayConflictState)
// where a row changed by someone else since this client's last write to it would be overwritten.
bool markReplay(const QSqlDatabase &db, QString *error);
// Marks the current transaction's writes as Keyplan's own, made for this client without the user
// asking (the plays and health snapshots a window keeps current): logged under the client's id
// with automaticSuffix, so the history tells them from what the person did.
inline const QString automaticSuffix = QStringLiteral(":automatic");
bool markAutomatic(const QSqlDatabase &db, const QString &client, QString *error);
// Asks the plan's owner's bulk writes (a copy to a new team plan) not to be logged row by row.
bool markBulk(const QSqlDatabase &db, QString *error);

struct ChangeEntry
{
    enum class Action { Insert, Update, Delete };

    qint64 id = 0; // in the order the server committed them
    QDateTime at; // UTC
    QString who; // the server login
    QString client;
    QString table;
    std::optional<qint64> rowId;
    std::optional<qint64> accountId;
    Action action = Action::Update;
    QJsonObject before; // empty for an insert
    QJsonObject after; // empty for a delete
    qint64 transaction = 0; // the server's transaction: the changes of one save share it (0: not known)

    // The columns whose value the change altered (every column of an insert or delete), without
    // the bookkeeping `version`.
    QStringList changedColumns() const;
};

// The account's history, newest first: its own row's changes and those of the rows that belong to
// it (people, meetings, opportunities, goals, ...), at most `limit` of them.
QList<ChangeEntry> accountHistory(const QSqlDatabase &db, qint64 accountId, int limit, QString *error);
// The changes (updates and deletes) to one row that started from `version` or a later one: what
// others did to it since it was read at `version`, oldest first.
QList<ChangeEntry> changesSinceVersion(const QSqlDatabase &db, const QString &table, qint64 rowId, qint64 version,
    QString *error);
// The changes to one row after the log entry `afterId` (0: all), oldest first.
QList<ChangeEntry> rowChanges(const QSqlDatabase &db, const QString &table, qint64 rowId, qint64 afterId, QString *error);
// The log entry of the later change that made the server refuse an undo or redo, when `error` is
// that refusal.
std::optional<qint64> replayConflict(const QString &error);
// A row as the log keeps it (column name -> value), read now; empty when there is no such row.
// On either backend.
QJsonObject currentRow(const QSqlDatabase &db, const QString &table, qint64 id, QString *error);
// One entry, by its id.
std::optional<ChangeEntry> changeEntry(const QSqlDatabase &db, qint64 id, QString *error);
// What the server had committed at one moment (its snapshot): every transaction below `xmax`
// except those still `running`. Log ids are drawn when a row is written, not when its transaction
// commits, so "entries after the last id seen" would miss a save that began before another and
// ended after it; marks do not.
struct CommitMark
{
    qint64 xmax = 0;
    QList<qint64> running;

    bool isValid() const { return xmax > 0; }
};
// The changes by other clients than `client` that the server committed after `since` (their
// entries without before and after, in log order), and the mark to read the next ones from: both
// from the same snapshot, so nothing committed meanwhile falls between two reads.
struct CommittedChanges
{
    QList<ChangeEntry> entries;
    CommitMark mark;
};
std::optional<CommittedChanges> changesCommittedSince(const QSqlDatabase &db, const CommitMark &since,
    const QString &client, QString *error);
// Whether the server answers (what the keep-alive asks).
bool ping(const QSqlDatabase &db, QString *error);
// The mark now (what a window starts following from).
std::optional<CommitMark> commitMark(const QSqlDatabase &db, QString *error);

} // namespace keyplan::team
