#include "storage/importwriter.h"

#include "domain/currencies.h"
#include "domain/namematch.h"
#include "domain/stagechange.h"
#include "storage/accountstore.h"
#include "storage/pipelinestore.h"
#include "storage/planinfostore.h"
#include "storage/rowjournal.h"
#include "storage/sourcerecordstore.h"
#include "storage/sqlhelpers.h"
#include "storage/stagestore.h"
#include "storage/teamstore.h"

namespace keyplan {

ImportWriter::ImportWriter(QSqlDatabase db, Options options)
    : m_db(std::move(db))
    , m_sources(m_db)
    , m_stakeholders(m_db)
    , m_options(std::move(options))
{
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
}

ImportWriter::~ImportWriter() = default;

bool ImportWriter::prepare(QString *error)
{
    QString problem;
    const QList<Account> accounts = AccountStore(m_db).all(&problem, {}, AccountStore::Arr::Skip);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    for (const Account &account : accounts)
        remember({account.id, account.name, account.currency, account.ownerId, {}, {}});
    for (const TeamMember &member : TeamStore(m_db).all(&problem))
        m_team.insert(member.name.trimmed().toCaseFolded(), member.id);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (m_options.intoAccount && !m_accounts.contains(*m_options.intoAccount)) {
        *error = tr("the account to import into is not in the plan");
        return false;
    }
    return true;
}

void ImportWriter::remember(Known known)
{
    known.key = nameKey(known.name);
    known.stem = nameStem(known.name);
    m_byKey.insert(known.key, known.id);
    if (!known.stem.isEmpty())
        m_byStem.insert(known.stem, known.id);
    for (const QString &slip : slipKeys(known.stem))
        m_bySlip[slip].append(known.id);
    m_accounts.insert(known.id, known);
}

bool ImportWriter::journalChange(const QString &table, qint64 id, QString *error)
{
    return !m_options.journal || m_options.journal->aboutToChange(m_db, table, id, error);
}

void ImportWriter::journalInsert(const QString &table, qint64 id)
{
    if (m_options.journal)
        m_options.journal->inserted(table, id);
}

void ImportWriter::note(ImportAction action, ImportSubject subject, const QString &name, const QString &detail,
    const ImportOrigin &origin)
{
    ImportEntry entry;
    entry.action = action;
    entry.subject = subject;
    entry.name = name;
    entry.detail = detail;
    entry.origin = origin;
    m_outcome.add(std::move(entry));
}

void ImportWriter::skip(ImportSubject subject, const QString &name, const QString &reason, const ImportOrigin &origin)
{
    note(ImportAction::Skipped, subject, name, reason, origin);
}

std::optional<SourceRecordStore::Found> ImportWriter::findSource(
    const QString &source, const QString &kind, const QString &sourceId, QString *error)
{
    const QString pair = source + u'/' + kind;
    auto linked = m_linkedNow.find(pair);
    if (linked == m_linkedNow.end()) {
        const QVariant before = sql::scalar(m_db,
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM source_record WHERE source = ? AND kind = ?)"), {source, kind}, error);
        if (!before.isValid())
            return std::nullopt;
        linked = m_linkedNow.insert(pair, before.toBool() ? std::nullopt : std::optional<QSet<QString>>(QSet<QString>()));
    }
    if (linked->has_value() && !(*linked)->contains(sourceId))
        return std::nullopt;
    return m_sources.find(source, kind, sourceId, error);
}

bool ImportWriter::link(const QString &source, const QString &kind, const QString &sourceId, qint64 recordId,
    const QString &details, QString *error)
{
    if (sourceId.isEmpty())
        return true;
    SourceRecordStore &store = m_sources;
    if (const std::optional<SourceRecordStore::Found> found = findSource(source, kind, sourceId, error)) {
        if (found->recordId == recordId && found->seenOn == m_options.today && found->details == details)
            return true; // seen again the same day: nothing to note
        if (!journalChange(QStringLiteral("source_record"), found->rowId, error))
            return false;
        if (found->recordId == recordId)
            return store.touch(found->rowId, m_options.today, details, error);
        // The id named another record that is gone or was merged: it names this one now.
        return sql::run(m_db,
            QStringLiteral("DELETE FROM source_record WHERE id = ?"), {found->rowId}, error)
                   .isActive()
            && link(source, kind, sourceId, recordId, details, error);
    }
    const std::optional<qint64> row = store.link(source, kind, sourceId, recordId, m_options.today, details, error);
    if (!row)
        return false;
    if (const auto linked = m_linkedNow.find(source + u'/' + kind); linked != m_linkedNow.end() && linked->has_value())
        (*linked)->insert(sourceId);
    journalInsert(QStringLiteral("source_record"), *row);
    return true;
}

std::optional<TeamMemberId> ImportWriter::teamMember(const QString &name, QString *error)
{
    const QString key = name.trimmed().toCaseFolded();
    if (key.isEmpty())
        return std::nullopt;
    if (const auto found = m_team.constFind(key); found != m_team.cend())
        return *found;
    TeamMember member;
    member.name = name.trimmed();
    const std::optional<qint64> id = TeamStore(m_db).insert(member, error);
    if (!id)
        return std::nullopt;
    journalInsert(QStringLiteral("team_member"), *id);
    m_team.insert(key, *id);
    m_teamChanged = true;
    return *id;
}

std::optional<AccountId> ImportWriter::accountByName(const QString &name, const ImportOrigin &origin,
    ImportSubject subject, const QString &recordName, bool *uncertain)
{
    *uncertain = false;
    auto memo = m_nameKeys.constFind(name);
    if (memo == m_nameKeys.cend()) {
        if (m_nameKeys.size() > 100000)
            m_nameKeys.clear(); // flat memory for a file of a million accounts
        memo = m_nameKeys.insert(name, nameKey(name));
    }
    const QString key = *memo;
    if (key.isEmpty())
        return std::nullopt;
    if (const auto found = m_byKey.constFind(key); found != m_byKey.cend())
        return *found;
    if (const auto decided = m_options.decisions.constFind(key); decided != m_options.decisions.cend()) {
        if (*decided != 0 && m_accounts.contains(*decided))
            return *decided;
        return std::nullopt; // the user said: a new account
    }
    if (m_notAlike.contains(key))
        return std::nullopt; // looked for already: like nobody in the plan
    const QString stem = nameStem(name);
    // The candidates: the same stem, or one a slip away (found through the index, then checked).
    QList<AccountId> candidates;
    if (const auto same = m_byStem.constFind(stem); same != m_byStem.cend())
        candidates.append(*same);
    for (const QString &slip : slipKeys(stem))
        candidates += m_bySlip.value(slip);
    for (const AccountId candidate : std::as_const(candidates)) {
        const auto found = m_accounts.constFind(candidate);
        if (found == m_accounts.cend())
            continue;
        const Known &known = *found;
        if (compareFolded(key, stem, known.key, known.stem) != NameMatch::Alike)
            continue;
        *uncertain = true;
        if (!m_uncertainNoted.contains(key)) {
            m_uncertainNoted.insert(key, known.name);
            ImportEntry entry;
            entry.action = ImportAction::Uncertain;
            entry.subject = ImportSubject::Account;
            entry.name = name.trimmed();
            entry.detail = tr("may be “%1”, already in the plan").arg(known.name);
            entry.origin = origin;
            entry.candidate = known.id;
            entry.candidateName = known.name;
            entry.key = key;
            m_outcome.add(std::move(entry));
        }
        if (subject != ImportSubject::Account)
            skip(subject, recordName,
                tr("its account “%1” may be “%2”, already in the plan: confirm which in File > Import")
                    .arg(name.trimmed(), known.name),
                origin);
        return std::nullopt;
    }
    m_notAlike.insert(key);
    return std::nullopt;
}

std::optional<ImportWriter::Resolved> ImportWriter::resolveAccount(const AccountReference &reference,
    const ImportOrigin &origin, ImportSubject subject, const QString &recordName, Creation creation, bool *failed,
    QString *error)
{
    *failed = false;
    if (m_options.intoAccount)
        return Resolved {*m_options.intoAccount, {}};
    if (!reference.sourceId.isEmpty()) {
        QString problem;
        if (const auto found = findSource(origin.source, QStringLiteral("account"), reference.sourceId, &problem))
            return Resolved {found->recordId, {}};
        if (const auto unit = findSource(origin.source, QStringLiteral("business_unit"), reference.sourceId, &problem)) {
            const QString unitName = sql::scalar(m_db, QStringLiteral("SELECT name FROM business_unit WHERE id = ?"),
                {unit->recordId}, &problem)
                                         .toString();
            return Resolved {unit->accountId, unitName};
        }
        if (!problem.isEmpty()) {
            *error = problem;
            *failed = true;
            return std::nullopt;
        }
        if (const auto waiting = m_uncertainIds.constFind(origin.source + u'/' + reference.sourceId);
            waiting != m_uncertainIds.cend()) {
            skip(subject, recordName, tr("its account “%1” waits for your answer: which account of the plan it is").arg(*waiting),
                origin);
            return std::nullopt;
        }
        if (reference.name.trimmed().isEmpty()) {
            skip(subject, recordName,
                tr("its account (%1 id %2) is neither in the plan nor in this import").arg(origin.source, reference.sourceId),
                origin);
            return std::nullopt;
        }
    }
    if (reference.name.trimmed().isEmpty()) {
        skip(subject, recordName, tr("it names no account"), origin);
        return std::nullopt;
    }
    bool uncertain = false;
    if (const std::optional<AccountId> id = accountByName(reference.name, origin, subject, recordName, &uncertain))
        return Resolved {*id, {}};
    if (uncertain)
        return std::nullopt;
    if (creation == Creation::Refused) {
        skip(subject, recordName, tr("no account called “%1” is in the plan").arg(reference.name.trimmed()), origin);
        return std::nullopt;
    }
    IncomingAccount account;
    account.origin = origin;
    account.name = reference.name.trimmed();
    account.sourceId = reference.sourceId;
    const std::optional<AccountId> created = createAccount(account, error);
    if (!created) {
        *failed = true;
        return std::nullopt;
    }
    note(ImportAction::Created, ImportSubject::Account, account.name, {}, origin);
    return Resolved {*created, {}};
}

namespace {

Segment segmentFor(std::optional<int> employees)
{
    if (!employees)
        return Segment::MidMarket;
    if (*employees >= 1000)
        return Segment::Enterprise;
    return *employees >= 100 ? Segment::MidMarket : Segment::Smb;
}

bool isCustomerType(const QString &type)
{
    const QString lower = type.toLower();
    return lower.contains(QStringLiteral("customer")) || lower.contains(QStringLiteral("kunde"))
        || lower.contains(QStringLiteral("client"));
}

} // namespace

std::optional<AccountId> ImportWriter::createAccount(const IncomingAccount &incoming, QString *error)
{
    Account account;
    account.name = incoming.name.trimmed();
    account.segment = segmentFor(incoming.employees);
    account.tier = Tier::Standard;
    account.isKey = true;
    account.industry = incoming.industry.trimmed();
    account.region = incoming.region.trimmed();
    account.employees = std::max(0, incoming.employees.value_or(0));
    const QString currency = incoming.currency.trimmed().toUpper();
    account.currency = isCurrencyCode(currency) ? currency : PlanInfoStore(m_db).currency();
    // A customer already buying is at least in early KAM; a prospect is where every account starts.
    account.stage = isCustomerType(incoming.type) ? Stage::EarlyKam : Stage::PreKam;
    if (!incoming.owner.trimmed().isEmpty()) {
        QString problem;
        account.ownerId = teamMember(incoming.owner, &problem);
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
    }
    const std::optional<AccountId> id = AccountStore(m_db).insert(account, error);
    if (!id)
        return std::nullopt;
    journalInsert(QStringLiteral("account"), *id);
    StageChange start;
    start.accountId = *id;
    start.to = account.stage;
    start.changedOn = m_options.today;
    start.reason = tr("Imported from %1").arg(incoming.origin.file);
    const std::optional<StageChangeId> stage = StageStore(m_db).insert(start, error);
    if (!stage)
        return std::nullopt;
    journalInsert(QStringLiteral("stage_change"), *stage);
    if (!link(incoming.origin.source, QStringLiteral("account"), incoming.sourceId, *id, {}, error))
        return std::nullopt;
    remember({*id, account.name, account.currency, account.ownerId, {}, {}});
    m_notAlike.clear(); // names looked for before may be like this one
    m_touched.insert(*id);
    return id;
}

bool ImportWriter::updateAccount(
    const Known &known, const IncomingAccount &incoming, bool bySourceId, QStringList *changes, QString *error)
{
    const std::optional<Account> current = AccountStore(m_db).find(known.id, error);
    if (!current)
        return false;
    QList<std::pair<AccountField, QVariant>> updates;
    const auto text = [&](AccountField field, const QString &now, const QString &incomingValue, const QString &label) {
        const QString value = incomingValue.trimmed();
        if (!value.isEmpty() && value != now) {
            updates.append({field, value});
            changes->append(tr("%1: “%2” → “%3”").arg(label, now, value));
        }
    };
    if (bySourceId)
        text(AccountField::Name, current->name, incoming.name, tr("name"));
    text(AccountField::Industry, current->industry, incoming.industry, tr("industry"));
    text(AccountField::Region, current->region, incoming.region, tr("region"));
    if (incoming.employees && *incoming.employees >= 0 && *incoming.employees != current->employees) {
        updates.append({AccountField::Employees, *incoming.employees});
        changes->append(tr("employees: %1 → %2").arg(current->employees).arg(*incoming.employees));
    }
    if (!incoming.owner.trimmed().isEmpty()) {
        const std::optional<TeamMemberId> owner = teamMember(incoming.owner, error);
        if (!owner)
            return false;
        if (owner != current->ownerId) {
            updates.append({AccountField::Owner, *owner});
            changes->append(tr("owner: %1").arg(incoming.owner.trimmed()));
        }
    }
    if (updates.isEmpty())
        return true;
    if (!journalChange(QStringLiteral("account"), known.id, error))
        return false;
    AccountStore store(m_db);
    for (const auto &[field, value] : std::as_const(updates)) {
        if (field == AccountField::Owner) {
            // A change of hands the plays notice (the handover), as when the user makes it.
            const QVariant before = sql::scalar(m_db,
                QStringLiteral("SELECT max(id) FROM account_owner_change WHERE account_id = ?"), {known.id}, error);
            if (!store.noteOwnerChange(known.id, current->ownerId, value.toLongLong(), m_options.today, error))
                return false;
            const QVariant after = sql::scalar(m_db,
                QStringLiteral("SELECT max(id) FROM account_owner_change WHERE account_id = ?"), {known.id}, error);
            if (after.isValid() && !after.isNull() && after != before)
                journalInsert(QStringLiteral("account_owner_change"), after.toLongLong());
        }
        if (!store.updateField(known.id, field, value, error))
            return false;
    }
    Known updated = known;
    if (bySourceId && !incoming.name.trimmed().isEmpty() && incoming.name.trimmed() != known.name) {
        m_byKey.remove(known.key);
        updated.name = incoming.name.trimmed();
        m_notAlike.clear(); // a new name may be like names looked for before
    }
    remember(updated);
    m_touched.insert(known.id);
    return true;
}

bool ImportWriter::account(const IncomingAccount &incoming, QString *error)
{
    const QString name = incoming.name.trimmed();
    const QString source = incoming.origin.source;
    QString problem;
    if (!incoming.sourceId.isEmpty()) {
        // A child account this plan keeps as a business unit of its parent.
        if (const auto unit = findSource(source, QStringLiteral("business_unit"), incoming.sourceId, &problem)) {
            note(ImportAction::Unchanged, ImportSubject::BusinessUnit, name,
                tr("kept as a business unit of “%1”").arg(m_accounts.value(unit->accountId).name), incoming.origin);
            return link(source, QStringLiteral("business_unit"), incoming.sourceId, unit->recordId, {}, error);
        }
        if (const auto found = findSource(source, QStringLiteral("account"), incoming.sourceId, &problem)) {
            QStringList changes;
            if (!updateAccount(m_accounts.value(found->recordId), incoming, true, &changes, error)
                || !link(source, QStringLiteral("account"), incoming.sourceId, found->recordId, {}, error))
                return false;
            note(changes.isEmpty() ? ImportAction::Unchanged : ImportAction::Updated, ImportSubject::Account,
                m_accounts.value(found->recordId).name, changes.join(QStringLiteral("; ")), incoming.origin);
            return true;
        }
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    if (name.isEmpty()) {
        skip(ImportSubject::Account, incoming.sourceId, tr("it has no name"), incoming.origin);
        return true;
    }
    bool uncertain = false;
    if (m_options.intoAccount) {
        skip(ImportSubject::Account, name, tr("an import into one account adds no accounts"), incoming.origin);
        return true;
    }
    if (const std::optional<AccountId> id
        = accountByName(name, incoming.origin, ImportSubject::Account, name, &uncertain)) {
        QStringList changes;
        if (!updateAccount(m_accounts.value(*id), incoming, false, &changes, error)
            || !link(source, QStringLiteral("account"), incoming.sourceId, *id, {}, error))
            return false;
        note(incoming.sourceId.isEmpty() ? (changes.isEmpty() ? ImportAction::Unchanged : ImportAction::Updated)
                                         : ImportAction::Linked,
            ImportSubject::Account, m_accounts.value(*id).name, changes.join(QStringLiteral("; ")), incoming.origin);
        return true;
    }
    if (uncertain) {
        if (!incoming.sourceId.isEmpty())
            m_uncertainIds.insert(source + u'/' + incoming.sourceId, name);
        return true;
    }
    const std::optional<AccountId> id = createAccount(incoming, error);
    if (!id)
        return false;
    if (incoming.parent.isEmpty())
        note(ImportAction::Created, ImportSubject::Account, name, {}, incoming.origin);
    else // an account, or a business unit of its parent: finishAccounts() tells
        m_parents.append({*id, name, incoming.sourceId, source, incoming.parent, incoming.origin});
    return true;
}

bool ImportWriter::finishAccounts(QString *error)
{
    // A child account this import created, whose parent is in the plan, becomes a business unit of
    // its top-most parent: a key account plan is kept for the group, its parts are where we sell.
    QHash<AccountId, AccountId> parentOf;
    for (const PendingParent &pending : std::as_const(m_parents)) {
        std::optional<AccountId> parent;
        QString problem;
        if (!pending.parent.sourceId.isEmpty())
            if (const auto found = findSource(pending.source, QStringLiteral("account"), pending.parent.sourceId, &problem))
                parent = found->recordId;
        if (!parent && !pending.parent.name.trimmed().isEmpty())
            parent = m_byKey.value(nameKey(pending.parent.name));
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        if (parent && *parent != 0 && *parent != pending.child)
            parentOf.insert(pending.child, *parent);
    }
    for (const PendingParent &pending : std::as_const(m_parents)) {
        if (!parentOf.contains(pending.child)) {
            note(ImportAction::Created, ImportSubject::Account, pending.childName, {}, pending.origin);
            continue;
        }
        AccountId top = parentOf.value(pending.child);
        QSet<AccountId> seen {pending.child};
        while (parentOf.contains(top) && !seen.contains(top)) {
            seen.insert(top);
            top = parentOf.value(top);
        }
        if (seen.contains(top)) { // a loop of parents: each stays an account
            note(ImportAction::Created, ImportSubject::Account, pending.childName, {}, pending.origin);
            continue;
        }
        BusinessUnit unit;
        unit.accountId = top;
        unit.name = pending.childName;
        unit.position = int(sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM business_unit WHERE account_id = ?"),
            {top}, error)
                                .toLongLong());
        QString problem;
        std::optional<BusinessUnitId> unitId;
        const QVariant existing = sql::scalar(m_db,
            QStringLiteral("SELECT id FROM business_unit WHERE account_id = ? AND name = ?"), {top, unit.name}, &problem);
        if (existing.isValid() && !existing.isNull()) {
            unitId = existing.toLongLong();
        } else {
            unitId = PipelineStore(m_db).insertBusinessUnit(unit, error);
            if (!unitId)
                return false;
            journalInsert(QStringLiteral("business_unit"), *unitId);
        }
        // The child was made by this import and holds nothing yet but its stage and source rows.
        if (!journalChange(QStringLiteral("account"), pending.child, error)
            || !sql::run(m_db, QStringLiteral("DELETE FROM account WHERE id = ?"), {pending.child}, error).isActive())
            return false;
        m_byKey.remove(m_accounts.value(pending.child).key);
        m_accounts.remove(pending.child);
        m_touched.remove(pending.child);
        m_touched.insert(top);
        if (!link(pending.source, QStringLiteral("business_unit"), pending.childSourceId, *unitId, {}, error))
            return false;
        note(ImportAction::Created, ImportSubject::BusinessUnit, pending.childName,
            tr("a business unit of “%1”, its parent").arg(m_accounts.value(top).name), pending.origin);
    }
    m_parents.clear();
    return true;
}

} // namespace keyplan
