#include "ui/opportunityactions.h"

#include "item/goalediting.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/playevaluator.h"
#include "ui/opportunitydialog.h"
#include "ui/pipelinetext.h"
#include "ui/winrecording.h"

#include <algorithm>

namespace keyplan {

namespace {

OpportunityDialog::Choices choicesFor(PlanDocument *document, AccountId account)
{
    OpportunityDialog::Choices choices;
    choices.offerings = PipelineEditing::of(document)->offerings();
    choices.units = PipelineEditing::of(document)->businessUnits(account);
    choices.people = document->stakeholders(account);
    choices.currency = document->currency();
    choices.goals = GoalEditing::of(document)->goals(account);
    if (const std::optional<Account> a = document->account(account)) {
        choices.currency = a->currency;
        choices.fixFirstWarning
            = PipelineText::fixFirstWarning(*a, PlayEvaluator::of(document)->healthNow(account).score());
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
    const Opportunity added = dialog.opportunity();
    PipelineEditing::of(document)->addOpportunity(added);
    if (added.stage == OpportunityStage::Won) {
        // The new row's id: the opportunity just added is the account's newest.
        const QList<Opportunity> all = PipelineEditing::of(document)->opportunities(account);
        Opportunity won = added;
        for (const Opportunity &o : all)
            won.id = std::max(won.id, o.id);
        offerToRecordWin(parent, document, won);
    }
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
    PipelineEditing::of(document)->editOpportunity(edited);
    if (isNewlyWon(opportunity, edited))
        offerToRecordWin(parent, document, edited);
    return true;
}

} // namespace keyplan
