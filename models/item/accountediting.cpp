#include "item/accountediting.h"

#include "domain/accountfields.h"
#include "domain/dayformat.h"
#include "item/accountcommands.h"
#include "item/plandocument.h"
#include "storage/accountstore.h"
#include "storage/arrchangestore.h"
#include "storage/livingplanrecord.h"
#include "storage/pipelinestore.h"
#include "storage/plandatabase.h"
#include "storage/planinfostore.h"
#include "storage/qbrstore.h"
#include "storage/stagestore.h"
#include "storage/stakeholderstore.h"
#include "storage/teamstore.h"

#include <QUndoStack>

namespace keyplan {

AccountEditing::AccountEditing(PlanDocument *document)
    : QObject(document)
    , m_document(document)
{
    setObjectName(QStringLiteral("accountEditing"));
}

AccountEditing *AccountEditing::of(PlanDocument *document)
{
    if (auto *existing = document->findChild<AccountEditing *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new AccountEditing(document);
}

void AccountEditing::editAccountField(AccountId id, AccountField field, const QVariant &value, std::optional<qint64> readVersion)
{
    if (m_document->refuseWhenReadOnly()) // first: offline, the account cannot be read either
        return;
    const std::optional<Account> current = m_document->account(id);
    if (!current)
        return;
    Account probe = *current;
    if (!setFieldValue(probe, field, value)) {
        Q_EMIT m_document->writeFailed(tr("That value does not fit this field."));
        return;
    }
    const QVariant oldValue = fieldValue(*current, field);
    const QVariant newValue = fieldValue(probe, field);
    if (oldValue == newValue)
        return;
    auto *command = new SetAccountFieldCommand(this, id, field, oldValue, newValue);
    if (readVersion)
        // A change of owner also records the handover, which a write of the row's columns would not.
        m_document->pushEdit(command, {QStringLiteral("account"), id, *readVersion}, tr("the account “%1”").arg(current->name),
            field != AccountField::Owner);
    else
        m_document->undoStack()->push(command);
}

void AccountEditing::addAccount(const Account &account, const QString &reason)
{
    if (m_document->refuseWhenReadOnly())
        return;
    AccountRecord record;
    record.account = account;
    record.account.id = 0;
    record.stageChanges.append({0, 0, std::nullopt, account.stage, m_document->asOf(), reason});
    // The ARR the user gave is where the account's timeline starts: new business today.
    if (account.arr > 0)
        record.arrChanges.append({0, 0, m_document->asOf(), ArrChangeKind::New, account.arr, {}, std::nullopt, 1});
    m_document->undoStack()->push(new AddAccountCommand(this, record));
}

void AccountEditing::removeAccount(AccountId id)
{
    if (m_document->refuseWhenReadOnly() || !m_document->account(id))
        return;
    m_document->undoStack()->push(new RemoveAccountCommand(this, m_document->accountRecord(id)));
}

void AccountEditing::changeStage(AccountId id, Stage to, const QDate &on, const QString &reason)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const std::optional<Account> current = m_document->account(id);
    if (!current || !on.isValid())
        return;
    m_document->undoStack()->push(
        new ChangeStageCommand(this, StageChange {0, id, current->stage, to, on, reason}, current->stage));
}

void AccountEditing::editStageChange(const StageChange &change)
{
    if (m_document->refuseWhenReadOnly() || !change.changedOn.isValid())
        return;
    const QList<StageChange> changes = m_document->stageChanges(change.accountId);
    for (const StageChange &old : changes) {
        if (old.id == change.id) {
            if (old.changedOn != change.changedOn || old.reason != change.reason)
                m_document->pushEdit(new EditStageChangeCommand(this, old, change),
                    {QStringLiteral("stage_change"), change.id, change.version},
                    tr("the change of stage on %1").arg(formatDay(old.changedOn)));
            return;
        }
    }
    // Removed since the user read it (a colleague undid the change of stage): said, not dropped.
    m_document->reportRemovedSince(tr("The change of stage"), {QStringLiteral("stage_change"), change.id, change.version},
        tr("the change of stage on %1").arg(formatDay(change.changedOn)),
        {{QStringLiteral("changed_on"), change.changedOn.toString(Qt::ISODate)}, {QStringLiteral("reason"), change.reason}});
}

void AccountEditing::addTeamMember(const QString &name)
{
    if (m_document->refuseWhenReadOnly() || name.trimmed().isEmpty())
        return;
    m_document->undoStack()->push(new AddTeamMemberCommand(this, TeamMember {0, name.trimmed(), {}, {}, {}}));
}

void AccountEditing::setCoverageSettings(const CoverageSettings &settings)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const CoverageSettings before = m_document->coverageSettings();
    if (before == settings)
        return;
    if (settings.targetLow < 0 || settings.targetLow > settings.targetHigh || settings.targetHigh > 1
        || settings.activeWithinDays < 1 || settings.staleAfterDays < 1
        || settings.singleThreadedAtMost < 0) {
        Q_EMIT m_document->writeFailed(tr("Those coverage settings do not fit together."));
        return;
    }
    m_document->undoStack()->push(new SetCoverageSettingsCommand(this, before, settings));
}

