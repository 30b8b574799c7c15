#pragma once

#include "domain/account.h"
#include "domain/arrchange.h"
#include "domain/healthmark.h"
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
    QList<HealthMark> healthMarks;
    QList<ValueOutcome> valueOutcomes;
    QList<Risk> risks;
    QList<NextStep> nextSteps;
    QList<Qbr> qbrs;
};

} // namespace keyplan
