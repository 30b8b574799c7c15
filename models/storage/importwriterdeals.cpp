// The pipeline and revenue of an import: opportunities, the people on them, ARR and usage.
#include "storage/importwriter.h"

#include "domain/namematch.h"
#include "storage/arrchangestore.h"
#include "storage/healthstore.h"
#include "storage/pipelinestore.h"
#include "storage/rowjournal.h"
#include "storage/sourcerecordstore.h"
#include "storage/sqlhelpers.h"
#include "storage/stakeholderstore.h"

#include <QSqlQuery>

namespace keyplan {
namespace {

QString dealLabel(const QString &title, const QString &account)
{
    return account.isEmpty() ? title : ImportWriter::tr("%1 (%2)").arg(title, account);
}

} // namespace

QList<Opportunity> &ImportWriter::opportunitiesOf(AccountId account, QString *error)
{
    auto found = m_opportunities.find(account);
    if (found == m_opportunities.end())
        found = m_opportunities.insert(account, PipelineStore(m_db).opportunities(account, error));
    return *found;
}

bool ImportWriter::opportunity(const IncomingOpportunity &incoming, QString *error)
{
    const QString title = incoming.title.trimmed();
    QString problem;
    Opportunity *match = nullptr;
    bool bySourceId = false;
    AccountId accountId = 0;
    QString unitName;
    if (!incoming.sourceId.isEmpty()) {
        if (const auto found = findSource(incoming.origin.source, QStringLiteral("opportunity"), incoming.sourceId, &problem)) {
            for (Opportunity &opportunity : opportunitiesOf(found->accountId, &problem))
                if (opportunity.id == found->recordId)
                    match = &opportunity;
            bySourceId = match != nullptr;
            accountId = found->accountId;
        }
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!match) {
        if (title.isEmpty()) {
            skip(ImportSubject::Opportunity, incoming.sourceId, tr("it has no name"), incoming.origin);
            return true;
        }
        bool failed = false;
        const std::optional<Resolved> account = resolveAccount(
            incoming.account, incoming.origin, ImportSubject::Opportunity, title, Creation::Allowed, &failed, error);
        if (!account)
            return !failed;
        accountId = account->account;
        unitName = account->businessUnit;
        const QString key = nameKey(title);
        for (Opportunity &opportunity : opportunitiesOf(accountId, &problem))
            if (nameKey(opportunity.title) == key)
                match = &opportunity;
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    const QString accountName = m_accounts.value(accountId).name;
    const QString label = dealLabel(title.isEmpty() && match ? match->title : title, accountName);
    if (!incoming.stage) {
        skip(ImportSubject::Opportunity, label,
            tr("its stage “%1” is not in the table of stages: map it to one of Keyplan's and import again")
                .arg(incoming.stageText),
            incoming.origin);
        return true;
    }
    const QString accountCurrency = m_accounts.value(accountId).currency;
    if (incoming.amount && !incoming.currency.isEmpty() && incoming.currency != accountCurrency) {
        skip(ImportSubject::Opportunity, label,
            tr("its amount is in %1 and the account's figures in %2").arg(incoming.currency, accountCurrency), incoming.origin);
        return true;
    }

    PipelineStore pipeline(m_db);
    if (!match) {
        Opportunity opportunity;
        opportunity.accountId = accountId;
        opportunity.title = title;
        opportunity.motion = incoming.motion;
        opportunity.stage = *incoming.stage;
        opportunity.amount = std::max<MinorUnits>(0, incoming.amount.value_or(0));
        opportunity.probability = std::clamp(incoming.probability.value_or(defaultProbability(*incoming.stage)), 0, 100);
        opportunity.expectedClose = incoming.closeDate;
        if (!unitName.isEmpty())
            opportunity.businessUnitId = sql::optionalId(sql::scalar(m_db,
                QStringLiteral("SELECT id FROM business_unit WHERE account_id = ? AND name = ?"), {accountId, unitName}, error));
        const std::optional<OpportunityId> id = pipeline.insertOpportunity(opportunity, error);
        if (!id)
            return false;
        opportunity.id = *id;
        journalInsert(QStringLiteral("opportunity"), *id);
        if (!link(incoming.origin.source, QStringLiteral("opportunity"), incoming.sourceId, *id, {}, error))
            return false;
        opportunitiesOf(accountId, nullptr).append(opportunity);
        m_touched.insert(accountId);
        note(ImportAction::Created, ImportSubject::Opportunity, label, incoming.stageText, incoming.origin);
        return true;
    }

    Opportunity updated = *match;
    QStringList changes;
    if (bySourceId && !title.isEmpty() && title != updated.title) {
        changes.append(tr("name: “%1” → “%2”").arg(updated.title, title));
        updated.title = title;
    }
    if (*incoming.stage != updated.stage) {
        changes.append(tr("stage: %1 → %2").arg(displayName(updated.stage), displayName(*incoming.stage)));
        updated.stage = *incoming.stage;
        if (!incoming.probability)
            updated.probability = defaultProbability(updated.stage);
    }
    if (incoming.amount && std::max<MinorUnits>(0, *incoming.amount) != updated.amount) {
        changes.append(tr("amount changed"));
        updated.amount = std::max<MinorUnits>(0, *incoming.amount);
    }
    if (incoming.probability && std::clamp(*incoming.probability, 0, 100) != updated.probability) {
        changes.append(tr("probability: %1% → %2%").arg(updated.probability).arg(std::clamp(*incoming.probability, 0, 100)));
        updated.probability = std::clamp(*incoming.probability, 0, 100);
    }
    if (incoming.closeDate.isValid() && incoming.closeDate != updated.expectedClose) {
        changes.append(tr("close date: %1 → %2")
                           .arg(updated.expectedClose.toString(Qt::ISODate), incoming.closeDate.toString(Qt::ISODate)));
        updated.expectedClose = incoming.closeDate;
    }
    if (!changes.isEmpty()) {
        if (!journalChange(QStringLiteral("opportunity"), updated.id, error) || !pipeline.updateOpportunity(updated, error))
            return false;
        ++updated.version;
        *match = updated;
        m_touched.insert(accountId);
    }
    if (!link(incoming.origin.source, QStringLiteral("opportunity"), incoming.sourceId, updated.id, {}, error))
        return false;
    const ImportAction action = !changes.isEmpty() ? ImportAction::Updated
        : (!bySourceId && !incoming.sourceId.isEmpty()) ? ImportAction::Linked
                                                        : ImportAction::Unchanged;
    note(action, ImportSubject::Opportunity, dealLabel(updated.title, accountName), changes.join(QStringLiteral("; ")),
        incoming.origin);
    return true;
}

namespace {

// Salesforce's standard contact roles (and HubSpot's buying roles) as the map's decision roles.
std::optional<DecisionRole> decisionRoleFor(const QString &role)
{
    const QString key = nameKey(role).remove(u' ');
    if (key == u"decisionmaker")
        return DecisionRole::DecisionMaker;
    if (key == u"economicbuyer" || key == u"economicdecisionmaker" || key == u"budgetholder")
        return DecisionRole::EconomicBuyer;
    if (key == u"technicalbuyer" || key == u"evaluator" || key == u"technicalevaluator")
        return DecisionRole::TechnicalEvaluator;
    if (key == u"influencer")
        return DecisionRole::Influencer;
    if (key == u"champion")
        return DecisionRole::Champion;
    if (key == u"blocker")
        return DecisionRole::Blocker;
    if (key == u"businessuser" || key == u"enduser")
        return DecisionRole::User;
    return std::nullopt;
}

} // namespace

bool ImportWriter::contactRole(const IncomingContactRole &incoming, QString *error)
{
    QString problem;
    const QString label = tr("%1 on %2").arg(incoming.personSourceId, incoming.opportunitySourceId);
    const auto deal = findSource(incoming.origin.source, QStringLiteral("opportunity"), incoming.opportunitySourceId, &problem);
    const auto person = findSource(incoming.origin.source, QStringLiteral("person"), incoming.personSourceId, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!deal || !person) {
        skip(ImportSubject::ContactRole, label,
            !deal ? tr("the opportunity is not in the plan or this import") : tr("the person is not in the plan or this import"),
            incoming.origin);
        return true;
    }
    if (deal->accountId != person->accountId) {
        skip(ImportSubject::ContactRole, label, tr("the person and the opportunity are at different accounts"), incoming.origin);
        return true;
    }
    QStringList changes;
    QString who;
    QString what;
    if (Stakeholder *found = peopleOf(person->accountId, &problem).find(person->recordId)) {
        Stakeholder &stakeholder = *found;
        who = stakeholder.name;
        const std::optional<DecisionRole> role = decisionRoleFor(incoming.role);
        const bool sponsor = nameKey(incoming.role).remove(u' ') == u"executivesponsor";
        Stakeholder updated = stakeholder;
        // A role the user chose stays; one never set (user) takes the CRM's.
        if (role && stakeholder.role == DecisionRole::User && *role != DecisionRole::User)
            updated.role = *role;
        if (sponsor && stakeholder.layer == BuyingLayer::Other)
            updated.layer = BuyingLayer::ExecutiveSponsor;
        if (role == DecisionRole::EconomicBuyer && stakeholder.layer == BuyingLayer::Other)
            updated.layer = BuyingLayer::EconomicBuyer;
        if (updated.role != stakeholder.role || updated.layer != stakeholder.layer) {
            if (!journalChange(QStringLiteral("stakeholder"), stakeholder.id, error)
                || !m_stakeholders.update(updated, error))
                return false;
            ++updated.version;
            changes.append(tr("role: %1").arg(incoming.role));
            stakeholder = updated;
        }
    }
    for (Opportunity &opportunity : opportunitiesOf(deal->accountId, &problem)) {
        if (opportunity.id != deal->recordId)
            continue;
        what = opportunity.title;
        if (incoming.primary && !opportunity.championId) {
            Opportunity updated = opportunity;
            updated.championId = person->recordId;
            if (!journalChange(QStringLiteral("opportunity"), updated.id, error)
                || !PipelineStore(m_db).updateOpportunity(updated, error))
                return false;
            ++updated.version;
            opportunity = updated;
            changes.append(tr("the opportunity's champion"));
        }
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!changes.isEmpty())
        m_touched.insert(deal->accountId);
    note(changes.isEmpty() ? ImportAction::Unchanged : ImportAction::Linked, ImportSubject::ContactRole,
        tr("%1 on %2").arg(who, what), changes.join(QStringLiteral("; ")), incoming.origin);
    return true;
}

bool ImportWriter::arr(const IncomingArr &incoming, QString *error)
{
    const QString label = tr("%1 on %2").arg(incoming.account.name.isEmpty() ? incoming.account.sourceId : incoming.account.name,
        incoming.on.toString(Qt::ISODate));
    bool failed = false;
    const std::optional<Resolved> account = resolveAccount(
        incoming.account, incoming.origin, ImportSubject::ArrChange, label, Creation::Refused, &failed, error);
    if (!account)
        return !failed;
    const QString currency = m_accounts.value(account->account).currency;
    if (!incoming.currency.isEmpty() && incoming.currency != currency) {
        skip(ImportSubject::ArrChange, label, tr("the figure is in %1 and the account's in %2").arg(incoming.currency, currency),
            incoming.origin);
        return true;
    }
    m_arr[account->account].append(incoming);
    return true;
}

bool ImportWriter::finishArr(QString *error)
{
    ArrChangeStore store(m_db);
    for (auto it = m_arr.begin(); it != m_arr.end(); ++it) {
        const AccountId account = it.key();
        QList<IncomingArr> rows = *it;
        std::stable_sort(rows.begin(), rows.end(), [](const IncomingArr &a, const IncomingArr &b) { return a.on < b.on; });
        QList<ArrChange> timeline = store.forAccount(account, error);
        sortTimeline(timeline);
        const QString accountName = m_accounts.value(account).name;
        for (const IncomingArr &row : std::as_const(rows)) {
            const QString label = tr("%1 on %2").arg(accountName, row.on.toString(Qt::ISODate));
            // The last change of that day, if the timeline has one, is the figure for the day.
            ArrChange *sameDay = nullptr;
            for (ArrChange &change : timeline)
                if (change.on == row.on)
                    sameDay = &change;
            const MinorUnits before = arrBefore(timeline, row.on);
            bool hadArr = false;
            for (const ArrChange &change : std::as_const(timeline))
                hadArr = hadArr || (change.on < row.on && change.arr > 0);
            const std::optional<ArrChangeKind> kind
                = effectiveKind(before, row.arr, hadArr, row.kind.value_or(ArrChangeKind::Expansion));
            if (sameDay) {
                if (sameDay->arr == row.arr) {
                    note(ImportAction::Unchanged, ImportSubject::ArrChange, label, {}, row.origin);
                    continue;
                }
                ArrChange updated = *sameDay;
                updated.arr = row.arr;
                updated.kind = row.kind ? *row.kind : kind.value_or(updated.kind);
                if (!journalChange(QStringLiteral("arr_change"), updated.id, error) || !store.update(updated, error))
                    return false;
                ++updated.version;
                *sameDay = updated;
                m_touched.insert(account);
                note(ImportAction::Updated, ImportSubject::ArrChange, label, {}, row.origin);
                continue;
            }
            if (!kind) {
                note(ImportAction::Unchanged, ImportSubject::ArrChange, label, tr("ARR did not change"), row.origin);
                continue;
            }
            ArrChange change;
            change.accountId = account;
            change.on = row.on;
            change.kind = row.kind && *kind != ArrChangeKind::Churn && *kind != ArrChangeKind::Contraction ? *row.kind : *kind;
            change.arr = row.arr;
            change.note = tr("Imported from %1").arg(row.origin.file);
            const std::optional<ArrChangeId> id = store.insert(change, error);
            if (!id)
                return false;
            change.id = *id;
            journalInsert(QStringLiteral("arr_change"), *id);
            timeline.append(change);
            sortTimeline(timeline);
            m_touched.insert(account);
            note(ImportAction::Created, ImportSubject::ArrChange, label, displayName(change.kind), row.origin);
        }
    }
    m_arr.clear();
    return true;
}

bool ImportWriter::metric(const IncomingMetric &incoming, QString *error)
{
    const QString label = tr("%1: %2 on %3")
                              .arg(incoming.account.name.isEmpty() ? incoming.account.sourceId : incoming.account.name,
                                  incoming.metric, incoming.on.toString(Qt::ISODate));
    if (incoming.metric.trimmed().isEmpty() || !incoming.on.isValid()) {
        skip(ImportSubject::Metric, label, tr("it needs a metric's name and a date"), incoming.origin);
        return true;
    }
    bool failed = false;
    const std::optional<Resolved> account = resolveAccount(
        incoming.account, incoming.origin, ImportSubject::Metric, label, Creation::Refused, &failed, error);
    if (!account)
        return !failed;
    QString problem;
    QVariant series = sql::scalar(m_db,
        QStringLiteral("SELECT id FROM metric_series WHERE account_id = ? AND lower(name) = lower(?)"),
        {account->account, incoming.metric.trimmed()}, &problem);
    if (!series.isValid() || series.isNull()) {
        MetricSeries created;
        created.accountId = account->account;
        created.name = incoming.metric.trimmed();
        created.unit = incoming.unit.trimmed();
        const std::optional<MetricSeriesId> id = HealthStore(m_db).insertSeries(created, error);
        if (!id)
            return false;
        journalInsert(QStringLiteral("metric_series"), *id);
        series = *id;
    }
    const QVariant point = sql::scalar(m_db,
        QStringLiteral("SELECT id FROM metric_point WHERE series_id = ? AND measured_on = ?"),
        {series, incoming.on.toString(Qt::ISODate)}, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_touched.insert(account->account);
    if (point.isValid() && !point.isNull()) {
        const double now = sql::scalar(m_db, QStringLiteral("SELECT value FROM metric_point WHERE id = ?"), {point}, error).toDouble();
        if (now == incoming.value) {
            note(ImportAction::Unchanged, ImportSubject::Metric, label, {}, incoming.origin);
            return true;
        }
        if (!journalChange(QStringLiteral("metric_point"), point.toLongLong(), error)
            || !sql::run(m_db, QStringLiteral("UPDATE metric_point SET value = ? WHERE id = ?"), {incoming.value, point}, error)
                    .isActive())
            return false;
        note(ImportAction::Updated, ImportSubject::Metric, label, {}, incoming.origin);
        return true;
    }
    QSqlQuery inserted = sql::run(m_db,
        QStringLiteral("INSERT INTO metric_point (series_id, measured_on, value) VALUES (?, ?, ?) RETURNING id"),
        {series, incoming.on.toString(Qt::ISODate), incoming.value}, error);
    if (!inserted.isActive())
        return false;
    journalInsert(QStringLiteral("metric_point"), sql::returnedId(inserted));
    note(ImportAction::Created, ImportSubject::Metric, label, {}, incoming.origin);
    return true;
}

} // namespace keyplan
