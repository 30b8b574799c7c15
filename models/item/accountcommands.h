#pragma once

#include "domain/accountrecord.h"
#include "domain/coverage.h"
#include "domain/teammember.h"
#include "storage/stakeholderstore.h"

#include <QUndoCommand>
#include <QVariant>

#include <optional>

// The undo commands for everything a user changes in a plan. Each command calls one
// PlanDocument write primitive in redo() and its inverse in undo(). A command whose first redo()
// fails marks itself obsolete, so QUndoStack drops it and the stack never claims an edit that
// did not reach the disk.
namespace keyplan {

class PlanDocument;

enum class CommandId { SetAccountField = 1 };

class SetAccountFieldCommand final : public QUndoCommand
{
public:
    SetAccountFieldCommand(
        PlanDocument *document, AccountId id, AccountField field, QVariant oldValue, QVariant newValue);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::SetAccountField); }
    // Consecutive edits of the same field of the same account are one undo step.
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_document;
    AccountId m_accountId;
    AccountField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
};

class AddAccountCommand final : public QUndoCommand
{
public:
    AddAccountCommand(PlanDocument *document, AccountRecord record);
    void redo() override;
    void undo() override;
    AccountId accountId() const { return m_record.account.id; }

private:
    PlanDocument *m_document;
    AccountRecord m_record; // the id is fixed by the first redo, so redo after undo restores the same row
};

class RemoveAccountCommand final : public QUndoCommand
{
public:
    RemoveAccountCommand(PlanDocument *document, AccountRecord record);
    void redo() override;
    void undo() override;

private:
    PlanDocument *m_document;
    AccountRecord m_record;
};

class ChangeStageCommand final : public QUndoCommand
{
public:
    ChangeStageCommand(PlanDocument *document, StageChange change, Stage previousStage);
    void redo() override;
    void undo() override;

private:
    PlanDocument *m_document;
    StageChange m_change;
    Stage m_previousStage;
};

class EditStageChangeCommand final : public QUndoCommand
{
public:
    EditStageChangeCommand(PlanDocument *document, StageChange before, StageChange after);
    void redo() override;
    void undo() override;

private:
    PlanDocument *m_document;
    StageChange m_before;
    StageChange m_after;
};

class AddTeamMemberCommand final : public QUndoCommand
{
public:
    AddTeamMemberCommand(PlanDocument *document, TeamMember member);
    void redo() override;
    void undo() override;

private:
    PlanDocument *m_document;
    TeamMember m_member;
};

class SetCoverageSettingsCommand final : public QUndoCommand
{
public:
    SetCoverageSettingsCommand(PlanDocument *document, CoverageSettings before, CoverageSettings after);
    void redo() override;
    void undo() override;

private:
    PlanDocument *m_document;
    CoverageSettings m_before;
    CoverageSettings m_after;
};

} // namespace keyplan
