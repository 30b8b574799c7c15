#include "item/accountcommands.h"

#include "domain/month.h"
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
    PlanDocument *document, AccountId id, AccountField field, QVariant oldValue, QVariant newValue)
    : m_document(document)
    , m_accountId(id)
    , m_field(field)
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    setText(CommandsText::tr("Change %1").arg(fieldName(field)));
}

void SetAccountFieldCommand::redo()
{
    if (!m_document->writeAccountField(m_accountId, m_field, m_newValue))
        setObsolete(true);
}

void SetAccountFieldCommand::undo()
{
    if (!m_document->writeAccountField(m_accountId, m_field, m_oldValue))
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

AddAccountCommand::AddAccountCommand(PlanDocument *document, AccountRecord record)
    : m_document(document)
    , m_record(std::move(record))
{
    setText(CommandsText::tr("Add account %1").arg(m_record.account.name));
}

void AddAccountCommand::redo()
{
    const std::optional<AccountId> id = m_document->writeAccountRecord(m_record);
    if (!id) {
        setObsolete(true);
        return;
    }
    if (m_record.account.id == 0) {
        // Keep the ids the plan gave, so that a redo after an undo restores the very same rows.
        m_record = m_document->accountRecord(*id);
    }
}

void AddAccountCommand::undo()
{
    if (!m_document->deleteAccount(m_record.account.id))
        setObsolete(true);
}

RemoveAccountCommand::RemoveAccountCommand(PlanDocument *document, AccountRecord record)
    : m_document(document)
    , m_record(std::move(record))
{
    setText(CommandsText::tr("Delete account %1").arg(m_record.account.name));
}

void RemoveAccountCommand::redo()
{
    if (!m_document->deleteAccount(m_record.account.id))
        setObsolete(true);
}

void RemoveAccountCommand::undo()
{
    if (!m_document->writeAccountRecord(m_record))
        setObsolete(true);
}

ChangeStageCommand::ChangeStageCommand(PlanDocument *document, StageChange change, Stage previousStage)
    : m_document(document)
    , m_change(std::move(change))
    , m_previousStage(previousStage)
{
    setText(CommandsText::tr("Move to %1").arg(displayName(m_change.to)));
}

void ChangeStageCommand::redo()
{
    const std::optional<StageChangeId> id = m_document->writeStageChange(m_change);
    if (!id) {
        setObsolete(true);
        return;
    }
    m_change.id = *id;
}

void ChangeStageCommand::undo()
{
    if (!m_document->deleteStageChange(m_change, m_previousStage))
        setObsolete(true);
}

EditStageChangeCommand::EditStageChangeCommand(PlanDocument *document, StageChange before, StageChange after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(CommandsText::tr("Edit stage change of %1")
                .arg(QLocale().toString(m_before.changedOn, QLocale::ShortFormat)));
}

void EditStageChangeCommand::redo()
{
    if (!m_document->updateStageChange(m_after))
        setObsolete(true);
}

void EditStageChangeCommand::undo()
{
    if (!m_document->updateStageChange(m_before))
        setObsolete(true);
}

AddTeamMemberCommand::AddTeamMemberCommand(PlanDocument *document, TeamMember member)
    : m_document(document)
    , m_member(std::move(member))
{
    setText(CommandsText::tr("Add team member %1").arg(m_member.name));
}

void AddTeamMemberCommand::redo()
{
    const std::optional<qint64> id = m_document->writeTeamMember(m_member);
    if (!id) {
        setObsolete(true);
        return;
    }
    m_member.id = *id;
}

void AddTeamMemberCommand::undo()
{
    if (!m_document->deleteTeamMember(m_member.id))
        setObsolete(true);
}

AddStakeholderCommand::AddStakeholderCommand(PlanDocument *document, Stakeholder person)
    : m_document(document)
    , m_person(std::move(person))
{
    setText(CommandsText::tr("Add %1 to the map").arg(m_person.name));
}

void AddStakeholderCommand::redo()
{
    const std::optional<StakeholderId> id = m_document->writeStakeholder(m_person);
    if (!id) {
        setObsolete(true);
        return;
    }
    m_person.id = *id;
}

void AddStakeholderCommand::undo()
{
    if (!m_document->deleteStakeholder(m_person.id))
        setObsolete(true);
}

EditStakeholderCommand::EditStakeholderCommand(PlanDocument *document, Stakeholder before, Stakeholder after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(CommandsText::tr("Edit %1").arg(m_before.name));
}

void EditStakeholderCommand::redo()
{
    // The first time over the version the user's editor read; again (after an undo) only while
    // the person is still as the undo left them.
    if (!m_done) {
        m_done = true;
        write(m_after, m_after.version);
        return;
    }
    write(m_after, versionIfStill(m_before));
}

void EditStakeholderCommand::undo()
{
    // Only while the person is still as this step left them: a later change, someone else's or
    // another step's, is never overwritten by putting this step's old values back.
    write(m_before, versionIfStill(m_after));
}

qint64 EditStakeholderCommand::versionIfStill(const Stakeholder &left) const
{
    const std::optional<Stakeholder> now = m_document->stakeholder(m_after.id);
    if (!now || !sameValues(*now, left))
        return -1; // matches no row: refused as changed since (or removed)
    return now->version;
}

bool EditStakeholderCommand::sameValues(const Stakeholder &a, const Stakeholder &b)
{
    QJsonObject x = StakeholderStore::columnsOf(a);
    QJsonObject y = StakeholderStore::columnsOf(b);
    x.remove(QStringLiteral("version"));
    y.remove(QStringLiteral("version"));
    return x == y;
}

void EditStakeholderCommand::write(Stakeholder row, qint64 over)
{
    row.version = over + 1;
    if (!m_document->updateStakeholder(row, over))
        setObsolete(true);
}

RemoveStakeholderCommand::RemoveStakeholderCommand(PlanDocument *document, Stakeholder person)
    : m_document(document)
{
    m_removal.person = std::move(person);
    setText(CommandsText::tr("Remove %1 from the map").arg(m_removal.person.name));
}

void RemoveStakeholderCommand::redo()
{
    const std::optional<StakeholderStore::Removal> removal
        = m_document->deleteStakeholder(m_removal.person.id);
    if (!removal) {
        setObsolete(true);
        return;
    }
    m_removal = *removal;
}

void RemoveStakeholderCommand::undo()
{
    if (!m_document->restoreStakeholder(m_removal))
        setObsolete(true);
}

AddTouchpointCommand::AddTouchpointCommand(PlanDocument *document, Touchpoint touchpoint)
    : m_document(document)
    , m_touchpoint(std::move(touchpoint))
{
    setText(CommandsText::tr("Record %1 of %2")
                .arg(displayName(m_touchpoint.kind).toLower(),
                    QLocale().toString(m_touchpoint.on, QLocale::ShortFormat)));
}

void AddTouchpointCommand::redo()
{
    const std::optional<TouchpointId> id = m_document->writeTouchpoint(m_touchpoint);
    if (!id) {
        setObsolete(true);
        return;
    }
    m_touchpoint.id = *id;
}

void AddTouchpointCommand::undo()
{
    if (!m_document->deleteTouchpoint(m_touchpoint))
        setObsolete(true);
}

RemoveTouchpointCommand::RemoveTouchpointCommand(PlanDocument *document, Touchpoint touchpoint)
    : m_document(document)
    , m_touchpoint(std::move(touchpoint))
{
    setText(CommandsText::tr("Remove %1 of %2")
                .arg(displayName(m_touchpoint.kind).toLower(),
                    QLocale().toString(m_touchpoint.on, QLocale::ShortFormat)));
}

void RemoveTouchpointCommand::redo()
{
    if (!m_document->deleteTouchpoint(m_touchpoint))
        setObsolete(true);
}

void RemoveTouchpointCommand::undo()
{
    if (!m_document->writeTouchpoint(m_touchpoint)) // same id, same people
        setObsolete(true);
}

AddMapReviewCommand::AddMapReviewCommand(PlanDocument *document, MapReview review)
    : m_document(document)
    , m_review(std::move(review))
{
    setText(CommandsText::tr("Mark the map reviewed"));
}

void AddMapReviewCommand::redo()
{
    const std::optional<qint64> id = m_document->writeMapReview(m_review);
    if (!id) {
        setObsolete(true);
        return;
    }
    m_review.id = *id;
}

void AddMapReviewCommand::undo()
{
    if (!m_document->deleteMapReview(m_review))
        setObsolete(true);
}

MoveOnMapCommand::MoveOnMapCommand(
    PlanDocument *document, AccountId id, Positions before, Positions after, const QString &text)
    : m_document(document)
    , m_accountId(id)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

void MoveOnMapCommand::redo()
{
    if (!m_document->writeMapPositions(m_accountId, m_after))
        setObsolete(true);
}

void MoveOnMapCommand::undo()
{
    if (!m_document->writeMapPositions(m_accountId, m_before))
        setObsolete(true);
}

AddStakeholderLinkCommand::AddStakeholderLinkCommand(PlanDocument *document, StakeholderLink link)
    : m_document(document)
    , m_link(std::move(link))
{
    setText(m_link.kind == LinkKind::DottedLine ? CommandsText::tr("Add a dotted-line report")
                                                : CommandsText::tr("Add an influence link"));
}

void AddStakeholderLinkCommand::redo()
{
    const std::optional<StakeholderLinkId> id = m_document->writeStakeholderLink(m_link);
    if (!id) {
        setObsolete(true);
        return;
    }
    m_link.id = *id;
}

void AddStakeholderLinkCommand::undo()
{
    if (!m_document->deleteStakeholderLink(m_link))
        setObsolete(true);
}

RemoveStakeholderLinkCommand::RemoveStakeholderLinkCommand(PlanDocument *document, StakeholderLink link)
    : m_document(document)
    , m_link(std::move(link))
{
    setText(m_link.kind == LinkKind::DottedLine ? CommandsText::tr("Remove a dotted-line report")
                                                : CommandsText::tr("Remove an influence link"));
}

void RemoveStakeholderLinkCommand::redo()
{
    if (!m_document->deleteStakeholderLink(m_link))
        setObsolete(true);
}

void RemoveStakeholderLinkCommand::undo()
{
    if (!m_document->writeStakeholderLink(m_link))
        setObsolete(true);
}

SetCoverageSettingsCommand::SetCoverageSettingsCommand(
    PlanDocument *document, CoverageSettings before, CoverageSettings after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(CommandsText::tr("Change the coverage settings"));
}

void SetCoverageSettingsCommand::redo()
{
    if (!m_document->writeCoverageSettings(m_after))
        setObsolete(true);
}

void SetCoverageSettingsCommand::undo()
{
    if (!m_document->writeCoverageSettings(m_before))
        setObsolete(true);
}

} // namespace keyplan
