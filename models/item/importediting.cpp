#include "item/importediting.h"

#include "io/importer.h"
#include "item/plandocument.h"
#include "storage/backupfolder.h"
#include "storage/plandatabase.h"
#include "storage/rowjournal.h"
#include "storage/sqlhelpers.h"
#include "storage/writetransaction.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace keyplan {
namespace {

// Tells every view what the import changed: accounts it added or took away, and what it touched.
void announce(PlanDocument *document, const QList<AccountId> &added, const QList<AccountId> &removed,
    const QSet<AccountId> &touched, bool team)
{
    if (team)
        document->reloadTeam();
    for (const AccountId id : removed)
        Q_EMIT document->accountRemoved(id);
    for (const AccountId id : added)
        Q_EMIT document->accountInserted(id);
    for (const AccountId id : touched) {
        if (added.contains(id) || removed.contains(id))
            continue;
        Q_EMIT document->accountChanged(id);
        Q_EMIT document->stakeholdersChanged(id);
        Q_EMIT document->mapPositionsChanged(id);
        Q_EMIT document->pipelineChanged(id);
        Q_EMIT document->revenueChanged(id);
    }
}

class ImportCommand final : public QUndoCommand
{
public:
    ImportCommand(PlanDocument *document, std::unique_ptr<RowJournal> journal, QSet<AccountId> touched, bool team,
        const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_journal(std::move(journal))
        , m_touched(std::move(touched))
        , m_team(team)
        , m_accounts(m_journal->insertedIds(QStringLiteral("account")))
    {
    }

    void undo() override
    {
        if (m_document->writeInTransaction(ImportEditing::tr("Undoing the import"),
                [this](const QSqlDatabase &db, QString *error) { return m_journal->undo(db, error); }))
            announce(m_document, {}, m_accounts, m_touched, m_team);
    }

    void redo() override
    {
        if (m_applied) { // it was applied before it was pushed
            m_applied = false;
            return;
        }
        if (m_document->writeInTransaction(ImportEditing::tr("Redoing the import"),
                [this](const QSqlDatabase &db, QString *error) { return m_journal->redo(db, error); }))
            announce(m_document, m_accounts, {}, m_touched, m_team);
    }

private:
    PlanDocument *m_document;
    std::unique_ptr<RowJournal> m_journal;
    QSet<AccountId> m_touched;
    bool m_team = false;
    QList<AccountId> m_accounts;
    bool m_applied = true;
};

} // namespace

bool ImportEditing::preview(PlanDocument *document, ImportJob &job, ImportOutcome *outcome, QString *error)
{
    WriteTransaction transaction(document->database().connection());
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    return job.write(document->database().connection(), nullptr, outcome, error);
    // Never committed: the transaction rolls back here.
}

bool ImportEditing::apply(PlanDocument *document, ImportJob &job, ImportOutcome *outcome, QString *backupPath, QString *error)
{
    if (document->isReadOnly()) {
        *error = tr("The plan is open read-only.");
        return false;
    }
    if (document->isOffline()) {
        *error = tr("The team server cannot be reached, so nothing was imported. Keyplan connects again by "
                    "itself; then import again.");
        return false;
    }
    QSqlDatabase db = document->database().connection();
    // A plan file is copied first; a team plan is backed up by its server, and the import is one
    // transaction and one undo step either way.
    backupPath->clear();
    if (!document->database().isServer()) {
        const BackupOutcome backup = BackupFolder(document->database().path()).take(db, BackupReason::BeforeImport);
        if (!backup.ok) {
            *error = tr("The backup before the import could not be written (%1); nothing was imported.").arg(backup.error);
            return false;
        }
        *backupPath = backup.entry.path;
    }
    auto journal = std::make_unique<RowJournal>();
    {
        WriteTransaction transaction(db);
        if (!transaction.isActive()) {
            *error = transaction.errorString();
            return false;
        }
        if (!job.write(db, journal.get(), outcome, error) || !job.rememberMappings(db, error))
            return false;
        if (!transaction.commit()) {
            *error = ioFailureMessage(document->database().path(), sql::lastSystemError(db), transaction.errorString());
            return false;
        }
    }
    const QList<AccountId> added = journal->insertedIds(QStringLiteral("account"));
    announce(document, added, {}, job.touchedAccounts(), job.teamChanged() || job.wholePlan().has_value());
    if (journal->isEmpty())
        return true; // nothing changed: nothing to undo
    const QList<ImportTable> tables = job.tables();
    const QString from = tables.isEmpty() ? QString() : tables.constFirst().displayName.section(QStringLiteral(": "), 0, 0);
    document->undoStack()->push(new ImportCommand(document, std::move(journal), job.touchedAccounts(),
        job.teamChanged() || job.wholePlan().has_value(), tr("Import of %1").arg(from)));
    return true;
}

bool ImportEditing::inspect(PlanDocument *document, ImportJob &job, QString *error)
{
    return job.inspect(document->database().connection(), error);
}

bool ImportEditing::dealTerms(PlanDocument *document, ImportJob &job, QList<DealTerm> *terms, QString *error)
{
    return job.dealTerms(document->database().connection(), terms, error);
}

} // namespace keyplan
