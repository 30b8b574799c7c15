#include "item/qbrdata.h"

#include "domain/month.h"
#include "domain/revenuefigures.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "storage/livingplansettingsstore.h"
#include "storage/plandatabase.h"

#include <algorithm>

namespace keyplan {

QString QbrData::offeringName(OfferingId id) const
{
    for (const Offering &offering : offerings) {
        if (offering.id == id)
            return offering.name;
    }
    return {};
}

QString QbrData::unitName(BusinessUnitId id) const
{
    for (const BusinessUnit &unit : units) {
        if (unit.id == id)
            return unit.name;
    }
    return {};
}

QString QbrData::personName(std::optional<StakeholderId> id) const
{
    if (!id)
        return {};
    const Stakeholder *person = map.person(*id);
    return person ? person->name : QString();
}

const Goal *QbrData::goal(std::optional<qint64> id) const
{
    if (!id)
        return nullptr;
    for (const Goal &candidate : goals) {
        if (candidate.id == *id)
            return &candidate;
    }
    return nullptr;
}

QbrData readQbrData(const PlanDocument &document, const Qbr &qbr)
{
    QbrData data;
    const AccountId id = qbr.accountId;
    const AccountRecord record = document.accountRecord(id);
    data.planName = document.title();
    data.currency = record.account.currency.isEmpty() ? document.currency() : record.account.currency;
    data.printedOn = document.asOf();
    data.account = record.account;
    data.ownerName = document.teamMemberName(record.account.ownerId);
    data.qbr = qbr;

    const QDate start = qbr.periodStart;
    const QDate end = qbr.periodEnd;
    for (const ValueOutcome &outcome : record.valueOutcomes) {
        if (outcome.achievedOn >= start && outcome.achievedOn <= end)
            data.outcomes.append(outcome);
    }
    data.goals = record.goals;
    data.stageHistory = record.stageChanges;
    data.map = document.stakeholderMap(id);
    data.team = data.map.team;

    // Revenue: ARR at each month end over the two years to the period's end (from the first
    // change, when that is later); retention over the twelve months to the period's end.
    const QDate lastMonth = firstOfMonth(end);
    if (!record.arrChanges.isEmpty()) {
        const QDate first = std::max(lastMonth.addMonths(-23), firstOfMonth(record.arrChanges.constFirst().on));
        data.revenue = monthEnds(record.arrChanges, first, lastMonth);
    }
    data.retentionPeriod = ReportingPeriod::trailingTwelveMonths(end);
    const Retention retention = retentionOf(accountBridge(record.arrChanges, data.retentionPeriod));
    data.nrr = retention.nrr();
    data.grr = retention.grr();
    // Health: the scorecard as of the period's end (today, for a period still running), and the
    // history's scores up to then.
    const QDate healthOn = std::min(end, document.asOf());
    data.health = accountHealth(record, readLivingPlanSettings(document.database().connection()), document.coverageSettings(), healthOn);
    for (const HealthSnapshot &snapshot : record.healthHistory) {
        if (snapshot.on <= end)
            data.healthHistory.append(snapshot);
    }

    for (MetricSeries series : record.metrics) {
        series.points.removeIf([end](const MetricPoint &point) { return point.on > end; });
        data.metrics.append(series);
    }
    for (const Play &play : record.plays) {
        if (play.isAlive())
            data.plays.append(play);
    }

    data.offerings = PipelineEditing::of(&document)->offerings();
    data.units = record.businessUnits;
    data.cells = record.cells;
    QHash<OpportunityId, MinorUnits> amounts;
    for (const Opportunity &opportunity : record.opportunities)
        amounts.insert(opportunity.id, opportunity.amount);
    data.whitespace = whitespaceTotals(record.cells, amounts);
    data.pipeline = pipelineTotals(record.opportunities);
    for (const OpportunityId chosen : qbr.chosenOpportunities) {
        for (const Opportunity &opportunity : record.opportunities) {
            if (opportunity.id == chosen)
                data.chosen.append(opportunity);
        }
    }

    for (const Risk &risk : record.risks) {
        if (risk.isOpen() || (risk.dueOn.isValid() && risk.dueOn >= start))
            data.risks.append(risk);
    }
    for (const NextStep &step : record.nextSteps) {
        if (!step.done || (step.dueOn.isValid() && step.dueOn >= start))
            data.nextSteps.append(step);
    }

    // What changed: the last review held before this one, against the account as it is today.
    const QDate today = document.asOf();
    QList<Qbr> earlier;
    for (const Qbr &review : record.qbrs) {
        if (review.id != qbr.id)
            earlier.append(review);
    }
    data.lastHeld = lastHeldBefore(earlier, qbr.isHeld() ? qbr.heldOn : today.addDays(1));
    if (data.lastHeld && data.lastHeld->snapshot) {
        // A review already held compares what it kept; one in preparation, the account today.
        const QbrSnapshot now = qbr.isHeld() && qbr.snapshot
            ? *qbr.snapshot
            : takeQbrSnapshot(record, today, document.coverageSettings(), data.health.score()); // the cover's
        data.changes = compareQbrSnapshots(*data.lastHeld->snapshot, now, data.currency);
        data.customerChanges = customerPeopleChanges(*data.lastHeld->snapshot, now);
    }
    return data;
}

} // namespace keyplan
