#include "storage/portfoliorecords.h"

#include "storage/accountstore.h"
#include "storage/livingplanrecord.h"
#include "storage/pipelinestore.h"
#include "storage/rowreader.h"
#include "storage/stagestore.h"
#include "storage/stakeholderstore.h"

#include <QHash>

namespace keyplan {

QList<AccountRecord> readKeyAccountRecords(const QSqlDatabase &db, QString *error)
{
    QList<AccountRecord> records;
    QHash<AccountId, qsizetype> at; // where each key account's record is
    for (Account &account : AccountStore(db).all(error)) {
        if (!account.isKey)
            continue;
        at.insert(account.id, records.size());
        AccountRecord record;
        record.account = std::move(account);
        records.append(std::move(record));
    }
    const auto recordOf = [&](AccountId id) -> AccountRecord * {
        const auto found = at.constFind(id);
        return found == at.cend() ? nullptr : &records[*found];
    };
    for (StageChange &change : StageStore(db).all(error)) {
        if (AccountRecord *record = recordOf(change.accountId))
            record->stageChanges.append(std::move(change));
    }
    const StakeholderStore people(db);
    for (Stakeholder &person : people.all(error)) {
        if (AccountRecord *record = recordOf(person.accountId))
            record->stakeholders.append(std::move(person));
    }
    for (Touchpoint &touchpoint : people.allTouchpoints(error)) {
        if (AccountRecord *record = recordOf(touchpoint.accountId))
            record->touchpoints.append(std::move(touchpoint));
    }
    const QHash<AccountId, QDate> reviews = people.latestReviews(error);
    for (auto it = reviews.cbegin(); it != reviews.cend(); ++it) {
        if (AccountRecord *record = recordOf(it.key()))
            record->reviews.append({0, it.key(), it.value(), std::nullopt});
    }
    for (Opportunity &opportunity : PipelineStore(db).allOpportunities(error, PipelineStore::Checklists::Skip)) {
        if (AccountRecord *record = recordOf(opportunity.accountId))
            record->opportunities.append(std::move(opportunity));
    }
    sql::RowReader steps(db,
        QStringLiteral("SELECT id, account_id, action, owner, due_on, done, version FROM next_step ORDER BY due_on NULLS FIRST, id"), {},
        error);
    while (steps.next()) {
        if (AccountRecord *record = recordOf(steps.integer(1)))
            record->nextSteps.append({steps.integer(0), steps.integer(1), steps.text(2), steps.text(3), steps.day(4),
                steps.integer(5) != 0, steps.integer(6)});
    }
    sql::RowReader held(db, QStringLiteral("SELECT id, account_id, held_on FROM qbr WHERE held_on IS NOT NULL"), {}, error);
    while (held.next()) {
        if (AccountRecord *record = recordOf(held.integer(1))) {
            Qbr qbr;
            qbr.id = held.integer(0);
            qbr.accountId = held.integer(1);
            qbr.heldOn = held.day(2);
            record->qbrs.append(std::move(qbr));
        }
    }
    readLivingPlans(db, records, error);
    return records;
}

} // namespace keyplan
