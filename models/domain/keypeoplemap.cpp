#include "domain/keypeoplemap.h"

#include <QSet>

namespace keyplan {

bool isKeyPerson(const Stakeholder &person)
{
    return !person.hasLeft()
        && (person.role == DecisionRole::DecisionMaker || person.role == DecisionRole::EconomicBuyer
            || person.role == DecisionRole::Champion);
}

StakeholderMapData keyPeopleMap(const StakeholderMapData &map)
{
    QSet<StakeholderId> kept;
    for (const Stakeholder &person : map.people) {
        if (!isKeyPerson(person))
            continue;
        // The person and their reporting line upwards (a loop in bad data stops at a repeat).
        for (const Stakeholder *up = &person; up && !up->hasLeft() && !kept.contains(up->id);
             up = up->reportsTo ? map.person(*up->reportsTo) : nullptr)
            kept.insert(up->id);
    }
    StakeholderMapData key = map;
    key.people.clear();
    for (Stakeholder person : map.people) {
        if (!kept.contains(person.id))
            continue;
        person.mapPosition.reset();
        if (person.reportsTo && !kept.contains(*person.reportsTo))
            person.reportsTo.reset();
        key.people.append(person);
    }
    key.links.clear();
    for (const StakeholderLink &link : map.links) {
        if (kept.contains(link.from) && kept.contains(link.to))
            key.links.append(link);
    }
    return key;
}

int currentPeople(const StakeholderMapData &map)
{
    int count = 0;
    for (const Stakeholder &person : map.people)
        count += person.hasLeft() ? 0 : 1;
    return count;
}

} // namespace keyplan