bool AccountEditing::writeCoverageSettings(const CoverageSettings &settings)
{
    const bool written
        = m_document->writeInTransaction(tr("The coverage settings"), [&](const QSqlDatabase &db, QString *error) {
              return PlanInfoStore(db).setCoverageSettings(settings, error);
          });
    if (written)
        Q_EMIT m_document->coverageSettingsChanged();
    return written;
}

// --- Write primitives ---

bool AccountEditing::writeAccountField(AccountId id, AccountField field, const QVariant &value)
{
    const bool written = m_document->writeInTransaction(tr("The change"), [&](const QSqlDatabase &db, QString *error) {
        AccountStore store(db);
        if (field != AccountField::Owner)
            return store.updateField(id, field, value, error);
        // A change of hands is kept with its day: the handover play starts from it.
        const std::optional<Account> before = store.find(id, error);
        const std::optional<TeamMemberId> to
            = value.isValid() && !value.isNull() ? std::optional<TeamMemberId>(value.toLongLong()) : std::nullopt;
        return before && store.updateField(id, field, value, error)
            && store.noteOwnerChange(id, before->ownerId, to, m_document->asOf(), error);
    });
    if (written)
        Q_EMIT m_document->accountChanged(id);
    return written;
}

std::optional<AccountId> AccountEditing::writeAccountRecord(const AccountRecord &record)
{
    std::optional<AccountId> id;
    const bool written = m_document->writeInTransaction(tr("The account"), [&](const QSqlDatabase &db, QString *error) {
        id = AccountStore(db).insert(record.account, error);
        if (!id)
            return false;
        for (StageChange change : record.stageChanges) {
            change.accountId = *id;
            if (!StageStore(db).insert(change, error))
                return false;
        }
        if (!StakeholderStore(db).insertMap(*id, record, error) || !insertGoals(db, *id, record, error)
            || !PipelineStore(db).insertAccountPipeline(*id, record, error)
            || !QbrStore(db).insertAccountReviews(*id, record, error))
            return false;
        // After the pipeline: a change may name the won opportunity that caused it.
        for (ArrChange change : record.arrChanges) {
            change.accountId = *id;
            if (!ArrChangeStore(db).insert(change, error))
                return false;
        }
        return insertLivingPlan(db, *id, record, error);
    });
    if (!written)
        return std::nullopt;
    Q_EMIT m_document->accountInserted(*id);
    return id;
}

bool AccountEditing::deleteAccount(AccountId id)
{
    const bool written = m_document->writeInTransaction(tr("Deleting the account"),
        [&](const QSqlDatabase &db, QString *error) { return AccountStore(db).remove(id, error); });
    if (written)
        Q_EMIT m_document->accountRemoved(id);
    return written;
}

std::optional<StageChangeId> AccountEditing::writeStageChange(const StageChange &change)
{
    std::optional<StageChangeId> id;
    const bool written
        = m_document->writeInTransaction(tr("The stage change"), [&](const QSqlDatabase &db, QString *error) {
              id = StageStore(db).insert(change, error);
              return id && AccountStore(db).updateStage(change.accountId, change.to, error);
          });
    if (!written)
        return std::nullopt;
    Q_EMIT m_document->stageHistoryChanged(change.accountId);
    Q_EMIT m_document->accountChanged(change.accountId);
    return id;
}

bool AccountEditing::deleteStageChange(const StageChange &change, Stage restoreStage)
{
    const bool written
        = m_document->writeInTransaction(tr("Undoing the stage change"), [&](const QSqlDatabase &db, QString *error) {
              return StageStore(db).remove(change.id, error)
                  && AccountStore(db).updateStage(change.accountId, restoreStage, error);
          });
    if (written) {
        Q_EMIT m_document->stageHistoryChanged(change.accountId);
        Q_EMIT m_document->accountChanged(change.accountId);
    }
    return written;
}

bool AccountEditing::updateStageChange(const StageChange &change)
{
    const bool written = m_document->writeInTransaction(tr("The stage change"),
        [&](const QSqlDatabase &db, QString *error) { return StageStore(db).update(change, error); });
    if (written)
        Q_EMIT m_document->stageHistoryChanged(change.accountId);
    return written;
}

std::optional<qint64> AccountEditing::writeTeamMember(const TeamMember &member)
{
    std::optional<qint64> id;
    const bool written
        = m_document->writeInTransaction(tr("The team member"), [&](const QSqlDatabase &db, QString *error) {
              id = TeamStore(db).insert(member, error);
              return id.has_value();
          });
    if (!written)
        return std::nullopt;
    m_document->reloadTeam();
    return id;
}

bool AccountEditing::deleteTeamMember(qint64 id)
{
    const bool written = m_document->writeInTransaction(tr("Removing the team member"),
        [&](const QSqlDatabase &db, QString *error) { return TeamStore(db).remove(id, error); });
    if (written)
        m_document->reloadTeam();
    return written;
}

} // namespace keyplan
