#include "item/peopleediting.h"

#include "domain/dayformat.h"
#include "item/plandocument.h"
#include "item/writecommand.h"
#include "storage/changelog.h"
#include "storage/plandatabase.h"

#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace keyplan {

// A person's edit. The first redo goes over the version the user's editor read; a redo after an
// undo, and the undo itself, only while the person is still as the other left them: a later
// change, someone else's or another step's, is never overwritten by putting old values back.
class EditPersonCommand final : public QUndoCommand
{
public:
    EditPersonCommand(PeopleEditing *editing, Stakeholder before, Stakeholder after)
        : m_editing(editing)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(PeopleEditing::tr("Edit %1").arg(m_before.name));
    }

    void redo() override
    {
        if (!m_done) {
            m_done = true;
            write(m_after, m_after.version);
            return;
        }
        write(m_after, versionIfStill(m_before));
    }
    void undo() override { write(m_before, versionIfStill(m_after)); }

    // The same values, whatever the versions.
    static bool sameValues(const Stakeholder &a, const Stakeholder &b)
    {
        QJsonObject x = StakeholderStore::columnsOf(a);
        QJsonObject y = StakeholderStore::columnsOf(b);
        x.remove(QStringLiteral("version"));
        y.remove(QStringLiteral("version"));
        return x == y;
    }

private:
    qint64 versionIfStill(const Stakeholder &left) const
    {
        const std::optional<Stakeholder> now = m_editing->document()->stakeholder(m_after.id);
        if (!now || !sameValues(*now, left))
            return -1; // matches no row: refused as changed since (or removed)
        return now->version;
    }
    void write(Stakeholder row, qint64 over)
    {
        row.version = over + 1;
        if (!m_editing->updateStakeholder(row, over))
            setObsolete(true);
    }

    PeopleEditing *m_editing;
    Stakeholder m_before;
    Stakeholder m_after;
    bool m_done = false;
};

PeopleEditing::PeopleEditing(PlanDocument *document)
    : QObject(document)
    , m_document(document)
{
    setObjectName(QStringLiteral("peopleEditing"));
}

