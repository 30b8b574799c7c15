#include "ui/winrecording.h"

#include "item/plandocument.h"
#include "item/revenueediting.h"
#include "ui/arrchangedialog.h"

#include <QCoreApplication>

namespace keyplan {

namespace {

class WinText
{
    Q_DECLARE_TR_FUNCTIONS(WinRecording)
};

} // namespace

bool offerToRecordWin(QWidget *parent, PlanDocument *document, const Opportunity &won)
{
    if (!document || document->isReadOnly() || won.stage != OpportunityStage::Won)
        return false;
    const std::optional<Account> account = document->account(won.accountId);
    if (!account)
        return false;
    RevenueEditing *revenue = RevenueEditing::of(document);
    const QList<ArrChange> timeline = revenue->timeline(won.accountId);
    ArrChange change;
    change.accountId = won.accountId;
    const QDate today = document->asOf();
    change.on = won.expectedClose.isValid() && won.expectedClose <= today ? won.expectedClose : today;
    change.arr = arrOn(timeline, change.on) + won.amount;
    change.kind = arrOn(timeline, change.on) > 0 ? kindFor(won.motion) : ArrChangeKind::New;
    change.note = WinText::tr("Won: %1").arg(won.title.simplified());
    change.opportunityId = won.id;
    ArrChangeDialog dialog(account->name, account->currency, timeline, change, parent);
    dialog.setWindowTitle(WinText::tr("Record the Win in ARR"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    revenue->recordChange(dialog.change());
    return true;
}

} // namespace keyplan
