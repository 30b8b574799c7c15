#include "storage/planchecker.h"

#include "domain/month.h"
#include "storage/accountstore.h"
#include "storage/sqlhelpers.h"
#include "storage/stagestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace keyplan {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class PlanCheckerText
{
    Q_DECLARE_TR_FUNCTIONS(PlanChecker)
};

} // namespace

QList<CheckFinding> checkPlan(const QSqlDatabase &db)
{
    QList<CheckFinding> findings;
    const auto error = [&](const QString &message) {
        findings.append({CheckFinding::Severity::Error, message});
    };
    const auto warning = [&](const QString &message) {
        findings.append({CheckFinding::Severity::Warning, message});
    };

    QSqlQuery integrity = sql::run(db, QStringLiteral("PRAGMA integrity_check"));
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != u"ok")
            error(PlanCheckerText::tr("SQLite integrity check: %1").arg(line));
    }
    QSqlQuery foreignKeys = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
    while (foreignKeys.next())
        error(PlanCheckerText::tr("Row %1 of table %2 refers to a missing row in %3.")
                  .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                      foreignKeys.value(2).toString()));

    const QList<Account> accounts = AccountStore(db).all();
    QHash<AccountId, QList<StageChange>> history;
    const QList<StageChange> changes = StageStore(db).all();
    for (const StageChange &change : changes)
        history[change.accountId].append(change);

    QHash<QString, int> names;
    for (const Account &account : accounts) {
        if (++names[account.name.toCaseFolded()] == 2)
            warning(PlanCheckerText::tr("More than one account is named \"%1\".").arg(account.name));
        if (!account.ownerId)
            warning(PlanCheckerText::tr("Account \"%1\" has no owner on our side.").arg(account.name));
        const QList<StageChange> &steps = history.value(account.id);
        if (steps.isEmpty()) {
            warning(PlanCheckerText::tr("Account \"%1\" has no stage history.").arg(account.name));
            continue;
        }
        if (steps.constLast().to != account.stage)
            error(PlanCheckerText::tr(
                "Account \"%1\" is in stage %2, but its last stage change moved it to %3.")
                      .arg(account.name, displayName(account.stage), displayName(steps.constLast().to)));
        for (qsizetype i = 1; i < steps.size(); ++i) {
            if (steps.at(i).from && *steps.at(i).from != steps.at(i - 1).to)
                warning(PlanCheckerText::tr(
                    "Account \"%1\": the stage change of %2 starts from %3, but the one before ended in %4.")
                            .arg(account.name, steps.at(i).changedOn.toString(Qt::ISODate),
                                displayName(*steps.at(i).from), displayName(steps.at(i - 1).to)));
        }
    }

    QSqlQuery revenue = sql::run(db,
        QStringLiteral(
            "SELECT a.name, r.month, r.recurring_minor FROM revenue_snapshot r JOIN account a ON a.id = "
            "r.account_id WHERE r.recurring_minor < 0 OR length(r.month) <> 7"));
    while (revenue.next())
        error(PlanCheckerText::tr("Account \"%1\" has an invalid revenue entry for %2.")
                  .arg(revenue.value(0).toString(), revenue.value(1).toString()));
    return findings;
}

} // namespace keyplan