PeopleEditing *PeopleEditing::of(PlanDocument *document)
{
    if (auto *existing = document->findChild<PeopleEditing *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new PeopleEditing(document);
}

// --- People ---

void PeopleEditing::addStakeholder(const Stakeholder &person)
{
    if (m_document->refuseWhenReadOnly() || person.name.trimmed().isEmpty() || !m_document->account(person.accountId))
        return;
    auto kept = std::make_shared<Stakeholder>(person);
    kept->id = 0;
    kept->name = person.name.trimmed();
    // The id is fixed by the first write, so redo after undo puts back the same row.
    m_document->undoStack()->push(new WriteCommand(tr("Add %1 to the map").arg(kept->name),
        [this, kept] {
            const std::optional<StakeholderId> id = writeStakeholder(*kept);
            if (id)
                kept->id = *id;
            return id.has_value();
        },
        [this, kept] { return deleteStakeholder(kept->id).has_value(); }));
}

void PeopleEditing::editStakeholder(const Stakeholder &person)
{
    const std::optional<Stakeholder> before = m_document->stakeholder(person.id);
    if (m_document->refuseWhenReadOnly())
        return;
    if (!before) {
        // Removed since the user read it (by someone else, on a team plan): said, not ignored.
        m_document->reportRemovedSince(tr("The change to the person"), {QStringLiteral("stakeholder"), person.id, person.version},
            tr("the person “%1”").arg(person.name), StakeholderStore::columnsOf(person));
        return;
    }
    if (person.name.trimmed().isEmpty() || (person.reportsTo && *person.reportsTo == person.id)) {
        Q_EMIT m_document->writeFailed(tr("That value does not fit this field."));
        return;
    }
    if (EditPersonCommand::sameValues(person, *before) && person.version == before->version)
        return; // nothing to change: no step, no new version for others to trip over
    // Refused when the person changed since `person` was read: the user may then put these values
    // over the change they did not see.
    m_document->pushCheckedEdit(new EditPersonCommand(this, *before, person), tr("the person “%1”").arg(before->name),
        StakeholderStore::columnsOf(person), [this, id = person.id](const QJsonObject &merged) {
            const std::optional<Stakeholder> now = m_document->stakeholder(id);
            if (!now)
                return;
            // Over the row the dialog showed: a change made while it was open is another
            // conflict, not overwritten.
            Stakeholder mine = StakeholderStore::fromColumns(merged, *now);
            mine.version = merged.value(QStringLiteral("version")).toInteger(now->version);
            editStakeholder(mine);
        });
}

void PeopleEditing::removeStakeholder(StakeholderId id, std::optional<qint64> readVersion)
{
    const std::optional<Stakeholder> person = m_document->stakeholder(id);
    if (m_document->refuseWhenReadOnly())
        return;
    if (!person) {
        if (readVersion) // on the user's page, gone since (a colleague removed them)
            m_document->reportRemovedSince(tr("Removing the person"), {QStringLiteral("stakeholder"), id, *readVersion},
                removedPerson(id), {}, true);
        return;
    }
    // What went with the person (links, meetings, reporting lines), for undo to bring back.
    auto removal = std::make_shared<StakeholderStore::Removal>();
    removal->person = *person;
    m_document->pushRemoval(new WriteCommand(tr("Remove %1 from the map").arg(person->name),
                                [this, removal] {
                                    const std::optional<StakeholderStore::Removal> removed
                                        = deleteStakeholder(removal->person.id);
                                    if (removed)
                                        *removal = *removed;
                                    return removed.has_value();
                                },
                                [this, removal] { return restoreStakeholder(*removal); }),
        {QStringLiteral("stakeholder"), id, readVersion.value_or(person->version)},
        tr("the person “%1”").arg(person->name));
}

QString PeopleEditing::removedPerson(StakeholderId id) const
{
    const PlanDatabase &database = m_document->database();
    QString problem;
    const QList<team::ChangeEntry> changes = database.isServer()
        ? team::rowChanges(database.connection(), QStringLiteral("stakeholder"), id, 0, &problem)
        : QList<team::ChangeEntry> {};
    const QString name = changes.isEmpty() ? QString() : changes.constLast().before.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? tr("the person") : tr("the person “%1”").arg(name);
}

void PeopleEditing::setReportsTo(StakeholderId personId, std::optional<StakeholderId> manager)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const std::optional<Stakeholder> person = m_document->stakeholder(personId);
    if (!person || person->reportsTo == manager)
        return;
    if (manager) {
        // Walk up from the new manager: meeting the person means a reporting cycle.
        QHash<StakeholderId, std::optional<StakeholderId>> managerOf;
        for (const Stakeholder &p : m_document->stakeholders(person->accountId))
            managerOf.insert(p.id, p.reportsTo);
        if (!managerOf.contains(*manager)) {
            Q_EMIT m_document->writeFailed(tr("Only someone on this account's map can be a manager."));
            return;
        }
        QSet<StakeholderId> seen;
        for (std::optional<StakeholderId> at = manager; at && !seen.contains(*at); at = managerOf.value(*at)) {
            if (*at == personId) {
                Q_EMIT m_document->writeFailed(tr("%1 cannot report to someone who reports to them.").arg(person->name));
                return;
            }
            seen.insert(*at);
        }
    }
    Stakeholder after = *person;
    after.reportsTo = manager;
    editStakeholder(after);
}

// --- Meetings and reviews ---

void PeopleEditing::recordTouchpoint(const Touchpoint &touchpoint)
{
    if (m_document->refuseWhenReadOnly() || !touchpoint.on.isValid() || touchpoint.stakeholders.isEmpty()
        || !m_document->account(touchpoint.accountId))
        return;
    auto kept = std::make_shared<Touchpoint>(touchpoint);
    kept->id = 0;
    m_document->undoStack()->push(new WriteCommand(
        tr("Record %1 of %2").arg(displayName(kept->kind).toLower(), formatDay(kept->on)),
        [this, kept] {
            const std::optional<TouchpointId> id = writeTouchpoint(*kept);
            if (id)
                kept->id = *id;
            return id.has_value();
        },
        [this, kept] { return deleteTouchpoint(kept.get()); }));
}

