#include "io/sampleportfolio.h"
#include "storage/planinfostore.h"
#include "storage/sqldialect.h"
#include "storage/plandatabase.h"

#include "domain/accountrecord.h"
#include "domain/month.h"
#include "domain/teammember.h"
#include "io/portfoliodata.h"
#include "io/samplelivingplan.h"
#include "io/samplepipeline.h"
#include "io/sampleqbr.h"
#include "io/syntheticportfolio.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace keyplan {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class SamplePortfolioText
{
    Q_DECLARE_TR_FUNCTIONS(SamplePortfolio)
};

QJsonObject loadJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The ARR timeline from the sample's steps: [monthsAgo, arr, kind, note] means "from the first of
// that month on, this ARR", recorded as that kind of change.
QList<ArrChange> sampleTimeline(const QJsonArray &steps, const QDate &lastMonth)
{
    QList<ArrChange> timeline;
    for (const QJsonValue &value : steps) {
        const QJsonArray step = value.toArray();
        ArrChange change;
        change.on = lastMonth.addMonths(-step.at(0).toInt());
        change.arr = MinorUnits(step.at(1).toInteger()) * 100;
        change.kind = arrChangeKindFromKey(step.at(2).toString()).value_or(ArrChangeKind::Expansion);
        change.note = step.at(3).toString();
        timeline.append(change);
    }
    return timeline;
}

// Every won opportunity that has closed is in the account's ARR from its close date, attributed to
// its motion: the way a user records a win.
void addWonOpportunities(PortfolioData &data, const QDate &asOf)
{
    for (PortfolioAccount &entry : data.accounts) {
        AccountRecord &record = entry.record;
        for (const Opportunity &opportunity : std::as_const(record.opportunities)) {
            if (opportunity.stage != OpportunityStage::Won || opportunity.expectedClose > asOf)
                continue;
            ArrChange change;
            change.on = opportunity.expectedClose;
            change.arr = arrOn(record.arrChanges, change.on) + opportunity.amount;
            change.kind = kindFor(opportunity.motion);
            change.note = SamplePortfolioText::tr("Won: %1").arg(opportunity.title);
            change.opportunityId = opportunity.id;
            record.arrChanges.append(change);
            sortTimeline(record.arrChanges);
            // What was won is sold: its cell of the matrix carries the revenue (a price rise with
            // no cell of its own goes to the largest sold cell).
            WhitespaceCell *target = nullptr;
            for (WhitespaceCell &cell : record.cells) {
                if (cell.offeringId == opportunity.offeringId && cell.businessUnitId == opportunity.businessUnitId)
                    target = &cell;
            }
            for (WhitespaceCell &cell : record.cells) {
                if (!target && cell.state == CellState::Sold && cell.revenue > 0)
                    target = &cell;
                else if (target && target->state == CellState::Sold && cell.state == CellState::Sold
                    && cell.revenue > target->revenue && !(target->offeringId == opportunity.offeringId
                        && target->businessUnitId == opportunity.businessUnitId))
                    target = &cell;
            }
            if (target) {
                target->revenue = (target->state == CellState::Sold ? target->revenue : 0) + opportunity.amount;
                target->state = CellState::Sold;
                target->opportunityId.reset();
            }
        }
    }
}

// One account's map from stakeholders.json: people with their reporting lines, links, a
// touchpoint for each day someone was last met, and the last review.
void addSampleMap(PortfolioAccount &entry, const QJsonObject &map, const QList<TeamMember> &team,
    const QDate &asOf, StakeholderId &nextPerson)
{
    const StakeholderId first = nextPerson;
    QMap<int, Touchpoint> byDay; // days ago -> the meeting that day
    const QJsonArray people = map.value(QStringLiteral("people")).toArray();
    for (const QJsonValue &value : people) {
        const QJsonArray row = value.toArray();
        Stakeholder person;
        person.id = nextPerson++;
        person.name = row.at(0).toString();
        person.title = row.at(1).toString();
        person.department = row.at(2).toString();
        if (!row.at(3).isNull())
            person.reportsTo = first + row.at(3).toInt();
        person.layer = buyingLayerFromKey(row.at(4).toString()).value_or(BuyingLayer::Other);
        person.role = decisionRoleFromKey(row.at(5).toString()).value_or(DecisionRole::User);
        person.support = supportLevelFromKey(row.at(6).toString()).value_or(SupportLevel::Neutral);
        person.influence = influenceFromKey(row.at(7).toString()).value_or(Influence::Medium);
        person.relationship = relationshipFromKey(row.at(8).toString()).value_or(Relationship::None);
        person.ourOwnerId = teamMemberNamed(team, row.at(9).toString());
        person.desiredRelationship
            = person.influence == Influence::High ? Relationship::Strong : Relationship::Warm;
        if (!row.at(11).isNull())
            person.leftOn = asOf.addDays(-row.at(11).toInt());
        if (!row.at(10).isNull()) {
            const int daysAgo = row.at(10).toInt();
            Touchpoint &touchpoint = byDay[daysAgo];
            touchpoint.on = asOf.addDays(-daysAgo);
            touchpoint.kind = daysAgo % 3 == 0 ? TouchpointKind::Call : TouchpointKind::Meeting;
            if (person.ourOwnerId && !touchpoint.ourMembers.contains(*person.ourOwnerId))
                touchpoint.ourMembers.append(*person.ourOwnerId);
            touchpoint.stakeholders.append(person.id);
        }
        entry.record.stakeholders.append(person);
    }
    const QJsonArray links = map.value(QStringLiteral("links")).toArray();
    for (const QJsonValue &value : links) {
        const QJsonArray row = value.toArray();
        entry.record.links.append({0, 0, first + row.at(0).toInt(), first + row.at(1).toInt(),
            linkKindFromKey(row.at(2).toString()).value_or(LinkKind::Influence), row.at(3).toString()});
    }
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        entry.record.touchpoints.prepend(it.value()); // oldest first
    if (map.contains(QStringLiteral("reviewed")))
        entry.record.reviews.append({0, 0, asOf.addDays(-map.value(QStringLiteral("reviewed")).toInt()),
            teamMemberNamed(team, entry.ownerName)});
}

