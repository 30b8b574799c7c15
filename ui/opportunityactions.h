#pragma once

#include "domain/opportunity.h"

class QWidget;

namespace keyplan {

class PlanDocument;

// Opens the opportunity editor on a new opportunity of `account` (or on an existing one) with
// the account's catalogue, business units, people and "fix first" warning, and pushes the result
// as one undo step. Returns whether anything was changed.
bool addOpportunityFor(QWidget *parent, PlanDocument *document, AccountId account);
bool editOpportunityIn(QWidget *parent, PlanDocument *document, const Opportunity &opportunity);
} // namespace keyplan
