// PlanDocument's stakeholder map, read whole, and the coverage settings it is measured by (editing the map: peopleediting.h).
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

} // namespace keyplan
