// PlanDocument's stakeholder map: reading it whole, placing people, reporting lines and links.
#include "item/accountcommands.h"
#include "item/personsignalediting.h"
#include "item/plandocument.h"
#include "item/plandocumentwrite.h"
#include "storage/planinfostore.h"
#include "storage/stakeholderstore.h"

#include <QSet>
#include <QUndoStack>

namespace keyplan {

StakeholderMapData PlanDocument::stakeholderMap(AccountId id) const
{
    StakeholderMapData map;
    map.accountId = id;
    map.accountName = account(id).value_or(Account {}).name;
    map.planName = title();
    map.asOf = asOf();
    const StakeholderStore store(m_database->connection());
    map.people = store.forAccount(id);
    map.links = store.links(id);
    const QList<Touchpoint> contacts = store.touchpoints(id);
    map.lastContacts = lastContacts(contacts);
    for (const TeamMember &member : m_team)
        map.team.insert(member.id, member.name);
    const QList<MapReview> reviews = store.reviews(id);
    map.lastReview = reviews.isEmpty() ? QDate() : reviews.constLast().on;
    map.settings = coverageSettings();
    map.coverage = computeCoverage(map.people, contacts, map.lastReview, map.asOf, map.settings);
    map.mayHaveLeft = PersonSignalEditing::openSignals(this, id);
    return map;
}

void PlanDocument::moveOnMap(AccountId id, const QHash<StakeholderId, std::optional<QPointF>> &to)
{
    if (to.isEmpty() || refuseWhenReadOnly())
        return;
    const QHash<StakeholderId, QPointF> stored = StakeholderStore(m_database->connection()).positions(id);
    MoveOnMapCommand::Positions before;
    for (auto it = to.cbegin(); it != to.cend(); ++it)
        before.insert(
            it.key(), stored.contains(it.key()) ? std::optional(stored.value(it.key())) : std::nullopt);
    const QString text = to.size() == 1 ? tr("Move a person on the map") : tr("Move people on the map");
    m_undoStack->push(new MoveOnMapCommand(this, id, before, to, text));
}

void PlanDocument::restoreAutomaticLayout(AccountId id)
{
    if (refuseWhenReadOnly())
        return;
    const QHash<StakeholderId, QPointF> stored = StakeholderStore(m_database->connection()).positions(id);
    if (stored.isEmpty())
        return;
    MoveOnMapCommand::Positions before;
    MoveOnMapCommand::Positions after;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        before.insert(it.key(), it.value());
        after.insert(it.key(), std::nullopt);
    }
    m_undoStack->push(new MoveOnMapCommand(this, id, before, after, tr("Automatic layout")));
}

void PlanDocument::setReportsTo(StakeholderId personId, std::optional<StakeholderId> manager)
{
    const std::optional<Stakeholder> person = stakeholder(personId);
    if (!person || person->reportsTo == manager)
        return;
    if (manager) {
        // Walk up from the new manager: meeting the person means a reporting cycle.
        const QList<Stakeholder> map = stakeholders(person->accountId);
        QHash<StakeholderId, std::optional<StakeholderId>> managerOf;
        for (const Stakeholder &p : map)
            managerOf.insert(p.id, p.reportsTo);
        if (!managerOf.contains(*manager)) {
            Q_EMIT writeFailed(tr("Only someone on this account's map can be a manager."));
            return;
        }
        QSet<StakeholderId> seen;
        for (std::optional<StakeholderId> at = manager; at && !seen.contains(*at);
             at = managerOf.value(*at)) {
            if (*at == personId) {
                Q_EMIT writeFailed(tr("%1 cannot report to someone who reports to them.").arg(person->name));
                return;
            }
            seen.insert(*at);
        }
    }
    Stakeholder after = *person;
    after.reportsTo = manager;
    editStakeholder(after);
}

void PlanDocument::addStakeholderLink(const StakeholderLink &link)
{
    if (refuseWhenReadOnly())
        return;
    const std::optional<Stakeholder> from = stakeholder(link.from);
    const std::optional<Stakeholder> to = stakeholder(link.to);
    if (!from || !to || from->accountId != to->accountId || link.from == link.to) {
        Q_EMIT writeFailed(tr("A link joins two different people on the same map."));
        return;
    }
    StakeholderLink added = link;
    added.id = 0;
    added.accountId = from->accountId;
    added.label = link.label.trimmed();
    m_undoStack->push(new AddStakeholderLinkCommand(this, added));
}

void PlanDocument::removeStakeholderLink(const StakeholderLink &link)
{
    if (refuseWhenReadOnly())
        return;
    pushRemoval(new RemoveStakeholderLinkCommand(this, link), {QStringLiteral("stakeholder_link"), link.id, link.version},
        tr("the link “%1”").arg(link.label.isEmpty() ? displayName(link.kind).toLower() : link.label));
}

void PlanDocument::setCoverageSettings(const CoverageSettings &settings)
{
    if (refuseWhenReadOnly())
        return;
    const CoverageSettings before = coverageSettings();
    if (before == settings)
        return;
    if (settings.targetLow < 0 || settings.targetLow > settings.targetHigh || settings.targetHigh > 1
        || settings.activeWithinDays < 1 || settings.staleAfterDays < 1
        || settings.singleThreadedAtMost < 0) {
        Q_EMIT writeFailed(tr("Those coverage settings do not fit together."));
        return;
    }
    m_undoStack->push(new SetCoverageSettingsCommand(this, before, settings));
}

bool PlanDocument::writeCoverageSettings(const CoverageSettings &settings)
{
    const bool written
        = inWriteTransaction(tr("The coverage settings"), [&](const QSqlDatabase &db, QString *error) {
              return PlanInfoStore(db).setCoverageSettings(settings, error);
          });
    if (written)
        Q_EMIT coverageSettingsChanged();
    return written;
}

bool PlanDocument::writeMapPositions(
    AccountId id, const QHash<StakeholderId, std::optional<QPointF>> &positions)
{
    const bool written
        = inWriteTransaction(tr("The position on the map"), [&](const QSqlDatabase &db, QString *error) {
              StakeholderStore store(db);
              for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
                  if (!store.setPosition(it.key(), it.value(), error))
                      return false;
              }
              return true;
          });
    if (written)
        Q_EMIT mapPositionsChanged(id);
    return written;
}

std::optional<StakeholderLinkId> PlanDocument::writeStakeholderLink(const StakeholderLink &link)
{
    std::optional<StakeholderLinkId> id;
    const bool written = inWriteTransaction(tr("The link"), [&](const QSqlDatabase &db, QString *error) {
        id = StakeholderStore(db).insertLink(link, error);
        return id.has_value();
    });
    if (!written)
        return std::nullopt;
    Q_EMIT stakeholderLinksChanged(link.accountId);
    return id;
}

bool PlanDocument::deleteStakeholderLink(const StakeholderLink &link)
{
    const bool written
        = inWriteTransaction(tr("Removing the link"), [&](const QSqlDatabase &db, QString *error) {
              return StakeholderStore(db).removeLink(link.id, error);
          });
    if (written)
        Q_EMIT stakeholderLinksChanged(link.accountId);
    return written;
}

} // namespace keyplan
