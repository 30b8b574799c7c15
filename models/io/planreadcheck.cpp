#include "io/planreadcheck.h"

#include "storage/accountstore.h"
#include "storage/livingplanrecord.h"
#include "storage/playstore.h"
#include "storage/pipelinestore.h"
#include "storage/qbrstore.h"
#include "storage/arrchangestore.h"
#include "storage/stagestore.h"
#include "storage/stakeholderstore.h"
#include "storage/teamstore.h"

#include <QCoreApplication>

namespace keyplan {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class PlanReadCheckText
{
    Q_DECLARE_TR_FUNCTIONS(PlanReadCheck)
};

} // namespace

QStringList readEveryRow(const QSqlDatabase &db)
{
    QStringList problems;
    QString error;
    const auto note = [&](const QString &what) {
        if (!error.isEmpty())
            problems.append(PlanReadCheckText::tr("%1 could not be read: %2").arg(what, error));
        error.clear();
    };
    TeamStore(db).all(&error);
    note(PlanReadCheckText::tr("The team"));
    PipelineStore(db).offerings(&error);
    note(PlanReadCheckText::tr("The catalogue"));
    const QList<Account> accounts = AccountStore(db).all(&error);
    PlayStore(db).forAccount(0, &error); // the portfolio's plays
    PlayStore(db).playbooks(&error);
    note(PlanReadCheckText::tr("The accounts"));
    const StakeholderStore people(db);
    const PipelineStore pipeline(db);
    const QbrStore reviews(db);
    const ArrChangeStore revenue(db);
    const StageStore stages(db);
    for (const Account &account : accounts) {
        stages.forAccount(account.id, &error);
        revenue.forAccount(account.id, &error);
        people.forAccount(account.id, &error);
        people.links(account.id, &error);
        people.touchpoints(account.id, &error);
        people.reviews(account.id, &error);
        pipeline.businessUnits(account.id, &error);
        pipeline.cells(account.id, &error);
        pipeline.opportunities(account.id, &error);
        AccountRecord livingPlan;
        readLivingPlan(db, account.id, livingPlan, &error);
        reviews.valueOutcomes(account.id, &error);
        reviews.risks(account.id, &error);
        reviews.nextSteps(account.id, &error);
        const QList<Qbr> held = reviews.qbrs(account.id, &error);
        note(PlanReadCheckText::tr("Account \"%1\"").arg(account.name));
        for (const Qbr &qbr : held) {
            if (qbr.heldOn.isValid() && !qbr.snapshot)
                problems.append(PlanReadCheckText::tr("Account \"%1\": the snapshot kept when the QBR of %2 was "
                                                      "held could not be read.")
                                    .arg(account.name, qbr.heldOn.toString(Qt::ISODate)));
        }
    }
    return problems;
}

} // namespace keyplan
