#include "item/personsignalediting.h"

#include "item/plandocument.h"
#include "item/writecommand.h"
#include "storage/plandatabase.h"
#include "storage/sourcerecordstore.h"

#include <QUndoStack>

namespace keyplan {

std::optional<PersonSignal> PersonSignalEditing::openSignal(const PlanDocument *document, StakeholderId person)
{
    const std::optional<Stakeholder> found = document->stakeholder(person);
    if (!found)
        return std::nullopt;
    const QHash<StakeholderId, PersonSignal> open = openSignals(document, found->accountId);
    const auto signal = open.constFind(person);
    return signal == open.cend() ? std::nullopt : std::optional<PersonSignal>(*signal);
}

QHash<StakeholderId, PersonSignal> PersonSignalEditing::openSignals(const PlanDocument *document, AccountId account)
{
    QHash<StakeholderId, PersonSignal> open;
    for (const PersonSignal &signal : SourceRecordStore(document->database().connection()).openSignals(account))
        open.insert(signal.person, signal);
    return open;
}

void PersonSignalEditing::settle(PlanDocument *document, StakeholderId person, const QString &text)
{
    if (document->refuseWhenReadOnly())
        return;
    const std::optional<PersonSignal> signal = openSignal(document, person);
    const std::optional<Stakeholder> found = document->stakeholder(person);
    if (!signal || !found)
        return;
    const AccountId account = found->accountId;
    const qint64 id = signal->id;
    const QDate day = document->asOf();
    const auto write = [document, account](const std::function<bool(SourceRecordStore &, QString *)> &change) {
        const bool written = document->writeInTransaction(tr("Whether a person has left"),
            [&change](const QSqlDatabase &db, QString *error) {
                SourceRecordStore store(db);
                return change(store, error);
            });
        if (written)
            Q_EMIT document->stakeholdersChanged(account);
        return written;
    };
    document->undoStack()->push(new WriteCommand(
        text,
        [write, id, day] { return write([=](SourceRecordStore &store, QString *error) { return store.clearSignal(id, day, error); }); },
        [write, id] { return write([=](SourceRecordStore &store, QString *error) { return store.reopenSignal(id, error); }); }));
}

void PersonSignalEditing::stillThere(PlanDocument *document, StakeholderId person)
{
    const std::optional<Stakeholder> found = document->stakeholder(person);
    if (found)
        settle(document, person, tr("%1 is still there").arg(found->name));
}

} // namespace keyplan