void PeopleEditing::removeTouchpoint(const Touchpoint &touchpoint)
{
    if (m_document->refuseWhenReadOnly() || touchpoint.id <= 0)
        return;
    auto kept = std::make_shared<Touchpoint>(touchpoint);
    m_document->pushRemoval(
        new WriteCommand(tr("Remove %1 of %2").arg(displayName(touchpoint.kind).toLower(), formatDay(touchpoint.on)),
            [this, kept] { return deleteTouchpoint(kept.get()); },
            [this, kept] { return restoreTouchpoint(*kept); }), // same id
        {QStringLiteral("touchpoint"), touchpoint.id, touchpoint.version},
        tr("the %1 of %2").arg(displayName(touchpoint.kind).toLower(), formatDay(touchpoint.on)));
}

void PeopleEditing::markMapReviewed(AccountId id, const QDate &on, std::optional<TeamMemberId> reviewer)
{
    if (m_document->refuseWhenReadOnly() || !on.isValid() || !m_document->account(id))
        return;
    auto kept = std::make_shared<MapReview>(MapReview {0, id, on, reviewer});
    m_document->undoStack()->push(new WriteCommand(tr("Mark the map reviewed"),
        [this, kept] {
            const std::optional<qint64> written = writeMapReview(*kept);
            if (written)
                kept->id = *written;
            return written.has_value();
        },
        [this, kept] { return deleteMapReview(*kept); }));
}

// --- Places on the map and links ---

void PeopleEditing::moveOnMap(AccountId id, const QHash<StakeholderId, std::optional<QPointF>> &to,
    const QHash<StakeholderId, std::optional<QPointF>> &shown)
{
    if (to.isEmpty() || m_document->refuseWhenReadOnly())
        return;
    const QHash<StakeholderId, QPointF> stored = StakeholderStore(m_document->database().connection()).positions(id);
    QHash<StakeholderId, std::optional<QPointF>> before;
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        if (shown.contains(it.key()))
            before.insert(it.key(), shown.value(it.key()));
        else
            before.insert(it.key(), stored.contains(it.key()) ? std::optional(stored.value(it.key())) : std::nullopt);
    }
    m_document->undoStack()->push(new WriteCommand(
        to.size() == 1 ? tr("Move a person on the map") : tr("Move people on the map"),
        [this, id, before, to] { return writeMapPositions(id, before, to); },
        [this, id, before, to] { return writeMapPositions(id, to, before); }));
}

void PeopleEditing::restoreAutomaticLayout(AccountId id)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const QHash<StakeholderId, QPointF> stored = StakeholderStore(m_document->database().connection()).positions(id);
    if (stored.isEmpty())
        return;
    QHash<StakeholderId, std::optional<QPointF>> before;
    QHash<StakeholderId, std::optional<QPointF>> after;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        before.insert(it.key(), it.value());
        after.insert(it.key(), std::nullopt);
    }
    m_document->undoStack()->push(new WriteCommand(tr("Automatic layout"),
        [this, id, before, after] { return writeMapPositions(id, before, after); },
        [this, id, before, after] { return writeMapPositions(id, after, before); }));
}

void PeopleEditing::addStakeholderLink(const StakeholderLink &link)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const std::optional<Stakeholder> from = m_document->stakeholder(link.from);
    const std::optional<Stakeholder> to = m_document->stakeholder(link.to);
    if (!from || !to || from->accountId != to->accountId || link.from == link.to) {
        Q_EMIT m_document->writeFailed(tr("A link joins two different people on the same map."));
        return;
    }
    auto kept = std::make_shared<StakeholderLink>(link);
    kept->id = 0;
    kept->accountId = from->accountId;
    kept->label = link.label.trimmed();
    m_document->undoStack()->push(new WriteCommand(
        link.kind == LinkKind::DottedLine ? tr("Add a dotted-line report") : tr("Add an influence link"),
        [this, kept] {
            const std::optional<StakeholderLinkId> id = writeStakeholderLink(*kept);
            if (id)
                kept->id = *id;
            return id.has_value();
        },
        [this, kept] { return deleteStakeholderLink(*kept); }));
}

