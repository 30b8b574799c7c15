#include "item/playevaluator.h"

#include "domain/playevaluation.h"
#include "item/goalediting.h"
#include "item/healthediting.h"
#include "item/livingplanediting.h"
#include "item/plandocument.h"
#include "item/playediting.h"
#include "storage/accountstore.h"
#include "storage/healthstore.h"
#include "storage/changelog.h"
#include "storage/plandatabase.h"
#include "storage/playstore.h"
#include "storage/portfoliorecords.h"
#include "storage/rowreader.h"

#include <QTimer>

namespace keyplan {

PlayEvaluator::PlayEvaluator(PlanDocument *document)
    : QObject(document)
    , m_document(document)
{
    setObjectName(QStringLiteral("playEvaluator"));
    const auto account = [this](AccountId id) { touch(id); };
    connect(document, &PlanDocument::accountChanged, this, [this](AccountId id) {
        touch(id);
        // The portfolio's rules count key accounts by owner and segment: only a change of those
        // runs them again.
        const std::optional<Account> now = m_document->account(id);
        const Load load = now ? Load {now->isKey, now->ownerId, int(now->segment)} : Load {};
        if (!m_loads.contains(id) || m_loads.value(id) != load)
            touchPortfolio();
    });
    connect(document, &PlanDocument::accountInserted, this, [this](AccountId id) {
        touch(id);
        touchPortfolio();
    });
    connect(document, &PlanDocument::accountRemoved, this, [this](AccountId id) {
        m_loads.remove(id);
        m_records.remove(id);
        m_health.remove(id);
        m_alive.remove(id);
        touchPortfolio();
    });
    connect(document, &PlanDocument::stageHistoryChanged, this, account);
    connect(document, &PlanDocument::revenueChanged, this, account);
    connect(document, &PlanDocument::pipelineChanged, this, account);
    connect(document, &PlanDocument::reviewsChanged, this, account);
    connect(document, &PlanDocument::stakeholdersChanged, this, account);
    connect(document, &PlanDocument::teamChanged, this, &PlayEvaluator::touchAll);
    connect(document, &PlanDocument::coverageSettingsChanged, this, &PlayEvaluator::touchAll);
    connect(LivingPlanEditing::of(document), &LivingPlanEditing::settingsChanged, this, &PlayEvaluator::touchAll);
    connect(GoalEditing::of(document), &GoalEditing::goalsChanged, this, account);
    connect(HealthEditing::of(document), &HealthEditing::healthChanged, this, account);
    connect(PlayEditing::of(document), &PlayEditing::playsChanged, this, [this](AccountId id) {
        if (m_applying)
            return;
        // The user snoozed, finished or reopened one: what is alive changed, nothing to evaluate.
        if (id == 0)
            return;
        const QList<Play> plays = PlayEditing::of(m_document)->plays(id);
        QList<Play> alive = plays;
        alive.removeIf([](const Play &play) { return !play.isAlive(); });
        m_alive.insert(id, alive);
        if (m_records.contains(id))
            m_records[id].plays = plays;
    });
}

PlayEvaluator *PlayEvaluator::of(PlanDocument *document)
{
    if (auto *existing = document->findChild<PlayEvaluator *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new PlayEvaluator(document);
}

std::optional<AccountHealth> PlayEvaluator::health(AccountId id) const
{
    const auto found = m_health.constFind(id);
    if (found == m_health.cend())
        return std::nullopt;
    return *found;
}

AccountHealth PlayEvaluator::healthNow(AccountId id) const
{
    if (const std::optional<AccountHealth> cached = health(id))
        return *cached;
    return HealthEditing::of(m_document)->health(id);
}

QList<Play> PlayEvaluator::alivePlays(AccountId id) const
{
    return m_alive.value(id);
}

void PlayEvaluator::noteLoads(const QList<Account> &accounts)
{
    m_loads.clear();
    for (const Account &account : accounts)
        m_loads.insert(account.id, {account.isKey, account.ownerId, int(account.segment)});
}

void PlayEvaluator::touch(AccountId account)
{
    if (m_applying || account == 0)
        return;
    m_pending.insert(account);
    schedule();
}

void PlayEvaluator::touchAll()
{
    if (m_applying)
        return;
    m_pendingAll = true;
    schedule();
}

void PlayEvaluator::touchPortfolio()
{
    if (m_applying)
        return;
    m_pendingPortfolio = true;
    schedule();
}

void PlayEvaluator::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &PlayEvaluator::flush);
}

