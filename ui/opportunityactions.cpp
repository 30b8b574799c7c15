#include "ui/opportunityactions.h"

#include "item/plandocument.h"
#include "ui/opportunitydialog.h"
#include "ui/pipelinetext.h"

namespace keyplan {

namespace {

OpportunityDialog::Choices choicesFor(const PlanDocument *document, AccountId account)
{
    OpportunityDialog::Choices choices;
    choices.offerings = document->offerings();
    choices.units = document->businessUnits(account);
    choices.people = document->stakeholders(account);
    choices.currency = document->currency();
    if (const std::optional<Account> a = document->account(account)) {
        choices.currency = a->currency;
        choices.fixFirstWarning = PipelineText::fixFirstWarning(*a, document->health(account));
    }
    return choices;
}

} // namespace

bool addOpportunityFor(QWidget *parent, PlanDocument *document, AccountId account)
{
    if (!document || document->isReadOnly() || account == 0)
        return false;
    Opportunity opportunity;
    opportunity.accountId = account;
    opportunity.expectedClose = document->asOf().addMonths(3);
    opportunity.probability = defaultProbability(opportunity.stage);
    OpportunityDialog dialog(opportunity, choicesFor(document, account), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document->addOpportunity(dialog.opportunity());
    return true;
}

bool editOpportunityIn(QWidget *parent, PlanDocument *document, const Opportunity &opportunity)
{
    if (!document || opportunity.id == 0)
        return false;
    OpportunityDialog dialog(opportunity, choicesFor(document, opportunity.accountId), parent);
    if (dialog.exec() != QDialog::Accepted || document->isReadOnly())
        return false;
    const Opportunity edited = dialog.opportunity();
    if (edited == opportunity)
        return false;
    document->editOpportunity(edited);
    return true;
}

} // namespace keyplan
