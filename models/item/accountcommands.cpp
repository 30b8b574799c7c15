#include "item/accountcommands.h"

#include "domain/dayformat.h"

#include "domain/month.h"
#include "item/accountediting.h"
#include "item/plandocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace keyplan {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class CommandsText
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

QString fieldName(AccountField field)
{
    switch (field) {
    case AccountField::Name:
        return CommandsText::tr("name");
    case AccountField::Segment:
        return CommandsText::tr("segment");
    case AccountField::Tier:
        return CommandsText::tr("tier");
    case AccountField::IsKey:
        return CommandsText::tr("key account flag");
    case AccountField::Owner:
        return CommandsText::tr("owner");
    case AccountField::Industry:
        return CommandsText::tr("industry");
    case AccountField::Region:
        return CommandsText::tr("region");
    case AccountField::Employees:
        return CommandsText::tr("employees");
    case AccountField::Currency:
        return CommandsText::tr("currency");
    case AccountField::RenewalDate:
        return CommandsText::tr("renewal date");
    case AccountField::Notes:
        return CommandsText::tr("notes");
    }
    return {};
}

} // namespace

SetAccountFieldCommand::SetAccountFieldCommand(
    AccountEditing *editing, AccountId id, AccountField field, QVariant oldValue, QVariant newValue)
    : m_editing(editing)
    , m_accountId(id)
    , m_field(field)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    setText(CommandsText::tr("Change %1").arg(fieldName(field)));
}

void SetAccountFieldCommand::redo()
{
    if (!m_editing->writeAccountField(m_accountId, m_field, m_newValue))
        setObsolete(true);
}

void SetAccountFieldCommand::undo()
{
    if (!m_editing->writeAccountField(m_accountId, m_field, m_oldValue))
        setObsolete(true);
}

bool SetAccountFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetAccountFieldCommand *>(other);
    // A refused edit (QUndoStack offers it before dropping it) brings nothing to merge.
    if (other->isObsolete() || next->m_accountId != m_accountId || next->m_field != m_field)
        return false;
    // Text fields merge while typing; a choice (segment, owner, ...) is its own step.
    const bool textField = m_field == AccountField::Name || m_field == AccountField::Notes
        || m_field == AccountField::Industry || m_field == AccountField::Region;
    if (!textField)
        return false;
    m_newValue = next->m_newValue;
    setObsolete(m_newValue == m_oldValue);
    return true;
}

AddAccountCommand::AddAccountCommand(AccountEditing *editing, AccountRecord record)
    : m_editing(editing)
    , m_record(std::move(record))
{
    setText(CommandsText::tr("Add account %1").arg(m_record.account.name));
}

void AddAccountCommand::redo()
{
    const std::optional<AccountId> id = m_editing->writeAccountRecord(m_record);
    if (!id) {
        setObsolete(true);
        return;
    }
    if (m_record.account.id == 0) {
        // Keep the ids the plan gave, so that a redo after an undo restores the very same rows.
        m_record = m_editing->document()->accountRecord(*id);
    }
}

void AddAccountCommand::undo()
{
    if (!m_editing->deleteAccount(m_record.account.id))
        setObsolete(true);
}

RemoveAccountCommand::RemoveAccountCommand(AccountEditing *editing, AccountRecord record)
    : m_editing(editing)
    , m_record(std::move(record))
{
    setText(CommandsText::tr("Delete account %1").arg(m_record.account.name));
}

void RemoveAccountCommand::redo()
{
    if (!m_editing->deleteAccount(m_record.account.id))
        setObsolete(true);
}

void RemoveAccountCommand::undo()
{
    if (!m_editing->writeAccountRecord(m_record))
        setObsolete(true);
}

ChangeStageCommand::ChangeStageCommand(AccountEditing *editing, StageChange change, Stage previousStage)
    : m_editing(editing)
    , m_change(std::move(change))
    , m_previousStage(previousStage)
{
    setText(CommandsText::tr("Move to %1").arg(displayName(m_change.to)));
}

void ChangeStageCommand::redo()
{
    const std::optional<StageChangeId> id = m_editing->writeStageChange(m_change);
    if (!id) {
        setObsolete(true);
        return;
    }
    m_change.id = *id;
}

void ChangeStageCommand::undo()
{
    if (!m_editing->deleteStageChange(m_change, m_previousStage))
        setObsolete(true);
}

EditStageChangeCommand::EditStageChangeCommand(AccountEditing *editing, StageChange before, StageChange after)
    : m_editing(editing)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(CommandsText::tr("Edit stage change of %1")
                .arg(formatShortDay(m_before.changedOn)));
}

void EditStageChangeCommand::redo()
{
    if (!m_editing->updateStageChange(m_after))
        setObsolete(true);
}

void EditStageChangeCommand::undo()
{
    if (!m_editing->updateStageChange(m_before))
        setObsolete(true);
}

AddTeamMemberCommand::AddTeamMemberCommand(AccountEditing *editing, TeamMember member)
    : m_editing(editing)
    , m_member(std::move(member))
{
    setText(CommandsText::tr("Add team member %1").arg(m_member.name));
}

void AddTeamMemberCommand::redo()
{
    const std::optional<qint64> id = m_editing->writeTeamMember(m_member);
    if (!id) {
        setObsolete(true);
        return;
    }
    m_member.id = *id;
}

void AddTeamMemberCommand::undo()
{
    if (!m_editing->deleteTeamMember(m_member.id))
        setObsolete(true);
}

SetCoverageSettingsCommand::SetCoverageSettingsCommand(
    AccountEditing *editing, CoverageSettings before, CoverageSettings after)
    : m_editing(editing)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(CommandsText::tr("Change the coverage settings"));
}

void SetCoverageSettingsCommand::redo()
{
    if (!m_editing->writeCoverageSettings(m_after))
        setObsolete(true);
}

void SetCoverageSettingsCommand::undo()
{
    if (!m_editing->writeCoverageSettings(m_before))
        setObsolete(true);
}

} // namespace keyplan
