#include "item/plandocument.h"

#include "domain/dayformat.h"

#include "item/changeannouncer.h"
#include "item/overwritecommand.h"
#include "storage/changelog.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QUndoStack>

#include <utility>

// PlanDocument's side of "no silent overwrites": edits made over the version the user read, and
// what the user is shown when someone else saved first.
namespace keyplan {

void PlanDocument::pushEdit(QUndoCommand *command, const sql::ReadRow &read, const QString &subject, bool overwritable)
{
    const QScopedValueRollback<std::optional<sql::ReadRow>> expecting(m_expectedRead, read);
    std::function<void(const QJsonObject &)> overwrite;
    if (overwritable)
        overwrite = [this, read, subject](const QJsonObject &merged) {
            // Over the row the dialog showed: a change made while it was open is another
            // conflict, not overwritten.
            overwriteRow({read.table, read.id, merged.value(QStringLiteral("version")).toInteger()}, merged, subject);
        };
    const QScopedValueRollback<std::optional<ConflictContext>> context(
        m_conflictContext, ConflictContext {subject, {}, overwrite});
    m_undoStack->push(command);
    m_expectedRead.reset();
}

void PlanDocument::pushRemoval(QUndoCommand *command, const sql::ReadRow &read, const QString &subject)
{
    sql::ReadRow removal = read;
    removal.removing = true;
    const QScopedValueRollback<std::optional<sql::ReadRow>> expecting(m_expectedRead, removal);
    const QScopedValueRollback<std::optional<ConflictContext>> context(
        m_conflictContext, ConflictContext {subject, {}, {}, true});
    m_undoStack->push(command);
    m_expectedRead.reset();
}

void PlanDocument::pushCheckedEdit(QUndoCommand *command, const QString &subject, const QJsonObject &mine,
    const std::function<void(const QJsonObject &merged)> &overwrite)
{
    const QScopedValueRollback<std::optional<ConflictContext>> context(
        m_conflictContext, ConflictContext {subject, mine, overwrite});
    m_undoStack->push(command);
}

void PlanDocument::reportRemovedSince(
    const QString &what, const sql::ReadRow &read, const QString &subject, const QJsonObject &mine, bool removing)
{
    const QScopedValueRollback<std::optional<ConflictContext>> context(
        m_conflictContext, ConflictContext {subject, mine, {}, removing});
    reportFailure(what, sql::staleRowError({read.table, read.id, read.version}));
}

void PlanDocument::overwriteRow(const sql::ReadRow &read, const QJsonObject &merged, const QString &subject)
{
    if (refuseWhenReadOnly())
        return;
    QString error;
    const QJsonObject now = team::currentRow(m_database->connection(), read.table, read.id, &error);
    const QScopedValueRollback<std::optional<ConflictContext>> context(m_conflictContext,
        ConflictContext {subject, merged, [this, read, subject](const QJsonObject &again) {
                             overwriteRow({read.table, read.id, again.value(QStringLiteral("version")).toInteger()},
                                 again, subject);
                         }});
    m_undoStack->push(new OverwriteRowCommand(this, read, now, merged, subject));
}

WriteConflict PlanDocument::conflictFor(const QString &what, const sql::StaleRow &stale)
{
    WriteConflict conflict;
    conflict.what = what;
    conflict.table = stale.table;
    conflict.rowId = stale.id;
    const QSqlDatabase db = m_database->connection();
    QString problem;
    conflict.now = team::currentRow(db, stale.table, stale.id, &problem);
    if (m_database->isServer()) {
        // Their changes: every one that started from the version read or a later one.
        conflict.theirs = team::changesSinceVersion(db, stale.table, stale.id, stale.versionRead, &problem);
        if (!conflict.theirs.isEmpty())
            conflict.base = conflict.theirs.constFirst().before;
    }
    // The row as a refused edit would have left it, where the edit did not say (pushEdit).
    const std::optional<QJsonObject> refused = std::exchange(m_refusedEdit, std::nullopt);
    if (m_conflictContext) {
        conflict.subject = m_conflictContext->subject;
        conflict.mine = m_conflictContext->mine.isEmpty() ? refused.value_or(QJsonObject()) : m_conflictContext->mine;
        conflict.removing = m_conflictContext->removing
            || (m_conflictContext->mine.isEmpty() && refused && refused->isEmpty());
        // What the user changed, put over the row as it is now; without the row as they read it
        // (a plan file keeps no log), everything they saw.
        QJsonObject merged = conflict.base.isEmpty() ? conflict.mine : conflict.now;
        if (!conflict.base.isEmpty()) {
            for (auto it = conflict.mine.begin(); it != conflict.mine.end(); ++it) {
                if (it.key() != QLatin1String("id") && it.key() != QLatin1String("version")
                    && it.value() != conflict.base.value(it.key()))
                    merged.insert(it.key(), it.value());
            }
        }
        // Goes over the row the dialog shows, at its version.
        merged.insert(QStringLiteral("version"), conflict.now.value(QStringLiteral("version")));
        // A removal is made again by the user once they have seen the change, not over it.
        if (!conflict.removed() && !conflict.mine.isEmpty() && m_conflictContext->overwrite)
            conflict.overwrite = [apply = m_conflictContext->overwrite, merged] { apply(merged); };
    }
    return conflict;
}

void PlanDocument::reportFailure(const QString &what, const QString &error)
{
    if (const std::optional<sql::StaleRow> stale = sql::staleRow(error); stale && !m_replaying) {
        Q_EMIT writeConflict(conflictFor(what, *stale));
        return;
    }
    std::optional<qint64> theirs = team::replayConflict(error);
    if (const std::optional<sql::StaleRow> stale = sql::staleRow(error); stale && !theirs) {
        // The latest change by another window: the one the step would have overwritten.
        const WriteConflict conflict = conflictFor(what, *stale);
        for (auto it = conflict.theirs.crbegin(); it != conflict.theirs.crend() && !theirs; ++it) {
            if (it->client != m_database->clientId())
                theirs = it->id;
        }
    }
    if (theirs) {
        QString problem;
        const std::optional<team::ChangeEntry> entry = team::changeEntry(m_database->connection(), *theirs, &problem);
        if (!entry) {
            Q_EMIT writeFailed(tr("This step was not undone or redone: someone else changed the same item after "
                                  "it, and their change stays as it is."));
            return;
        }
        const QString when = formatShortDayTime(entry->at.toLocalTime());
        Q_EMIT writeFailed(m_replaying
                ? tr("This step was not undone or redone: %1 changed the same item at %2, after it, and their "
                     "change stays as it is.")
                      .arg(entry->who, when)
                : tr("%1 could not be saved: %2 changed the same item at %3.").arg(what, entry->who, when));
        return;
    }
    if (sql::staleRow(error)) {
        Q_EMIT writeFailed(tr("This step was not undone or redone: the item changed after it, and stays as it is."));
        return;
    }
    Q_EMIT writeFailed(tr("%1 could not be saved: %2").arg(what, error));
}


} // namespace keyplan
