#pragma once

#include "domain/stakeholdermap.h"

// The map cut down to the people a reader must see when the whole map cannot be printed at a
// readable size: the decision makers, economic buyers and champions still at the company, and the
// managers they report to, up to the top; with the links among them. Their boxes are laid out
// afresh (places the user dragged people to belong to the whole map).
namespace keyplan {

bool isKeyPerson(const Stakeholder &person);
StakeholderMapData keyPeopleMap(const StakeholderMapData &map);
// How many people are still at the company (those the whole map shows as current).
int currentPeople(const StakeholderMapData &map);

} // namespace keyplan
