// The people of an import: contacts from a CRM, an address book's cards, LinkedIn connections.
#include "storage/importwriter.h"

#include "domain/mapplacement.h"
#include "domain/namematch.h"
#include "storage/rowjournal.h"
#include "storage/sourcerecordstore.h"
#include "storage/sqlhelpers.h"
#include "storage/stakeholderstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keyplan {
namespace {

QString personLabel(const QString &name, const QString &account)
{
    return account.isEmpty() ? name : ImportWriter::tr("%1 at %2").arg(name, account);
}

} // namespace

void ImportWriter::People::index(qsizetype at)
{
    const Stakeholder &person = list.at(at);
    byId.insert(person.id, at);
    if (const QString email = person.email.trimmed().toCaseFolded(); !email.isEmpty())
        byEmail.insert(email, at);
    if (const QString key = personKey(person.name); !key.isEmpty())
        byName.insert(key, at);
}

Stakeholder *ImportWriter::People::find(StakeholderId id)
{
    const auto at = byId.constFind(id);
    return at == byId.cend() ? nullptr : &list[*at];
}

// By email first (the surest), then by name as people write it.
Stakeholder *ImportWriter::People::match(const QString &email, const QString &name)
{
    if (const QString folded = email.trimmed().toCaseFolded(); !folded.isEmpty())
        if (const auto at = byEmail.constFind(folded); at != byEmail.cend())
            return &list[*at];
    if (const QString key = personKey(name); !key.isEmpty())
        if (const auto at = byName.constFind(key); at != byName.cend())
            return &list[*at];
    return nullptr;
}

ImportWriter::People &ImportWriter::peopleOf(AccountId account, QString *error)
{
    auto found = m_people.find(account);
    if (found == m_people.end()) {
        QString problem;
        People people;
        people.list = StakeholderStore(m_db).forAccount(account, &problem);
        if (!problem.isEmpty() && error)
            *error = problem;
        m_peopleBefore.insert(account, people.list);
        for (qsizetype i = 0; i < people.list.size(); ++i)
            people.index(i);
        found = m_people.insert(account, people);
    }
    return *found;
}

bool ImportWriter::createPerson(Stakeholder person, const IncomingPerson &incoming, QString *error)
{
    person.name = incoming.name.trimmed();
    person.title = incoming.title.trimmed();
    person.department = incoming.department.trimmed();
    person.email = incoming.email.trimmed();
    person.phone = incoming.phone.trimmed();
    person.addedOn = m_options.today;
    const std::optional<StakeholderId> id = m_stakeholders.insert(person, error);
    if (!id)
        return false;
    person.id = *id;
    journalInsert(QStringLiteral("stakeholder"), *id);
    if (!link(incoming.origin.source, QStringLiteral("person"), incoming.sourceId, *id, {}, error))
        return false;
    People &people = peopleOf(person.accountId, nullptr);
    people.list.append(person);
    people.index(people.list.size() - 1);
    m_touched.insert(person.accountId);
    if (!incoming.reportsToSourceId.isEmpty())
        m_managers.append({*id, incoming.origin.source, incoming.reportsToSourceId, incoming.origin, person.name});
    note(ImportAction::Created, ImportSubject::Person, personLabel(person.name, m_accounts.value(person.accountId).name),
        person.title, incoming.origin);
    return true;
}

bool ImportWriter::updatePerson(Stakeholder &person, const IncomingPerson &incoming, bool bySourceId, QString *error)
{
    QStringList changes;
    Stakeholder updated = person;
    const auto text = [&changes](QString &field, const QString &incomingValue, const QString &label) {
        const QString value = incomingValue.trimmed();
        if (!value.isEmpty() && value != field) {
            changes.append(tr("%1: “%2” → “%3”").arg(label, field, value));
            field = value;
        }
    };
    if (bySourceId)
        text(updated.name, incoming.name, tr("name"));
    text(updated.title, incoming.title, tr("title"));
    text(updated.department, incoming.department, tr("department"));
    text(updated.email, incoming.email, tr("email"));
    text(updated.phone, incoming.phone, tr("phone"));
    if (!changes.isEmpty()) {
        if (!journalChange(QStringLiteral("stakeholder"), person.id, error)
            || !m_stakeholders.update(updated, error))
            return false;
        ++updated.version;
        person = updated;
        m_touched.insert(person.accountId);
        People &people = peopleOf(person.accountId, nullptr);
        if (const auto at = people.byId.constFind(person.id); at != people.byId.cend())
            people.index(*at); // its new email and name find it too
    }
    if (!link(incoming.origin.source, QStringLiteral("person"), incoming.sourceId, person.id, {}, error))
        return false;
    if (!incoming.reportsToSourceId.isEmpty())
        m_managers.append({person.id, incoming.origin.source, incoming.reportsToSourceId, incoming.origin, person.name});
    const ImportAction action = !changes.isEmpty() ? ImportAction::Updated
        : (!bySourceId && !incoming.sourceId.isEmpty()) ? ImportAction::Linked
                                                        : ImportAction::Unchanged;
    note(action, ImportSubject::Person, personLabel(person.name, m_accounts.value(person.accountId).name),
        changes.join(QStringLiteral("; ")), incoming.origin);
    return true;
}

