#pragma once

#include "domain/accounthealth.h"
#include "domain/accountrecord.h"
#include "domain/qbr.h"
#include "domain/arrchange.h"
#include "domain/goal.h"
#include "domain/metricseries.h"
#include "domain/play.h"
#include "domain/reportingperiod.h"
#include "domain/retention.h"
#include "domain/stakeholdermap.h"
#include "domain/whitespace.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace keyplan {

class PlanDocument;

// Everything one account's QBR summary prints, read from the plan at once: what preview, print,
// PDF, the OpenDocument file and `keyplan export-qbr` all render.
struct QbrData
{
    QString planName;
    QString currency;
    QDate printedOn; // the plan's "today"
    Account account;
    QString ownerName;
    Qbr qbr; // period, teams, sections with remarks, chosen opportunities

    QList<ValueOutcome> outcomes; // achieved within the period
    QList<Goal> goals; // the customer's success plan, as it stands
    QList<StageChange> stageHistory; // oldest first
    StakeholderMapData map; // people (departed too), links, coverage and its settings
    QList<MonthEnd> revenue; // ARR at each month end, the two years to the period's end
    ReportingPeriod retentionPeriod; // the twelve months to the period's end, NRR and GRR cover
    std::optional<double> nrr;
    std::optional<double> grr;
    AccountHealth health; // the scorecard as of the period's end (today while it runs)
    QList<HealthSnapshot> healthHistory; // the scores up to the period's end, oldest first
    QList<MetricSeries> metrics; // usage, in the customer's units, the points up to the period's end
    QList<Play> plays; // the account's open and snoozed plays

    QList<Offering> offerings;
    QList<BusinessUnit> units;
    QList<WhitespaceCell> cells;
    WhitespaceTotals whitespace;
    PipelineTotals pipeline; // open opportunities
    QList<Opportunity> chosen; // the ones the review presents, with their checklists

    QList<Risk> risks; // open ones, and those closed within the period
    QList<NextStep> nextSteps; // open ones, and those done within the period
    QHash<TeamMemberId, QString> team;

    std::optional<Qbr> lastHeld; // the review "what changed" compares with
    QList<QbrChange> changes;
    QList<QbrChange> customerChanges; // the same, told for the customer's edition

    QString offeringName(OfferingId id) const;
    QString unitName(BusinessUnitId id) const;
    QString personName(std::optional<StakeholderId> id) const; // empty when nobody
    const Goal *goal(std::optional<qint64> id) const; // nullptr when none
};

// Reads the review `qbr` of its account (its choices as given; the plan's state as of the
// document's day). Chosen opportunities that no longer exist are left out.
QbrData readQbrData(const PlanDocument &document, const Qbr &qbr);

} // namespace keyplan
