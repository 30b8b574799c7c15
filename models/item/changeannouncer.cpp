#include "item/changeannouncer.h"

#include "item/goalediting.h"
#include "item/healthediting.h"
#include "item/livingplanediting.h"
#include "item/plandocument.h"
#include "item/playediting.h"

namespace keyplan {

void announceChange(PlanDocument *d, const QString &table, team::ChangeEntry::Action action, qint64 rowId,
    AccountId account)
{
    const auto is = [&table](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (table == QLatin1String(name))
                return true;
        }
        return false;
    };
    if (is({"account"})) {
        if (action == team::ChangeEntry::Action::Insert)
            Q_EMIT d->accountInserted(rowId);
        else if (action == team::ChangeEntry::Action::Delete)
            Q_EMIT d->accountRemoved(rowId);
        else
            Q_EMIT d->accountChanged(rowId);
        return;
    }
    if (is({"team_member"})) {
        d->reloadTeam();
        return;
    }
    if (is({"plan_info", "exchange_rate"})) {
        Q_EMIT d->revenueSettingsChanged();
        Q_EMIT d->coverageSettingsChanged();
        Q_EMIT LivingPlanEditing::of(d)->settingsChanged();
        return;
    }
    if (is({"offering"})) {
        Q_EMIT d->catalogueChanged();
        return;
    }
    if (is({"playbook_step"})) {
        Q_EMIT PlayEditing::of(d)->playbooksChanged();
        return;
    }
    if (account <= 0)
        return; // a row whose account went with it: the account's own change says so
    if (is({"stage_change"}))
        Q_EMIT d->stageHistoryChanged(account);
    else if (is({"arr_change", "revenue_snapshot"}))
        Q_EMIT d->revenueChanged(account);
    else if (is({"business_unit", "whitespace_cell", "opportunity", "opportunity_check"}))
        Q_EMIT d->pipelineChanged(account);
    else if (is({"value_outcome", "account_risk", "next_step", "qbr", "qbr_section", "qbr_opportunity"}))
        Q_EMIT d->reviewsChanged(account);
    else if (is({"stakeholder", "touchpoint", "touchpoint_stakeholder", "touchpoint_member", "map_review",
                 "stakeholder_signal", "source_record"}))
        Q_EMIT d->stakeholdersChanged(account);
    else if (is({"stakeholder_link"}))
        Q_EMIT d->stakeholderLinksChanged(account);
    else if (is({"goal"}))
        Q_EMIT GoalEditing::of(d)->goalsChanged(account);
    else if (is({"health_entry", "health_override", "health_snapshot", "metric_series", "metric_point", "account_health"}))
        Q_EMIT HealthEditing::of(d)->healthChanged(account);
    else if (is({"play", "play_step"}))
        Q_EMIT PlayEditing::of(d)->playsChanged(account);
    // Every figure of the account's row may follow from any of these.
    Q_EMIT d->accountChanged(account);
}

} // namespace keyplan
