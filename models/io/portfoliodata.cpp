#include "io/portfoliodata.h"

#include "storage/accountstore.h"
#include "storage/livingplanrecord.h"
#include "storage/pipelinestore.h"
#include "storage/plandatabase.h"
#include "storage/planinfostore.h"
#include "storage/qbrstore.h"
#include "storage/arrchangestore.h"
#include "storage/stagestore.h"
#include "storage/stakeholderstore.h"
#include "storage/teamstore.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QHash>

namespace keyplan {

std::optional<TeamMemberId> teamMemberNamed(const QList<TeamMember> &team, const QString &name)
{
    for (const TeamMember &member : team) {
        if (member.name == name)
            return member.id;
    }
    return std::nullopt;
}

bool writePortfolio(PlanDatabase &plan, const PortfolioData &data, QString *error)
{
    QSqlDatabase db = plan.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorString();
        return false;
    }
    if (AccountStore(db).count() > 0) {
        if (error)
            *error = QCoreApplication::translate("SamplePortfolio", "the plan already has accounts");
        return false;
    }
    PlanInfoStore info(db);
    if (!info.setValue(PlanInfoStore::nameKey, data.name, error)
        || !info.setValue(PlanInfoStore::currencyKey, data.currency, error)
        || !info.setValue(PlanInfoStore::fiscalYearStartKey, QString::number(data.fiscalYearStart), error))
        return false;
    for (const ExchangeRate &rate : data.rates) {
        if (!ArrChangeStore(db).insertRate(rate, error))
            return false;
    }
    QHash<QString, qint64> teamIds;
    TeamStore team(db);
    for (const TeamMember &member : data.team) {
        const std::optional<qint64> id = team.insert(member, error);
        if (!id)
            return false;
        teamIds.insert(member.name, *id);
    }
    PipelineStore pipeline(db);
    for (const Offering &offering : data.offerings) {
        if (!pipeline.insertOffering(offering, error))
            return false;
    }
    AccountStore accounts(db);
    StageStore stages(db);
    ArrChangeStore revenue(db);
    for (const PortfolioAccount &entry : data.accounts) {
        Account account = entry.record.account;
        if (teamIds.contains(entry.ownerName))
            account.ownerId = teamIds.value(entry.ownerName);
        const std::optional<AccountId> id = accounts.insert(account, error);
        if (!id)
            return false;
        for (StageChange change : entry.record.stageChanges) {
            change.accountId = *id;
            if (!stages.insert(change, error))
                return false;
        }
        if (!StakeholderStore(db).insertMap(*id, entry.record, error) || !insertGoals(db, *id, entry.record, error)
            || !pipeline.insertAccountPipeline(*id, entry.record, error)
            || !QbrStore(db).insertAccountReviews(*id, entry.record, error))
            return false;
        // After the pipeline: a change may name the won opportunity that caused it.
        for (ArrChange change : entry.record.arrChanges) {
            change.accountId = *id;
            if (!revenue.insert(change, error))
                return false;
        }
        if (!insertLivingPlan(db, *id, entry.record, error))
            return false;
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace keyplan