bool ImportWriter::person(const IncomingPerson &incoming, QString *error)
{
    const QString name = incoming.name.trimmed();
    QString problem;
    if (!incoming.sourceId.isEmpty()) {
        if (const auto found = findSource(incoming.origin.source, QStringLiteral("person"), incoming.sourceId, &problem))
            if (Stakeholder *person = peopleOf(found->accountId, &problem).find(found->recordId))
                return updatePerson(*person, incoming, true, error);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    if (name.isEmpty()) {
        skip(ImportSubject::Person, incoming.email.isEmpty() ? incoming.sourceId : incoming.email, tr("it has no name"),
            incoming.origin);
        return true;
    }
    // Address books and LinkedIn name a company, not an account: they never add one.
    const bool mayCreate = incoming.origin.source != u"vcard" && incoming.origin.source != u"linkedin";
    bool failed = false;
    const std::optional<Resolved> account = resolveAccount(incoming.account, incoming.origin, ImportSubject::Person,
        name, mayCreate ? Creation::Allowed : Creation::Refused, &failed, error);
    if (!account)
        return !failed;
    People &people = peopleOf(account->account, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (Stakeholder *person = people.match(incoming.email, incoming.name))
        return updatePerson(*person, incoming, false, error);
    Stakeholder person;
    person.accountId = account->account;
    person.businessUnit = account->businessUnit;
    return createPerson(person, incoming, error);
}

bool ImportWriter::connection(const IncomingPerson &incoming, QString *error)
{
    const QString name = incoming.name.trimmed();
    const QString source = incoming.origin.source;
    SourceRecordStore &store = m_sources;
    QString problem;
    std::optional<SourceRecordStore::Found> linked;
    if (!incoming.profileUrl.isEmpty())
        linked = findSource(source, QStringLiteral("person"), incoming.profileUrl, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    Stakeholder *match = nullptr;
    if (linked)
        match = peopleOf(linked->accountId, &problem).find(linked->recordId);
    const QString company = incoming.account.name.trimmed();
    if (!match && !company.isEmpty() && !m_options.intoAccount) {
        bool uncertain = false;
        if (const std::optional<AccountId> account
            = accountByName(company, incoming.origin, ImportSubject::Person, name, &uncertain)) {
            match = peopleOf(*account, &problem).match(incoming.email, incoming.name);
        }
    }
    if (!match && m_options.intoAccount) {
        match = peopleOf(*m_options.intoAccount, &problem).match(incoming.email, incoming.name);
    }
    if (!match && !incoming.email.trimmed().isEmpty()) {
        // By email across the plan: the one way to find someone whose company has changed.
        const QVariant id = sql::scalar(m_db,
            QStringLiteral("SELECT id FROM stakeholder WHERE lower(email) = lower(?) ORDER BY id LIMIT 1"),
            {incoming.email.trimmed()}, &problem);
        if (id.isValid() && !id.isNull()) {
            const AccountId account = sql::scalar(m_db, QStringLiteral("SELECT account_id FROM stakeholder WHERE id = ?"),
                {id}, &problem)
                                          .toLongLong();
            match = peopleOf(account, &problem).find(id.toLongLong());
        }
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!match) {
        skip(ImportSubject::Person, personLabel(name, company), tr("not on any account's map"), incoming.origin);
        return true;
    }

    // The title is offered as an update; the company is compared with the account's.
    Stakeholder &person = *match;
    const QString accountName = m_accounts.value(person.accountId).name;
    IncomingPerson update = incoming;
    update.sourceId.clear();
    update.name.clear();
    update.email.clear(); // LinkedIn's email is the person's private one as often as not
    update.reportsToSourceId.clear();
    update.department.clear();
    update.phone.clear();
    QJsonObject details;
    details.insert(QStringLiteral("company"), company);
    details.insert(QStringLiteral("position"), incoming.title.trimmed());
    const QJsonObject before = linked ? QJsonDocument::fromJson(linked->details.toUtf8()).object() : QJsonObject();

    const bool elsewhere = !company.isEmpty() && compareNames(company, accountName) == NameMatch::Different
        && !person.hasLeft();
    if (elsewhere) {
        const QString was = before.value(QStringLiteral("company")).toString();
        const QString evidence = was.isEmpty() || compareNames(was, company) == NameMatch::Same
            ? tr("LinkedIn (%1, line %2) shows %3 at %4 as %5, not at %6.")
                  .arg(incoming.origin.file)
                  .arg(incoming.origin.line)
                  .arg(person.name, company, incoming.title.trimmed().isEmpty() ? tr("(no title)") : incoming.title.trimmed(),
                      accountName)
            : tr("LinkedIn (%1, line %2) shows %3 at %4 as %5; an earlier export showed them at %6.")
                  .arg(incoming.origin.file)
                  .arg(incoming.origin.line)
                  .arg(person.name, company, incoming.title.trimmed().isEmpty() ? tr("(no title)") : incoming.title.trimmed(),
                      was);
        // An open signal waits for the user's decision: a later export adds nothing to it. One the
        // user settled ("still there") is raised again only when a later export shows them at yet
        // another company, not by every export repeating what they already looked at.
        const bool sameAsBefore = !was.isEmpty() && compareNames(was, company) == NameMatch::Same;
        if (!sameAsBefore && !store.openSignals(&problem).contains(person.id)) {
            const std::optional<qint64> signal
                = store.raiseMayHaveLeft(person.id, evidence, source, m_options.today, error);
            if (!signal)
                return false;
            journalInsert(QStringLiteral("stakeholder_signal"), *signal);
            m_touched.insert(person.accountId);
            note(ImportAction::Updated, ImportSubject::Person, personLabel(person.name, accountName),
                tr("may have left: %1").arg(evidence), incoming.origin);
        }
        update.title.clear(); // their title elsewhere is not their title at the account
    }
    const QByteArray detailText = QJsonDocument(details).toJson(QJsonDocument::Compact);
    if (!incoming.profileUrl.isEmpty()
        && !link(source, QStringLiteral("person"), incoming.profileUrl, person.id, QString::fromUtf8(detailText), error))
        return false;
    if (elsewhere)
        return true;
    return updatePerson(person, update, false, error);
}

bool ImportWriter::finishPeople(QString *error)
{
    // Managers, once every person is in: ReportsToId may name someone further down the file.
    StakeholderStore people(m_db);
    for (const PendingManager &pending : std::as_const(m_managers)) {
        QString problem;
        const auto manager = findSource(pending.source, QStringLiteral("person"), pending.managerSourceId, &problem);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        const AccountId account = sql::scalar(m_db, QStringLiteral("SELECT account_id FROM stakeholder WHERE id = ?"),
            {pending.person}, error)
                                      .toLongLong();
        if (!manager) {
            skip(ImportSubject::Person, pending.name,
                tr("their manager (%1 id %2) is not in the plan or this import: reporting line left out")
                    .arg(pending.source, pending.managerSourceId),
                pending.origin);
            continue;
        }
        if (manager->accountId != account || manager->recordId == pending.person) {
            skip(ImportSubject::Person, pending.name, tr("their manager is at another account: reporting line left out"),
                pending.origin);
            continue;
        }
        // No loops: the manager must not report, however indirectly, to the person.
        QList<Stakeholder> &list = peopleOf(account, error).list;
        QHash<StakeholderId, std::optional<StakeholderId>> reportsTo;
        for (const Stakeholder &person : std::as_const(list))
            reportsTo.insert(person.id, person.reportsTo);
        std::optional<StakeholderId> walk = manager->recordId;
        QSet<StakeholderId> seen;
        bool loop = false;
        while (walk && !seen.contains(*walk)) {
            if (*walk == pending.person) {
                loop = true;
                break;
            }
            seen.insert(*walk);
            walk = reportsTo.value(*walk);
        }
        if (loop) {
            skip(ImportSubject::Person, pending.name,
                tr("reporting to their manager would make them their own manager: reporting line left out"), pending.origin);
            continue;
        }
        for (Stakeholder &person : list) {
            if (person.id != pending.person || person.reportsTo == manager->recordId)
                continue;
            if (!journalChange(QStringLiteral("stakeholder"), person.id, error))
                return false;
            person.reportsTo = manager->recordId;
            if (!people.update(person, error))
                return false;
            ++person.version;
        }
    }
    m_managers.clear();

    // A map the user arranged by hand keeps its arrangement: everyone the automatic layout placed
    // is pinned where they were shown, and each newcomer takes a free spot near their colleagues.
    for (auto it = m_people.begin(); it != m_people.end(); ++it) {
        const QList<Stakeholder> before = m_peopleBefore.value(it.key());
        const bool handPlaced = std::any_of(before.cbegin(), before.cend(), [](const Stakeholder &p) { return p.mapPosition.has_value(); });
        if (!handPlaced || before.size() == it->list.size())
            continue;
        const MapPlacements placements = placeMap(before, {});
        QSet<StakeholderId> old;
        for (const Stakeholder &person : before) {
            old.insert(person.id);
            if (person.mapPosition)
                continue;
            if (!journalChange(QStringLiteral("stakeholder"), person.id, error)
                || !people.setPosition(person.id, placements.shown.value(person.id), error))
                return false;
        }
        QList<Stakeholder> placed = before;
        QHash<StakeholderId, QPointF> shown = placements.shown;
        for (Stakeholder &person : it->list) {
            if (old.contains(person.id))
                continue;
            const QPointF spot = freeSpotOnMap(person, placed, shown, std::nullopt);
            if (!people.setPosition(person.id, spot, error))
                return false;
            person.mapPosition = spot;
            placed.append(person);
            shown.insert(person.id, spot);
        }
    }
    return true;
}

} // namespace keyplan