PortfolioData sampleData(const QDate &asOf)
{
    PortfolioData data;
    const QJsonObject sample = loadJson(QStringLiteral(":/sample/portfolio.json"));
    const QJsonObject maps
        = loadJson(QStringLiteral(":/sample/stakeholders.json")).value(QStringLiteral("maps")).toObject();
    StakeholderId nextPerson = 1;
    data.name = sample.value(QStringLiteral("name")).toString();
    data.currency = sample.value(QStringLiteral("currency")).toString();
    data.fiscalYearStart = sample.value(QStringLiteral("fiscal_year_start")).toInt(1);
    const QDate lastMonth = firstOfMonth(asOf).addMonths(-1);
    const QJsonArray rates = sample.value(QStringLiteral("rates")).toArray();
    for (const QJsonValue &value : rates) {
        const QJsonArray rate = value.toArray();
        data.rates.append({0, rate.at(0).toString(), rate.at(1).toString(),
            lastMonth.addMonths(-rate.at(2).toInt()), parseRate(rate.at(3).toString(), QLocale::c()).value_or(rateScale)});
    }
    const QJsonArray team = sample.value(QStringLiteral("team")).toArray();
    for (const QJsonValue &value : team) {
        const QJsonObject member = value.toObject();
        // Explicit ids, so the maps below can name their owners before anything is written.
        data.team.append({data.team.size() + 1, member.value(QStringLiteral("name")).toString(),
            member.value(QStringLiteral("email")).toString(),
            member.value(QStringLiteral("role")).toString(),
            QDate::fromString(member.value(QStringLiteral("left_on")).toString(), Qt::ISODate)});
    }
    const QJsonArray accounts = sample.value(QStringLiteral("accounts")).toArray();
    for (const QJsonValue &value : accounts) {
        const QJsonObject object = value.toObject();
        PortfolioAccount entry;
        Account &account = entry.record.account;
        account.name = object.value(QStringLiteral("name")).toString();
        account.segment
            = segmentFromKey(object.value(QStringLiteral("segment")).toString()).value_or(Segment::MidMarket);
        account.tier = tierFromKey(object.value(QStringLiteral("tier")).toString()).value_or(Tier::Standard);
        account.isKey = object.value(QStringLiteral("key")).toBool();
        account.industry = object.value(QStringLiteral("industry")).toString();
        account.region = object.value(QStringLiteral("region")).toString();
        account.employees = object.value(QStringLiteral("employees")).toInt();
        account.currency = object.value(QStringLiteral("currency")).toString(data.currency);
        account.notes = object.value(QStringLiteral("notes")).toString();
        const QJsonValue renewal = object.value(QStringLiteral("renewal"));
        if (!renewal.isNull())
            account.renewalDate = firstOfMonth(asOf).addMonths(renewal.toInt()).addDays(14);
        entry.ownerName = object.value(QStringLiteral("owner")).toString();

        std::optional<Stage> previous;
        const QJsonArray stages = object.value(QStringLiteral("stages")).toArray();
        for (const QJsonValue &stageValue : stages) {
            const QJsonArray step = stageValue.toArray();
            const Stage to = stageFromKey(step.at(1).toString()).value_or(Stage::PreKam);
            const QDate on = lastMonth.addMonths(-step.at(0).toInt()).addDays(9);
            entry.record.stageChanges.append({0, 0, previous, to, on, step.at(2).toString()});
            previous = to;
        }
        account.stage = previous.value_or(Stage::PreKam);
        entry.record.arrChanges = sampleTimeline(object.value(QStringLiteral("revenue")).toArray(), lastMonth);
        if (maps.contains(account.name))
            addSampleMap(entry, maps.value(account.name).toObject(), data.team, asOf, nextPerson);
        data.accounts.append(entry);
    }
    addSamplePipeline(data, asOf);
    addWonOpportunities(data, asOf);
    for (PortfolioAccount &entry : data.accounts)
        entry.record.account.arr = arrOn(entry.record.arrChanges, asOf);
    addSampleQbrs(data, asOf);
    addSampleLivingPlan(data, asOf); // its goals link the value delivered and the opportunities
    return data;
}

} // namespace

int sampleAccountCount()
{
    return int(loadJson(QStringLiteral(":/sample/portfolio.json"))
                   .value(QStringLiteral("accounts"))
                   .toArray()
                   .size());
}

bool writeSamplePortfolio(PlanDatabase &plan, const SampleOptions &options, QString *error)
{
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const PortfolioData data = options.accounts > sampleAccountCount()
        ? syntheticPortfolio(options.accounts, asOf)
        : sampleData(asOf);
    if (data.accounts.isEmpty()) {
        if (error)
            *error = SamplePortfolioText::tr("the sample portfolio could not be read");
        return false;
    }
    // Marked as the sample, so that nobody mistakes its fictional customers for their own.
    // Its rows carry their ids: a team plan's identities then follow the highest.
    return writePortfolio(plan, data, error)
        && PlanInfoStore(plan.connection()).setValue(PlanInfoStore::sampleKey, QStringLiteral("1"), error)
        && sql::resetIdentities(plan.connection(), error);
}

} // namespace keyplan
