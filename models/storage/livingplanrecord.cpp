#include "storage/livingplanrecord.h"

#include "storage/accountstore.h"
#include "storage/goalstore.h"
#include "storage/healthstore.h"
#include "storage/playstore.h"
#include "storage/sourcerecordstore.h"

#include <QHash>

namespace keyplan {

void readLivingPlan(const QSqlDatabase &db, AccountId id, AccountRecord &record, QString *error)
{
    record.goals = GoalStore(db).forAccount(id, error);
    const HealthStore health(db);
    record.healthEntries = health.entries(id, error);
    record.healthOverrides = health.overrides(id, error);
    record.healthHistory = health.history(id, error);
    record.metrics = health.metrics(id, error);
    record.plays = PlayStore(db).forAccount(id, error);
    record.ownerChanges = AccountStore(db).ownerChanges(id, error);
    record.personSignals = SourceRecordStore(db).openSignals(id, error);
}

void readLivingPlans(const QSqlDatabase &db, QList<AccountRecord> &records, QString *error)
{
    QHash<AccountId, QList<Goal>> goals = GoalStore(db).all(error);
    const HealthStore health(db);
    QHash<AccountId, QList<HealthEntry>> entries = health.allEntries(error);
    QHash<AccountId, QList<HealthOverride>> overrides = health.allOverrides(error);
    QHash<AccountId, QList<HealthSnapshot>> history = health.allHistory(error);
    QHash<AccountId, QList<MetricSeries>> metrics = health.allMetrics(error);
    QHash<AccountId, QList<Play>> plays = PlayStore(db).all(error);
    QHash<AccountId, QList<OwnerChange>> ownerChanges = AccountStore(db).allOwnerChanges(error);
    QHash<AccountId, QList<PersonSignal>> personSignals = SourceRecordStore(db).openSignalsByAccount(error);
    for (AccountRecord &record : records) {
        const AccountId id = record.account.id;
        record.goals = goals.take(id);
        record.healthEntries = entries.take(id);
        record.healthOverrides = overrides.take(id);
        record.healthHistory = history.take(id);
        record.metrics = metrics.take(id);
        record.plays = plays.take(id);
        record.ownerChanges = ownerChanges.take(id);
        record.personSignals = personSignals.take(id);
    }
}

bool insertGoals(const QSqlDatabase &db, AccountId id, const AccountRecord &record, QString *error)
{
    GoalStore goals(db);
    for (Goal goal : record.goals) {
        goal.accountId = id;
        if (!goals.insert(goal, error))
            return false;
    }
    return true;
}

bool insertLivingPlan(const QSqlDatabase &db, AccountId id, const AccountRecord &record, QString *error)
{
    HealthStore health(db);
    for (HealthEntry entry : record.healthEntries) {
        entry.accountId = id;
        if (!health.insertEntry(entry, error))
            return false;
    }
    for (HealthOverride override : record.healthOverrides) {
        override.accountId = id;
        if (!health.insertOverride(override, error))
            return false;
    }
    for (HealthSnapshot snapshot : record.healthHistory) {
        snapshot.accountId = id;
        if (!health.insertSnapshot(snapshot, error))
            return false;
    }
    for (MetricSeries series : record.metrics) {
        series.accountId = id;
        if (!health.insertSeries(series, error))
            return false;
    }
    PlayStore plays(db);
    for (Play play : record.plays) {
        play.accountId = id;
        if (!plays.insert(play, error))
            return false;
    }
    AccountStore accounts(db);
    for (OwnerChange change : record.ownerChanges) {
        change.accountId = id;
        if (!accounts.insertOwnerChange(change, error))
            return false;
    }
    // The people are back by now (the map goes in first), with the ids the signals name.
    SourceRecordStore sources(db);
    for (const PersonSignal &signal : record.personSignals)
        if (!sources.insertSignal(signal, error))
            return false;
    return true;
}

} // namespace keyplan