void PeopleEditing::removeStakeholderLink(const StakeholderLink &link)
{
    if (m_document->refuseWhenReadOnly())
        return;
    m_document->pushRemoval(
        new WriteCommand(link.kind == LinkKind::DottedLine ? tr("Remove a dotted-line report") : tr("Remove an influence link"),
            [this, link] { return deleteStakeholderLink(link); },
            [this, link] { return writeStakeholderLink(link).has_value(); }),
        {QStringLiteral("stakeholder_link"), link.id, link.version},
        tr("the link “%1”").arg(link.label.isEmpty() ? displayName(link.kind).toLower() : link.label));
}

// --- Write primitives ---

void PeopleEditing::announcePeople(AccountId account)
{
    Q_EMIT m_document->stakeholdersChanged(account);
    Q_EMIT m_document->accountChanged(account); // coverage and last contact may have moved
}

std::optional<StakeholderId> PeopleEditing::writeStakeholder(const Stakeholder &person)
{
    std::optional<StakeholderId> id;
    const bool written = m_document->writeInTransaction(tr("The person"), [&](const QSqlDatabase &db, QString *error) {
        id = StakeholderStore(db).insert(person, error);
        return id.has_value();
    });
    if (!written)
        return std::nullopt;
    announcePeople(person.accountId);
    return id;
}

bool PeopleEditing::updateStakeholder(const Stakeholder &person, qint64 expectedVersion)
{
    const bool written = m_document->writeInTransaction(tr("The change to the person"),
        [&](const QSqlDatabase &db, QString *error) { return StakeholderStore(db).update(person, expectedVersion, error); });
    if (written)
        announcePeople(person.accountId);
    return written;
}

std::optional<StakeholderStore::Removal> PeopleEditing::deleteStakeholder(StakeholderId id)
{
    const std::optional<Stakeholder> person = m_document->stakeholder(id);
    if (!person)
        return std::nullopt;
    std::optional<StakeholderStore::Removal> removal;
    const bool written = m_document->writeInTransaction(tr("Removing the person"), [&](const QSqlDatabase &db, QString *error) {
        StakeholderStore people(db);
        removal = people.removalOf(*person, error);
        return error->isEmpty() && people.remove(id, error);
    });
    if (!written)
        return std::nullopt;
    announcePeople(person->accountId);
    return removal;
}

bool PeopleEditing::restoreStakeholder(const StakeholderStore::Removal &removal)
{
    const bool written = m_document->writeInTransaction(tr("Restoring the person"),
        [&](const QSqlDatabase &db, QString *error) { return StakeholderStore(db).restore(removal, error); });
    if (written)
        announcePeople(removal.person.accountId);
    return written;
}

std::optional<TouchpointId> PeopleEditing::writeTouchpoint(const Touchpoint &touchpoint)
{
    std::optional<TouchpointId> id;
    const bool written = m_document->writeInTransaction(tr("The touchpoint"), [&](const QSqlDatabase &db, QString *error) {
        id = StakeholderStore(db).insertTouchpoint(touchpoint, error);
        return id.has_value();
    });
    if (!written)
        return std::nullopt;
    announcePeople(touchpoint.accountId);
    return id;
}

bool PeopleEditing::deleteTouchpoint(Touchpoint *touchpoint)
{
    const bool written = m_document->writeInTransaction(tr("Removing the touchpoint"), [&](const QSqlDatabase &db, QString *error) {
        StakeholderStore store(db);
        for (const Touchpoint &stored : store.touchpoints(touchpoint->accountId, error)) {
            if (stored.id == touchpoint->id)
                *touchpoint = stored;
        }
        return error->isEmpty() && store.removeTouchpoint(touchpoint->id, error);
    });
    if (written)
        announcePeople(touchpoint->accountId);
    return written;
}

