#include "io/csvexport.h"

#include "domain/play.h"
#include "io/csvwriter.h"
#include "storage/accountstore.h"
#include "storage/arrchangestore.h"
#include "storage/pipelinestore.h"
#include "storage/playstore.h"
#include "storage/sourcerecordstore.h"
#include "storage/stakeholderstore.h"
#include "storage/teamstore.h"


namespace keyplan {
namespace {

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The CRM ids of every record of a kind, by source.
struct SourceIds
{
    QHash<qint64, QString> salesforce;
    QHash<qint64, QString> hubspot;
};

SourceIds sourceIds(const QSqlDatabase &db, const QString &kind, QString *error)
{
    SourceIds ids;
    const QHash<qint64, QHash<QString, QString>> all = SourceRecordStore(db).sourceIds(kind, error);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it->contains(QStringLiteral("salesforce")))
            ids.salesforce.insert(it.key(), it->value(QStringLiteral("salesforce")));
        if (it->contains(QStringLiteral("hubspot")))
            ids.hubspot.insert(it.key(), it->value(QStringLiteral("hubspot")));
    }
    return ids;
}

} // namespace

QList<CsvFile> planToCsv(const QSqlDatabase &db, const QDate &today, QString *error)
{
    QString problem;
    const QList<Account> accounts = AccountStore(db).all(&problem, today);
    QHash<AccountId, Account> byId;
    for (const Account &account : accounts)
        byId.insert(account.id, account);
    QHash<qint64, QString> team;
    for (const TeamMember &member : TeamStore(db).all(&problem))
        team.insert(member.id, member.name);
    const auto ours = [&team](std::optional<qint64> id) { return id ? team.value(*id) : QString(); };
    const SourceIds accountIds = sourceIds(db, QStringLiteral("account"), &problem);
    const SourceIds personIds = sourceIds(db, QStringLiteral("person"), &problem);
    const SourceIds dealIds = sourceIds(db, QStringLiteral("opportunity"), &problem);

    CsvWriter accountsCsv;
    accountsCsv.number(QStringLiteral("id")).number(QStringLiteral("name")).number(QStringLiteral("key_account"))
        .number(QStringLiteral("segment")).number(QStringLiteral("tier")).number(QStringLiteral("stage"))
        .number(QStringLiteral("owner")).number(QStringLiteral("industry")).number(QStringLiteral("region"))
        .number(QStringLiteral("employees")).number(QStringLiteral("currency")).number(QStringLiteral("arr"))
        .number(QStringLiteral("renewal_date")).number(QStringLiteral("notes")).number(QStringLiteral("salesforce_id"))
        .number(QStringLiteral("hubspot_id"));
    accountsCsv.endRow();
    for (const Account &account : accounts) {
        accountsCsv.number(account.id).text(account.name).number(account.isKey ? QStringLiteral("yes") : QStringLiteral("no"))
            .number(keyOf(account.segment)).number(keyOf(account.tier)).number(keyOf(account.stage)).text(ours(account.ownerId))
            .text(account.industry).text(account.region).number(account.employees).number(account.currency).money(account.arr)
            .number(day(account.renewalDate)).text(account.notes).text(accountIds.salesforce.value(account.id))
            .text(accountIds.hubspot.value(account.id));
        accountsCsv.endRow();
    }

    const QList<Stakeholder> people = StakeholderStore(db).all(&problem);
    QHash<StakeholderId, QString> names;
    for (const Stakeholder &person : people)
        names.insert(person.id, person.name);
    CsvWriter peopleCsv;
    for (const char *header : {"id", "account_id", "account", "name", "title", "department", "business_unit", "reports_to",
             "buying_layer", "decision_role", "support", "influence", "relationship", "desired_relationship", "our_owner",
             "email", "phone", "added_on", "left_on", "notes", "salesforce_id", "hubspot_id"})
        peopleCsv.number(QString::fromLatin1(header));
    peopleCsv.endRow();
    for (const Stakeholder &person : people) {
        peopleCsv.number(person.id).number(person.accountId).text(byId.value(person.accountId).name).text(person.name)
            .text(person.title).text(person.department).text(person.businessUnit)
            .text(person.reportsTo ? names.value(*person.reportsTo) : QString()).number(keyOf(person.layer))
            .number(keyOf(person.role)).number(keyOf(person.support)).number(keyOf(person.influence))
            .number(keyOf(person.relationship)).number(keyOf(person.desiredRelationship)).text(ours(person.ourOwnerId))
            .text(person.email).text(person.phone).number(day(person.addedOn)).number(day(person.leftOn)).text(person.notes)
            .text(personIds.salesforce.value(person.id)).text(personIds.hubspot.value(person.id));
        peopleCsv.endRow();
    }

    const QList<Opportunity> opportunities = PipelineStore(db).allOpportunities(&problem, PipelineStore::Checklists::Skip);
    CsvWriter dealsCsv;
    for (const char *header : {"id", "account_id", "account", "title", "motion", "stage", "amount", "currency", "probability",
             "weighted_amount", "expected_close", "champion", "salesforce_id", "hubspot_id"})
        dealsCsv.number(QString::fromLatin1(header));
    dealsCsv.endRow();
    for (const Opportunity &deal : opportunities) {
        dealsCsv.number(deal.id).number(deal.accountId).text(byId.value(deal.accountId).name).text(deal.title)
            .number(keyOf(deal.motion)).number(keyOf(deal.stage)).money(deal.amount).number(byId.value(deal.accountId).currency)
            .number(deal.probability).money(weightedAmount(deal)).number(day(deal.expectedClose))
            .text(deal.championId ? names.value(*deal.championId) : QString()).text(dealIds.salesforce.value(deal.id))
            .text(dealIds.hubspot.value(deal.id));
        dealsCsv.endRow();
    }

    const QHash<AccountId, QList<Play>> plays = PlayStore(db).all(&problem);
    QList<Play> allPlays;
    for (const QList<Play> &list : plays)
        allPlays += list;
    std::sort(allPlays.begin(), allPlays.end(), [](const Play &a, const Play &b) { return a.id < b.id; });
    CsvWriter playsCsv;
    for (const char *header : {"id", "account_id", "account", "rule", "title", "why", "owner", "created_on", "due_on", "status",
             "snoozed_until", "reason", "closed_on"})
        playsCsv.number(QString::fromLatin1(header));
    playsCsv.endRow();
    for (const Play &play : std::as_const(allPlays)) {
        playsCsv.number(play.id).number(play.accountId == 0 ? QString() : QString::number(play.accountId))
            .text(byId.value(play.accountId).name).number(play.rule).text(play.title).text(play.why).text(ours(play.ownerId))
            .number(day(play.createdOn)).number(day(play.dueOn)).number(keyOf(play.status)).number(day(play.snoozedUntil))
            .text(play.reason).number(day(play.closedOn));
        playsCsv.endRow();
    }

    const QHash<AccountId, QList<ArrChange>> timelines = ArrChangeStore(db).all(&problem);
    QList<ArrChange> changes;
    for (const QList<ArrChange> &timeline : timelines)
        changes += timeline;
    std::sort(changes.begin(), changes.end(), [](const ArrChange &a, const ArrChange &b) { return a.id < b.id; });
    CsvWriter arrCsv;
    for (const char *header : {"id", "account_id", "account", "effective_on", "kind", "arr", "currency", "note"})
        arrCsv.number(QString::fromLatin1(header));
    arrCsv.endRow();
    for (const ArrChange &change : std::as_const(changes)) {
        arrCsv.number(change.id).number(change.accountId).text(byId.value(change.accountId).name).number(day(change.on))
            .number(keyOf(change.kind)).money(change.arr).number(byId.value(change.accountId).currency).text(change.note);
        arrCsv.endRow();
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    return {{QStringLiteral("accounts.csv"), accountsCsv.take()}, {QStringLiteral("people.csv"), peopleCsv.take()},
        {QStringLiteral("opportunities.csv"), dealsCsv.take()}, {QStringLiteral("plays.csv"), playsCsv.take()},
        {QStringLiteral("arr_changes.csv"), arrCsv.take()}};
}

} // namespace keyplan
