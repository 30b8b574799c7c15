#pragma once

#include "domain/personsignal.h"

#include "domain/account.h"
#include "domain/arrchange.h"
#include "domain/goal.h"
#include "domain/healthscore.h"
#include "domain/metricseries.h"
#include "domain/ownerchange.h"
#include "domain/play.h"
#include "domain/qbr.h"
#include "domain/stagechange.h"
#include "domain/stakeholder.h"
#include "domain/touchpoint.h"
#include "domain/whitespace.h"

#include <QList>

namespace keyplan {

// An account with everything that belongs to it, so that deleting it can be undone exactly.
struct AccountRecord
{
    Account account;
    QList<StageChange> stageChanges;
    QList<ArrChange> arrChanges; // the ARR timeline, oldest first
    QList<Stakeholder> stakeholders;
    QList<StakeholderLink> links;
    QList<Touchpoint> touchpoints;
    QList<MapReview> reviews;
    QList<BusinessUnit> businessUnits;
    QList<Opportunity> opportunities;
    QList<WhitespaceCell> cells;
    QList<ValueOutcome> valueOutcomes;
    QList<Risk> risks;
    QList<NextStep> nextSteps;
    QList<Qbr> qbrs;
    // The living plan: the customer's goals, the scorecard's entries, overrides and history,
    // usage metrics, plays and the days the account changed hands.
    QList<Goal> goals;
    QList<HealthEntry> healthEntries;
    QList<HealthOverride> healthOverrides;
    QList<HealthSnapshot> healthHistory; // oldest first
    QList<MetricSeries> metrics;
    QList<Play> plays;
    QList<OwnerChange> ownerChanges; // oldest first
    QList<PersonSignal> personSignals; // open ones, that an import raised about its people
};

} // namespace keyplan
