#pragma once

#include "domain/stakeholder.h"

#include <QCoreApplication>
#include <QPointF>

#include <optional>

namespace keyplan {

class PlanDocument;

// Changing who is on a stakeholder map without moving everyone else on it.
//
// The automatic layout is a tidy tree: one more report under a manager, or one fewer, shifts every
// branch beside theirs. So adding or removing a person first pins everyone the automatic layout
// placed where they are shown now, and a newcomer goes to the free spot nearest their colleagues
// and manager (or the empty seat they fill); both in one undo step. A map nobody is on yet keeps
// its automatic layout, and "Automatic Layout" tidies any map on request. Marking someone as left
// moves nobody (they keep their box, shown as gone).
class MapEditing final
{
    Q_DECLARE_TR_FUNCTIONS(MapEditing)

public:
    static void addPerson(PlanDocument *document, const Stakeholder &person, std::optional<QPointF> preferred = std::nullopt);
    // `readVersion`: the person's version as the user saw it; a change by someone else since is a
    // conflict, and nobody on the map moves.
    static void removePerson(PlanDocument *document, StakeholderId id, std::optional<qint64> readVersion = std::nullopt);
};

} // namespace keyplan
