#pragma once

#include "domain/opportunity.h"

class QWidget;

namespace keyplan {

class PlanDocument;

// An opportunity has just been marked won: offers to record the ARR it adds as a dated change of
// the account, attributed to the opportunity's motion (upsell, cross-sell, ...), from its close
// date (today when that is later), for the user to adjust or decline. True when recorded.
bool offerToRecordWin(QWidget *parent, PlanDocument *document, const Opportunity &won);

// Whether an edit from `before` to `after` is the win that offerToRecordWin() is for.
inline bool isNewlyWon(const Opportunity &before, const Opportunity &after)
{
    return before.stage != OpportunityStage::Won && after.stage == OpportunityStage::Won;
}

} // namespace keyplan
