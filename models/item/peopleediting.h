#pragma once

#include "domain/stakeholder.h"
#include "domain/touchpoint.h"
#include "storage/stakeholderstore.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QSqlDatabase>

#include <optional>

namespace keyplan {

class PlanDocument;

// Editing an account's stakeholder map: its people, the meetings with them, the links between
// them, where they sit on the map and the map's reviews, with the undo commands and the write
// primitives they call. One per document (of() makes it on first use, as the document's child).
// Every write announces itself through the document's stakeholdersChanged(), mapPositionsChanged()
// or stakeholderLinksChanged() (and accountChanged(), as coverage may move). Edits and removals go
// over the version the user read (PlanDocument::pushEdit); reading stays with the document
// (PlanDocument::stakeholders, stakeholderMap, ...).
class PeopleEditing final : public QObject
{
    Q_OBJECT

public:
    static PeopleEditing *of(PlanDocument *document);
    PlanDocument *document() const { return m_document; }

    // Through the undo stack; a refused edit is reported through the document's writeFailed, and a
    // stale one through its writeConflict.
    void addStakeholder(const Stakeholder &person);
    // Over `person.version`, the version the user's editor read.
    void editStakeholder(const Stakeholder &person);
    // `readVersion`: as the user saw it; a change by someone else since is a conflict.
    void removeStakeholder(StakeholderId id, std::optional<qint64> readVersion = std::nullopt);
    void recordTouchpoint(const Touchpoint &touchpoint);
    void removeTouchpoint(const Touchpoint &touchpoint);
    void markMapReviewed(AccountId id, const QDate &on, std::optional<TeamMemberId> reviewer);
    // Moves people on the map (nothing: back to the automatic layout) as one undo step, from where
    // the user saw them (`shown`; where it does not say, where the plan has them now). Refused,
    // saying who moved whom, when someone moved one of them since; undo likewise only puts people
    // back from where this step left them.
    void moveOnMap(AccountId id, const QHash<StakeholderId, std::optional<QPointF>> &to,
        const QHash<StakeholderId, std::optional<QPointF>> &shown = {});
    // Forgets every position the user gave the account's map: the computed layout returns.
    void restoreAutomaticLayout(AccountId id);
    // `person` reports to `manager` (nothing: to nobody on the map). Refused when it would make
    // someone their own manager, however indirectly.
    void setReportsTo(StakeholderId person, std::optional<StakeholderId> manager);
    void addStakeholderLink(const StakeholderLink &link);
    void removeStakeholderLink(const StakeholderLink &link);

private:
    friend class EditPersonCommand; // in the .cpp
    explicit PeopleEditing(PlanDocument *document);

    // Write primitives: what the commands call. Each returns false (or nothing), reported through
    // the document's writeFailed, when the plan refused the write; nothing was changed then.
    std::optional<StakeholderId> writeStakeholder(const Stakeholder &person);
    // Writes `person` (with its version) over the row at `expectedVersion`.
    bool updateStakeholder(const Stakeholder &person, qint64 expectedVersion);
    // Deletes the person and returns what went with them (links, meetings, reporting lines).
    std::optional<StakeholderStore::Removal> deleteStakeholder(StakeholderId id);
    bool restoreStakeholder(const StakeholderStore::Removal &removal);
    std::optional<TouchpointId> writeTouchpoint(const Touchpoint &touchpoint);
    // Deletes the meeting, first reading it (`*touchpoint`: who was there, the notes) as the plan
    // has it in the same transaction, so that undo puts back what was removed, not what was shown.
    bool deleteTouchpoint(Touchpoint *touchpoint);
    // Puts a removed meeting back, with those of its people who are still on the map (someone may
    // have removed one meanwhile, and their meetings with them).
    bool restoreTouchpoint(const Touchpoint &touchpoint);
    // Moves each person from `from` to `to`; refused, moving nobody, when one is no longer at `from`.
    bool writeMapPositions(AccountId id, const QHash<StakeholderId, std::optional<QPointF>> &from,
        const QHash<StakeholderId, std::optional<QPointF>> &to);
    // A person someone removed, as the conflict names them: by their name as the change log kept it.
    QString removedPerson(StakeholderId id) const;
    // Why a move found the person elsewhere on the map: who moved them, when known.
    QString movedSince(const QSqlDatabase &db, StakeholderId person) const;
    std::optional<StakeholderLinkId> writeStakeholderLink(const StakeholderLink &link);
    bool deleteStakeholderLink(const StakeholderLink &link);
    std::optional<qint64> writeMapReview(const MapReview &review);
    bool deleteMapReview(const MapReview &review);
    // After a write of the account's people or meetings: its people and coverage may have moved.
    void announcePeople(AccountId account);

    PlanDocument *m_document;
};

} // namespace keyplan