bool PeopleEditing::restoreTouchpoint(const Touchpoint &touchpoint)
{
    const bool written = m_document->writeInTransaction(tr("The touchpoint"), [&](const QSqlDatabase &db, QString *error) {
        StakeholderStore store(db);
        Touchpoint still = touchpoint;
        still.stakeholders.removeIf(
            [&](StakeholderId person) { return store.accountOf(person) != std::optional(touchpoint.accountId); });
        return store.insertTouchpoint(still, error).has_value();
    });
    if (written)
        announcePeople(touchpoint.accountId);
    return written;
}

std::optional<qint64> PeopleEditing::writeMapReview(const MapReview &review)
{
    std::optional<qint64> id;
    const bool written = m_document->writeInTransaction(tr("The map review"), [&](const QSqlDatabase &db, QString *error) {
        id = StakeholderStore(db).insertReview(review, error);
        return id.has_value();
    });
    if (!written)
        return std::nullopt;
    announcePeople(review.accountId);
    return id;
}

bool PeopleEditing::deleteMapReview(const MapReview &review)
{
    const bool written = m_document->writeInTransaction(tr("Removing the map review"),
        [&](const QSqlDatabase &db, QString *error) { return StakeholderStore(db).removeReview(review.id, error); });
    if (written)
        announcePeople(review.accountId);
    return written;
}

bool PeopleEditing::writeMapPositions(AccountId id, const QHash<StakeholderId, std::optional<QPointF>> &from,
    const QHash<StakeholderId, std::optional<QPointF>> &to)
{
    const bool written = m_document->writeInTransaction(tr("The move on the map"), [&](const QSqlDatabase &db, QString *error) {
        StakeholderStore store(db);
        for (auto it = to.cbegin(); it != to.cend(); ++it) {
            std::optional<QPointF> now;
            if (!store.lockPosition(it.key(), &now, error)) {
                if (error->isEmpty())
                    *error = tr("someone removed a person it moves, after you looked.");
                return false;
            }
            if (now != from.value(it.key())) {
                *error = movedSince(db, it.key());
                return false;
            }
            if (!store.setPosition(it.key(), it.value(), error))
                return false;
        }
        return true;
    });
    // Refused too: the map puts the people the user dragged back where the plan has them.
    Q_EMIT m_document->mapPositionsChanged(id);
    return written;
}

QString PeopleEditing::movedSince(const QSqlDatabase &db, StakeholderId person) const
{
    const StakeholderStore store(db);
    QString name;
    QString problem;
    for (const Stakeholder &someone : store.forAccount(store.accountOf(person).value_or(0), &problem)) {
        if (someone.id == person)
            name = someone.name;
    }
    if (m_document->database().isServer()) {
        // The latest change of the row that moved them: the one the user did not see.
        const QList<team::ChangeEntry> changes = team::rowChanges(db, QStringLiteral("stakeholder"), person, 0, &problem);
        const auto place = [](const QJsonObject &row) {
            return std::pair(row.value(QStringLiteral("map_x")), row.value(QStringLiteral("map_y")));
        };
        for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
            if (place(it->before) != place(it->after))
                return tr("%1 moved “%2” at %3, after you looked; they stay where they are now.")
                    .arg(it->who, name, formatShortDayTime(it->at.toLocalTime()));
        }
    }
    return tr("“%1” was moved in another window after you looked; they stay where they are now.").arg(name);
}

std::optional<StakeholderLinkId> PeopleEditing::writeStakeholderLink(const StakeholderLink &link)
{
    std::optional<StakeholderLinkId> id;
    const bool written = m_document->writeInTransaction(tr("The link"), [&](const QSqlDatabase &db, QString *error) {
        id = StakeholderStore(db).insertLink(link, error);
        return id.has_value();
    });
    if (!written)
        return std::nullopt;
    Q_EMIT m_document->stakeholderLinksChanged(link.accountId);
    return id;
}

bool PeopleEditing::deleteStakeholderLink(const StakeholderLink &link)
{
    const bool written = m_document->writeInTransaction(tr("Removing the link"),
        [&](const QSqlDatabase &db, QString *error) { return StakeholderStore(db).removeLink(link.id, error); });
    if (written)
        Q_EMIT m_document->stakeholderLinksChanged(link.accountId);
    return written;
}

} // namespace keyplan
