#pragma once

#include "domain/accountrecord.h"
#include "domain/coverage.h"
#include "domain/teammember.h"
#include "storage/stakeholderstore.h"

#include <QUndoCommand>
#include <QVariant>

#include <optional>

// The undo commands for the plan's accounts, stages, team and coverage settings. Each command
// calls one AccountEditing write primitive in redo() and its inverse in undo(). A command whose first redo()
// fails marks itself obsolete, so QUndoStack drops it and the stack never claims an edit that
// did not reach the disk.
namespace keyplan {

class AccountEditing;

enum class CommandId { SetAccountField = 1 };

class SetAccountFieldCommand final : public QUndoCommand
{
public:
    SetAccountFieldCommand(
        AccountEditing *editing, AccountId id, AccountField field, QVariant oldValue, QVariant newValue);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::SetAccountField); }
    // Consecutive edits of the same field of the same account are one undo step.
    bool mergeWith(const QUndoCommand *other) override;

private:
    AccountEditing *m_editing;
    AccountId m_accountId;
    AccountField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
};

class AddAccountCommand final : public QUndoCommand
{
public:
    AddAccountCommand(AccountEditing *editing, AccountRecord record);
    void redo() override;
    void undo() override;
    AccountId accountId() const { return m_record.account.id; }

private:
    AccountEditing *m_editing;
    AccountRecord m_record; // the id is fixed by the first redo, so redo after undo restores the same row
};

class RemoveAccountCommand final : public QUndoCommand
{
public:
    RemoveAccountCommand(AccountEditing *editing, AccountRecord record);
    void redo() override;
    void undo() override;

private:
    AccountEditing *m_editing;
    AccountRecord m_record;
};

class ChangeStageCommand final : public QUndoCommand
{
public:
    ChangeStageCommand(AccountEditing *editing, StageChange change, Stage previousStage);
    void redo() override;
    void undo() override;

private:
    AccountEditing *m_editing;
    StageChange m_change;
    Stage m_previousStage;
};

class EditStageChangeCommand final : public QUndoCommand
{
public:
    EditStageChangeCommand(AccountEditing *editing, StageChange before, StageChange after);
    void redo() override;
    void undo() override;

private:
    AccountEditing *m_editing;
    StageChange m_before;
    StageChange m_after;
};

class AddTeamMemberCommand final : public QUndoCommand
{
public:
    AddTeamMemberCommand(AccountEditing *editing, TeamMember member);
    void redo() override;
    void undo() override;

private:
    AccountEditing *m_editing;
    TeamMember m_member;
};

class SetCoverageSettingsCommand final : public QUndoCommand
{
public:
    SetCoverageSettingsCommand(AccountEditing *editing, CoverageSettings before, CoverageSettings after);
    void redo() override;
    void undo() override;

private:
    AccountEditing *m_editing;
    CoverageSettings m_before;
    CoverageSettings m_after;
};

} // namespace keyplan
