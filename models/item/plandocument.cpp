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

bool PlanDocument::writeInTransaction(
    const QString &what, const std::function<bool(const QSqlDatabase &db, QString *error)> &write)
{
    return inWriteTransaction(what, write);
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

void PlanDocument::reloadTeam()
{
    m_team = TeamStore(m_database->connection()).all();
    Q_EMIT teamChanged();
}

} // namespace keyplan
