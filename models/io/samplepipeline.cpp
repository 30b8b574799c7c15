#include "io/samplepipeline.h"

#include "io/portfoliodata.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyplan {

namespace {

constexpr MinorUnits minorPerMajor = 100;

MinorUnits money(const QJsonValue &value)
{
    return MinorUnits(value.toInteger()) * minorPerMajor;
}

// "S|revenue", "O|potential[|competitor|their spend]", "P|n" (opportunity n of the account), "-".
WhitespaceCell parseCell(const QString &text, const QList<Opportunity> &opportunities)
{
    WhitespaceCell cell;
    const QStringList parts = text.split(u'|');
    const QString kind = parts.value(0);
    if (kind == u"S") {
        cell.state = CellState::Sold;
        cell.revenue = MinorUnits(parts.value(1).toLongLong()) * minorPerMajor;
    } else if (kind == u"O") {
        cell.state = CellState::Open;
        cell.potential = MinorUnits(parts.value(1).toLongLong()) * minorPerMajor;
        if (parts.size() >= 4) {
            cell.competitor = parts.at(2);
            cell.competitorSpend = MinorUnits(parts.at(3).toLongLong()) * minorPerMajor;
        }
    } else if (kind == u"P") {
        const Opportunity opportunity = opportunities.value(parts.value(1).toInt());
        cell.state = CellState::InPipeline;
        cell.opportunityId = opportunity.id;
        cell.potential = opportunity.amount;
    } else {
        cell.state = CellState::NotApplicable;
    }
    return cell;
}

std::optional<StakeholderId> personNamed(const QList<Stakeholder> &people, const QString &name)
{
    for (const Stakeholder &person : people) {
        if (person.name == name)
            return person.id;
    }
    return std::nullopt;
}

struct Ids
{
    BusinessUnitId unit = 1;
    OpportunityId opportunity = 1;
};

void addAccountPipeline(AccountRecord &record, const QJsonObject &plan,
    const QHash<QString, OfferingId> &offerings, const QDate &asOf, Ids &ids)
{
    QHash<QString, BusinessUnitId> units;
    QList<BusinessUnitId> unitOrder;
    for (const QJsonValue &value : plan.value(QStringLiteral("units")).toArray()) {
        const QJsonArray row = value.toArray();
        BusinessUnit unit;
        unit.id = ids.unit++;
        unit.name = row.at(0).toString();
        unit.kind = unitKindFromKey(row.at(1).toString()).value_or(UnitKind::BusinessUnit);
        units.insert(unit.name, unit.id);
        unitOrder.append(unit.id);
        record.businessUnits.append(unit);
    }

    for (const QJsonValue &value : plan.value(QStringLiteral("opportunities")).toArray()) {
        const QJsonObject object = value.toObject();
        Opportunity opportunity;
        opportunity.id = ids.opportunity++;
        opportunity.motion = expansionMotionFromKey(object.value(QStringLiteral("motion")).toString())
                                 .value_or(ExpansionMotion::CrossSell);
        opportunity.title = object.value(QStringLiteral("title")).toString();
        const QString offering = object.value(QStringLiteral("offering")).toString();
        if (offerings.contains(offering))
            opportunity.offeringId = offerings.value(offering);
        const QString unit = object.value(QStringLiteral("unit")).toString();
        if (units.contains(unit))
            opportunity.businessUnitId = units.value(unit);
        opportunity.amount = money(object.value(QStringLiteral("amount")));
        opportunity.stage = opportunityStageFromKey(object.value(QStringLiteral("stage")).toString())
                                .value_or(OpportunityStage::Identified);
        opportunity.probability = defaultProbability(opportunity.stage);
        opportunity.expectedClose = asOf.addDays(object.value(QStringLiteral("close_in_days")).toInt());
        opportunity.championId
            = personNamed(record.stakeholders, object.value(QStringLiteral("champion")).toString());
        const QString checks = object.value(QStringLiteral("checks")).toString();
        const QJsonObject notes = object.value(QStringLiteral("notes")).toObject();
        for (const DecisionCheck check : allDecisionChecks) {
            const auto index = std::size_t(check);
            opportunity.checklist[index].met
                = qsizetype(index) < checks.size() && checks.at(qsizetype(index)) == u'Y';
            opportunity.checklist[index].note = notes.value(keyOf(check)).toString();
        }
        record.opportunities.append(opportunity);
    }

    const QJsonObject matrix = plan.value(QStringLiteral("matrix")).toObject();
    for (auto it = matrix.constBegin(); it != matrix.constEnd(); ++it) {
        const QJsonArray row = it.value().toArray();
        for (qsizetype column = 0; column < row.size() && column < unitOrder.size(); ++column) {
            WhitespaceCell cell = parseCell(row.at(column).toString(), record.opportunities);
            cell.offeringId = offerings.value(it.key());
            cell.businessUnitId = unitOrder.at(column);
            record.cells.append(cell);
        }
    }
}

} // namespace

void addSamplePipeline(PortfolioData &data, const QDate &asOf)
{
    QFile file(QStringLiteral(":/sample/pipeline.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject sample = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, OfferingId> offeringIds;
    for (const QJsonValue &value : sample.value(QStringLiteral("offerings")).toArray()) {
        const QJsonArray row = value.toArray();
        Offering offering;
        offering.id = data.offerings.size() + 1;
        offering.name = row.at(0).toString();
        offering.kind = offeringKindFromKey(row.at(1).toString()).value_or(OfferingKind::Product);
        offering.category = row.at(2).toString();
        offering.listPrice = money(row.at(3));
        offeringIds.insert(offering.name, offering.id);
        data.offerings.append(offering);
    }
    const QJsonObject accounts = sample.value(QStringLiteral("accounts")).toObject();
    Ids ids;
    for (PortfolioAccount &entry : data.accounts) {
        const QString name = entry.record.account.name;
        if (accounts.contains(name))
            addAccountPipeline(entry.record, accounts.value(name).toObject(), offeringIds, asOf, ids);
    }
}

} // namespace keyplan
