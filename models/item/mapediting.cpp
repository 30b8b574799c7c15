#include "item/mapediting.h"

#include "domain/mapplacement.h"
#include "item/plandocument.h"
#include "item/peopleediting.h"

#include <QUndoStack>

namespace keyplan {

namespace {

// Everyone the automatic layout places, at the place they are shown now.
QHash<StakeholderId, std::optional<QPointF>> pinsFor(const QList<Stakeholder> &people, const MapPlacements &placements)
{
    QHash<StakeholderId, std::optional<QPointF>> pins;
    for (const Stakeholder &person : people) {
        if (!person.mapPosition)
            pins.insert(person.id, placements.shown.value(person.id));
    }
    return pins;
}

} // namespace

void MapEditing::addPerson(PlanDocument *document, const Stakeholder &person, std::optional<QPointF> preferred)
{
    const QList<Stakeholder> people = document->stakeholders(person.accountId);
    if (people.isEmpty() || document->isReadOnly() || person.name.trimmed().isEmpty()) {
        PeopleEditing::of(document)->addStakeholder(person); // the first on the map, or refused with its message
        return;
    }
    const MapPlacements placements = placeMap(people, {});
    Stakeholder newcomer = person;
    newcomer.mapPosition = freeSpotOnMap(person, people, placements.shown, preferred);
    const QHash<StakeholderId, std::optional<QPointF>> pins = pinsFor(people, placements);

    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Add %1 to the map").arg(person.name.trimmed()));
    if (!pins.isEmpty())
        PeopleEditing::of(document)->moveOnMap(person.accountId, pins);
    PeopleEditing::of(document)->addStakeholder(newcomer);
    stack->endMacro();
}

void MapEditing::removePerson(PlanDocument *document, StakeholderId id, std::optional<qint64> readVersion)
{
    const std::optional<Stakeholder> person = document->stakeholder(id);
    if (!person || document->isReadOnly() || (readVersion && *readVersion != person->version)) {
        PeopleEditing::of(document)->removeStakeholder(id, readVersion); // refused with its message, or the conflict
        return;
    }
    const QList<Stakeholder> people = document->stakeholders(person->accountId);
    const MapPlacements placements = placeMap(people, {});
    QHash<StakeholderId, std::optional<QPointF>> pins = pinsFor(people, placements);
    pins.remove(id);

    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Remove %1 from the map").arg(person->name));
    if (!pins.isEmpty())
        PeopleEditing::of(document)->moveOnMap(person->accountId, pins);
    PeopleEditing::of(document)->removeStakeholder(id, readVersion);
    stack->endMacro();
}

} // namespace keyplan
