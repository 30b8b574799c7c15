#include "item/plandocument.h"

#include "domain/accountfields.h"
#include "domain/byaccount.h"
#include "domain/dayformat.h"
#include "item/accountcommands.h"
#include "item/plandocumentwrite.h"
#include "storage/accountstore.h"
#include "storage/pipelinestore.h"
#include "storage/plandatabase.h"
#include "storage/planinfostore.h"
#include "storage/qbrstore.h"
#include "storage/arrchangestore.h"
#include "storage/livingplanrecord.h"
#include "storage/sqlhelpers.h"
#include "storage/stagestore.h"
#include "storage/stakeholderstore.h"
#include "storage/teamstore.h"

#include <QFileInfo>
#include <QLocale>
#include <QScopedValueRollback>
#include <QUndoStack>

namespace keyplan {

PlanDocument::PlanDocument(std::unique_ptr<PlanDatabase> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_undoStack(new QUndoStack(this))
{
    reloadTeam();
}

PlanDocument::~PlanDocument()
{
    // Commands refer to this document; drop them before the database goes.
    m_undoStack->clear();
}

bool PlanDocument::isReadOnly() const
{
    return m_database->isReadOnly();
}

QString PlanDocument::title() const
{
    const QString name = PlanInfoStore(m_database->connection()).value(PlanInfoStore::nameKey);
    if (!name.isEmpty())
        return name;
    return QFileInfo(m_database->path()).completeBaseName();
}

bool PlanDocument::isSample() const
{
    return PlanInfoStore(m_database->connection()).value(PlanInfoStore::sampleKey) == u"1";
}

QString PlanDocument::currency() const
{
    return PlanInfoStore(m_database->connection()).currency();
}

ReportingPeriod PlanDocument::period() const
{
    return m_period.isValid() ? m_period : ReportingPeriod::trailingTwelveMonths(asOf());
}

void PlanDocument::setPeriod(const ReportingPeriod &period)
{
    if (period == m_period)
        return;
    m_period = period;
    Q_EMIT periodChanged();
}

void PlanDocument::setAsOf(const QDate &day)
{
    m_asOf = day;
    Q_EMIT periodChanged(); // every figure that depends on the day is recomputed
}

CoverageSettings PlanDocument::coverageSettings() const
{
    return PlanInfoStore(m_database->connection()).coverageSettings();
}

Coverage PlanDocument::coverage(AccountId id) const
{
    const StakeholderStore people(m_database->connection());
    const QList<MapReview> reviews = people.reviews(id);
    return computeCoverage(people.forAccount(id), people.touchpoints(id),
        reviews.isEmpty() ? QDate() : reviews.constLast().on, asOf(), coverageSettings());
}

QHash<AccountId, Coverage> PlanDocument::coverages() const
{
    const StakeholderStore people(m_database->connection());
    const QHash<AccountId, QList<Stakeholder>> maps = groupByAccount(people.all());
    const QHash<AccountId, QList<Touchpoint>> contacts = groupByAccount(people.allTouchpoints());
    const QHash<AccountId, QDate> reviews = people.latestReviews();
    const CoverageSettings settings = coverageSettings();
    const QDate day = asOf();
    QHash<AccountId, Coverage> result;
    const QList<Account> all = accounts();
    for (const Account &account : all)
        result.insert(account.id,
            computeCoverage(maps.value(account.id), contacts.value(account.id), reviews.value(account.id),
                day, settings));
    return result;
}

QString PlanDocument::teamMemberName(std::optional<qint64> id) const
{
    if (!id)
        return {};
    for (const TeamMember &member : m_team) {
        if (member.id == *id)
            return member.name;
    }
    return {};
}

QList<Account> PlanDocument::accounts() const
{
    return AccountStore(m_database->connection()).all(nullptr, asOf());
}

QHash<AccountId, QString> PlanDocument::accountNames() const
{
    return AccountStore(m_database->connection()).names();
}

std::optional<Account> PlanDocument::account(AccountId id) const
{
    return AccountStore(m_database->connection()).find(id, nullptr, asOf());
}

AccountRecord PlanDocument::accountRecord(AccountId id) const
{
    AccountRecord record;
    record.account = account(id).value_or(Account {});
    record.stageChanges = stageChanges(id);
    record.arrChanges = ArrChangeStore(m_database->connection()).forAccount(id);
    const StakeholderStore people(m_database->connection());
    record.stakeholders = people.forAccount(id);
    record.links = people.links(id);
    record.touchpoints = people.touchpoints(id);
    record.reviews = people.reviews(id);
    const PipelineStore pipeline(m_database->connection());
    record.businessUnits = pipeline.businessUnits(id);
    record.opportunities = pipeline.opportunities(id);
    record.cells = pipeline.cells(id);
    const QbrStore reviews(m_database->connection());
    record.valueOutcomes = reviews.valueOutcomes(id);
    record.risks = reviews.risks(id);
    record.nextSteps = reviews.nextSteps(id);
    record.qbrs = reviews.qbrs(id);
    readLivingPlan(m_database->connection(), id, record);
    return record;
}

QList<StageChange> PlanDocument::stageChanges(AccountId id) const
{
    return StageStore(m_database->connection()).forAccount(id);
}

// --- Editing through the undo stack ---

void PlanDocument::editAccountField(AccountId id, AccountField field, const QVariant &value, std::optional<qint64> readVersion)
{
    const std::optional<Account> current = account(id);
    if (!current || refuseWhenReadOnly())
        return;
    Account probe = *current;
    if (!setFieldValue(probe, field, value)) {
        Q_EMIT writeFailed(tr("That value does not fit this field."));
        return;
    }
    const QVariant oldValue = fieldValue(*current, field);
    const QVariant newValue = fieldValue(probe, field);
    if (oldValue == newValue)
        return;
    auto *command = new SetAccountFieldCommand(this, id, field, oldValue, newValue);
    if (readVersion)
        // A change of owner also records the handover, which a write of the row's columns would not.
        pushEdit(command, {QStringLiteral("account"), id, *readVersion}, tr("the account “%1”").arg(current->name),
            field != AccountField::Owner);
    else
        m_undoStack->push(command);
}

bool PlanDocument::writeInTransaction(
    const QString &what, const std::function<bool(const QSqlDatabase &db, QString *error)> &write)
{
    return inWriteTransaction(what, write);
}

void PlanDocument::addAccount(const Account &account, const QString &reason)
{
    if (refuseWhenReadOnly())
        return;
    AccountRecord record;
    record.account = account;
    record.account.id = 0;
    record.stageChanges.append({0, 0, std::nullopt, account.stage, asOf(), reason});
    // The ARR the user gave is where the account's timeline starts: new business today.
    if (account.arr > 0)
        record.arrChanges.append({0, 0, asOf(), ArrChangeKind::New, account.arr, {}, std::nullopt, 1});
    m_undoStack->push(new AddAccountCommand(this, record));
}

void PlanDocument::removeAccount(AccountId id)
{
    if (refuseWhenReadOnly() || !account(id))
        return;
    m_undoStack->push(new RemoveAccountCommand(this, accountRecord(id)));
}

void PlanDocument::changeStage(AccountId id, Stage to, const QDate &on, const QString &reason)
{
    const std::optional<Account> current = account(id);
    if (!current || refuseWhenReadOnly() || !on.isValid())
        return;
    m_undoStack->push(
        new ChangeStageCommand(this, StageChange {0, id, current->stage, to, on, reason}, current->stage));
}

void PlanDocument::editStageChange(const StageChange &change)
{
    if (refuseWhenReadOnly() || !change.changedOn.isValid())
        return;
    const QList<StageChange> changes = stageChanges(change.accountId);
    for (const StageChange &old : changes) {
        if (old.id == change.id) {
            if (old.changedOn != change.changedOn || old.reason != change.reason)
                pushEdit(new EditStageChangeCommand(this, old, change),
                    {QStringLiteral("stage_change"), change.id, change.version},
                    tr("the change of stage on %1").arg(formatDay(old.changedOn)));
            return;
        }
    }
    // Removed since the user read it (a colleague undid the change of stage): said, not dropped.
    reportRemovedSince(tr("The change of stage"), {QStringLiteral("stage_change"), change.id, change.version},
        tr("the change of stage on %1").arg(formatDay(change.changedOn)),
        {{QStringLiteral("changed_on"), change.changedOn.toString(Qt::ISODate)}, {QStringLiteral("reason"), change.reason}});
}

void PlanDocument::addTeamMember(const QString &name)
{
    if (refuseWhenReadOnly() || name.trimmed().isEmpty())
        return;
    m_undoStack->push(new AddTeamMemberCommand(this, TeamMember {0, name.trimmed(), {}, {}, {}}));
}

QList<Stakeholder> PlanDocument::stakeholders(AccountId id) const
{
    return StakeholderStore(m_database->connection()).forAccount(id);
}

std::optional<Stakeholder> PlanDocument::stakeholder(StakeholderId id) const
{
    const std::optional<AccountId> account = StakeholderStore(m_database->connection()).accountOf(id);
    if (!account)
        return std::nullopt;
    const QList<Stakeholder> map = stakeholders(*account);
    for (const Stakeholder &person : map) {
        if (person.id == id)
            return person;
    }
    return std::nullopt;
}

QList<Touchpoint> PlanDocument::touchpoints(AccountId id) const
{
    return StakeholderStore(m_database->connection()).touchpoints(id);
}

// --- Write primitives ---

bool PlanDocument::refuseWhenReadOnly()
{
    if (!m_offline.isEmpty()) {
        Q_EMIT writeFailed(tr("The team server cannot be reached (%1), so this change was not saved. Keyplan "
                              "connects again by itself; then make the change again.")
                               .arg(m_offline));
        return true;
    }
    if (!isReadOnly())
        return false;
    Q_EMIT writeFailed(tr("This plan is open read-only; changes cannot be saved."));
    return true;
}

void PlanDocument::setOffline(const QString &reason)
{
    m_offline = reason;
}

void PlanDocument::undo()
{
    const QScopedValueRollback replaying(m_replaying, true);
    m_undoStack->undo();
}

void PlanDocument::redo()
{
    const QScopedValueRollback replaying(m_replaying, true);
    m_undoStack->redo();
}

bool PlanDocument::writeAccountField(AccountId id, AccountField field, const QVariant &value)
{
    const bool written = inWriteTransaction(tr("The change"), [&](const QSqlDatabase &db, QString *error) {
        AccountStore store(db);
        if (field != AccountField::Owner)
            return store.updateField(id, field, value, error);
        // A change of hands is kept with its day: the handover play starts from it.
        const std::optional<Account> before = store.find(id, error);
        const std::optional<TeamMemberId> to
            = value.isValid() && !value.isNull() ? std::optional<TeamMemberId>(value.toLongLong()) : std::nullopt;
        return before && store.updateField(id, field, value, error)
            && store.noteOwnerChange(id, before->ownerId, to, asOf(), error);
    });
    if (written)
        Q_EMIT accountChanged(id);
    return written;
}

std::optional<AccountId> PlanDocument::writeAccountRecord(const AccountRecord &record)
{
    std::optional<AccountId> id;
    const bool written = inWriteTransaction(tr("The account"), [&](const QSqlDatabase &db, QString *error) {
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
    Q_EMIT accountInserted(*id);
    return id;
}

bool PlanDocument::deleteAccount(AccountId id)
{
    const bool written = inWriteTransaction(tr("Deleting the account"),
        [&](const QSqlDatabase &db, QString *error) { return AccountStore(db).remove(id, error); });
    if (written)
        Q_EMIT accountRemoved(id);
    return written;
}

std::optional<StageChangeId> PlanDocument::writeStageChange(const StageChange &change)
{
    std::optional<StageChangeId> id;
    const bool written
        = inWriteTransaction(tr("The stage change"), [&](const QSqlDatabase &db, QString *error) {
              id = StageStore(db).insert(change, error);
              return id && AccountStore(db).updateStage(change.accountId, change.to, error);
          });
    if (!written)
        return std::nullopt;
    Q_EMIT stageHistoryChanged(change.accountId);
    Q_EMIT accountChanged(change.accountId);
    return id;
}

bool PlanDocument::deleteStageChange(const StageChange &change, Stage restoreStage)
{
    const bool written
        = inWriteTransaction(tr("Undoing the stage change"), [&](const QSqlDatabase &db, QString *error) {
              return StageStore(db).remove(change.id, error)
                  && AccountStore(db).updateStage(change.accountId, restoreStage, error);
          });
    if (written) {
        Q_EMIT stageHistoryChanged(change.accountId);
        Q_EMIT accountChanged(change.accountId);
    }
    return written;
}

bool PlanDocument::updateStageChange(const StageChange &change)
{
    const bool written = inWriteTransaction(tr("The stage change"),
        [&](const QSqlDatabase &db, QString *error) { return StageStore(db).update(change, error); });
    if (written)
        Q_EMIT stageHistoryChanged(change.accountId);
    return written;
}

std::optional<qint64> PlanDocument::writeTeamMember(const TeamMember &member)
{
    std::optional<qint64> id;
    const bool written
        = inWriteTransaction(tr("The team member"), [&](const QSqlDatabase &db, QString *error) {
              id = TeamStore(db).insert(member, error);
              return id.has_value();
          });
    if (!written)
        return std::nullopt;
    reloadTeam();
    return id;
}

bool PlanDocument::deleteTeamMember(qint64 id)
{
    const bool written = inWriteTransaction(tr("Removing the team member"),
        [&](const QSqlDatabase &db, QString *error) { return TeamStore(db).remove(id, error); });
    if (written)
        reloadTeam();
    return written;
}

void PlanDocument::reloadTeam()
{
    m_team = TeamStore(m_database->connection()).all();
    Q_EMIT teamChanged();
}

} // namespace keyplan
