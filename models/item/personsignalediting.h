#pragma once

#include "domain/personsignal.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace keyplan {

class PlanDocument;

// Settling what an import noticed about a person: a LinkedIn export showing them at another
// company raises "may have left", which stays open (on the map, in the people table, behind a
// re-thread play) until the user says they are still there or marks them as left. Either closes
// it as an undo step of its own, or inside the edit that marks them (the caller's macro); undo
// opens it again.
class PersonSignalEditing final
{
    Q_DECLARE_TR_FUNCTIONS(PersonSignalEditing)

public:
    static std::optional<PersonSignal> openSignal(const PlanDocument *document, StakeholderId person);
    static QHash<StakeholderId, PersonSignal> openSignals(const PlanDocument *document, AccountId account);
    // Closes the person's open signal on the plan's day; nothing when none is open.
    static void settle(PlanDocument *document, StakeholderId person, const QString &text);
    // "Still there": the one-step form of settle(), named for the undo history.
    static void stillThere(PlanDocument *document, StakeholderId person);
};

} // namespace keyplan