void PlayEvaluator::flush()
{
    m_scheduled = false;
    if (m_pendingAll) {
        m_pendingAll = false;
        m_pendingPortfolio = false;
        m_pending.clear();
        evaluateAll();
        return;
    }
    const QList<AccountId> accounts(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    const bool portfolio = std::exchange(m_pendingPortfolio, false);
    if (!accounts.isEmpty() || portfolio)
        evaluate(portfolio ? accounts + QList<AccountId> {0} : accounts);
}

void PlayEvaluator::evaluateAll()
{
    const QSqlDatabase db = m_document->database().connection();
    QList<AccountRecord> records = readKeyAccountRecords(db);
    // Accounts no longer key may still have a rule's play alive: theirs resolve.
    QSet<AccountId> key;
    for (const AccountRecord &record : std::as_const(records))
        key.insert(record.account.id);
    for (AccountId other : PlayStore(db).accountsWithRulePlaysAlive()) {
        if (!key.contains(other))
            records.append(m_document->accountRecord(other));
    }
    m_health.clear();
    m_alive.clear();
    m_records.clear();
    m_evaluated = true; // every key account's record is kept from now on
    run(records, true);
}

void PlayEvaluator::evaluate(const QList<AccountId> &accounts)
{
    QList<AccountRecord> records;
    bool portfolio = false;
    for (const AccountId id : accounts) {
        if (id == 0) {
            portfolio = true;
            continue;
        }
        AccountRecord record = m_document->accountRecord(id);
        if (record.account.id == 0) { // removed since
            m_health.remove(id);
            m_alive.remove(id);
            m_records.remove(id);
            continue;
        }
        records.append(std::move(record));
    }
    run(records, portfolio);
}

void PlayEvaluator::run(const QList<AccountRecord> &records, bool portfolio)
{
    const QSqlDatabase db = m_document->database().connection();
    const LivingPlanSettings settings = LivingPlanEditing::of(m_document)->settings();
    const CoverageSettings coverage = m_document->coverageSettings();
    const QList<TeamMember> team = m_document->team();
    const QDate today = m_document->asOf();
    PlayEditing *editing = PlayEditing::of(m_document);
    const QHash<QString, QStringList> books = editing->playbooks();
    const auto playbook = [&](const QString &rule) {
        return books.contains(rule) ? books.value(rule) : editing->playbook(rule);
    };
    const QString weights = settings.health.weights.key();

    QList<Play> changed; // to insert (id 0) or update
    QList<HealthSnapshot> snapshots;
    QSet<AccountId> playsTouched;
    QSet<AccountId> historyTouched;
    for (const AccountRecord &record : records) {
        const AccountId id = record.account.id;
        const AccountEvaluation evaluation = evaluateAccountPlays(record, settings, coverage, team, today);
        const QList<Play> after = playsAfter(record.plays, evaluation.changes, id, record.account.ownerId, today, playbook);
        if (!after.isEmpty())
            playsTouched.insert(id);
        changed.append(after);
        QList<Play> alive = record.plays;
        alive.removeIf([](const Play &play) { return !play.isAlive(); });
        m_alive.insert(id, alive);
        if (!record.account.isKey) {
            m_health.remove(id);
            m_records.remove(id);
            continue;
        }
        m_records.insert(id, record);
        m_health.insert(id, evaluation.health);
        if (const std::optional<double> score = evaluation.health.score()) {
            const int tenths = inTenths(*score);
            const bool overridden = evaluation.health.card.override.has_value();
            if (isNewSnapshot(record.healthHistory, tenths, weights, overridden)) {
                snapshots.append({0, id, today, tenths, weights, overridden});
                historyTouched.insert(id);
            }
        }
    }
    if (portfolio) {
        const QList<Play> plays = PlayStore(db).forAccount(0);
        const QList<Account> accounts = AccountStore(db).all(nullptr, {}, AccountStore::Arr::Skip);
        noteLoads(accounts);
        const PlayChanges changes = evaluatePortfolioPlays(accounts, plays, settings, team);
        const QList<Play> after = playsAfter(plays, changes, 0, std::nullopt, today, playbook);
        if (!after.isEmpty())
            playsTouched.insert(0);
        changed.append(after);
    }

    if (m_document->isReadOnly() || (changed.isEmpty() && snapshots.isEmpty())) {
        Q_EMIT evaluated();
        return;
    }
    const bool written = m_document->writeInTransaction(tr("The plays"), [&](const QSqlDatabase &plan, QString *error) {
        // Logged as Keyplan's, not as something the person opening the plan did.
        if (m_document->database().isServer() && !team::markAutomatic(plan, m_document->database().clientId(), error))
            return false;
        PlayStore store(plan);
        for (const Play &play : std::as_const(changed)) {
            if (play.id == 0 ? !store.insert(play, error) : !store.update(play, error))
                return false;
        }
        HealthStore history(plan);
        for (const HealthSnapshot &snapshot : std::as_const(snapshots)) {
            if (!history.putSnapshot(snapshot, error))
                return false;
        }
        return true;
    });
    if (written) {
        for (const AccountId id : std::as_const(playsTouched)) {
            const QList<Play> plays = PlayStore(db).forAccount(id);
            QList<Play> alive = plays;
            alive.removeIf([](const Play &play) { return !play.isAlive(); });
            m_alive.insert(id, alive);
            if (m_records.contains(id))
                m_records[id].plays = plays;
        }
        for (const HealthSnapshot &snapshot : std::as_const(snapshots)) {
            if (m_records.contains(snapshot.accountId))
                m_records[snapshot.accountId].healthHistory = HealthStore(db).history(snapshot.accountId);
        }
    }
    m_applying = true;
    if (written) {
        for (const AccountId id : std::as_const(playsTouched))
            Q_EMIT editing->playsChanged(id);
        for (const AccountId id : std::as_const(historyTouched))
            Q_EMIT HealthEditing::of(m_document)->healthChanged(id);
    }
    m_applying = false;
    Q_EMIT evaluated();
}

} // namespace keyplan
