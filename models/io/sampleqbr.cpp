#include "io/sampleqbr.h"

#include "io/portfoliodata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyplan {

namespace {

QDate daysFrom(const QDate &asOf, const QJsonValue &days)
{
    return days.isNull() || days.isUndefined() ? QDate() : asOf.addDays(days.toInt());
}

// The account as it stood when the last review was held: contacts and map reviews at the same
// pace as now, the people who joined since are not on
// the map yet, relationships and support are as they were, opportunities at their stage and
// amount then, and the ones opened since did not exist (their cells were open whitespace).
AccountRecord recordThen(
    const AccountRecord &now, const QJsonObject &held, const QDate &heldOn, const QDate &asOf)
{
    AccountRecord then = now;
    // The sample keeps only each person's last contact; contacts came at the same pace then.
    const qint64 shift = heldOn.daysTo(asOf);
    for (Touchpoint &touchpoint : then.touchpoints) {
        if (touchpoint.on > heldOn)
            touchpoint.on = touchpoint.on.addDays(-shift);
    }
    for (MapReview &review : then.reviews) {
        if (review.on > heldOn)
            review.on = review.on.addDays(-shift);
    }
    const QJsonArray added = held.value(QStringLiteral("added_since")).toArray();
    then.stakeholders.removeIf([&](const Stakeholder &person) { return added.contains(person.name); });
    const QJsonObject relationships = held.value(QStringLiteral("relationship")).toObject();
    const QJsonObject support = held.value(QStringLiteral("support")).toObject();
    for (Stakeholder &person : then.stakeholders) {
        if (relationships.contains(person.name))
            person.relationship = relationshipFromKey(relationships.value(person.name).toString())
                                      .value_or(person.relationship);
        if (support.contains(person.name))
            person.support
                = supportLevelFromKey(support.value(person.name).toString()).value_or(person.support);
    }
    const QJsonObject deals = held.value(QStringLiteral("opportunities")).toObject();
    for (Opportunity &opportunity : then.opportunities) {
        if (!deals.contains(opportunity.title))
            continue;
        const QJsonArray was = deals.value(opportunity.title).toArray();
        opportunity.stage = opportunityStageFromKey(was.at(0).toString()).value_or(opportunity.stage);
        opportunity.amount = MinorUnits(was.at(1).toInteger()) * 100;
    }
    const QJsonArray opened = held.value(QStringLiteral("new_opportunities")).toArray();
    for (const Opportunity &opportunity : now.opportunities) {
        if (!opened.contains(opportunity.title))
            continue;
        for (WhitespaceCell &cell : then.cells) {
            if (cell.opportunityId == opportunity.id) {
                cell.state = CellState::Open;
                cell.opportunityId.reset();
                cell.potential = opportunity.amount;
            }
        }
    }
    then.opportunities.removeIf([&](const Opportunity &o) { return opened.contains(o.title); });
    return then;
}

void addAccountQbrs(
    AccountRecord &record, const QJsonObject &plan, const QList<TeamMember> &team, const QDate &asOf)
{
    for (const QJsonValue &value : plan.value(QStringLiteral("outcomes")).toArray()) {
        const QJsonArray row = value.toArray();
        ValueOutcome outcome;
        outcome.achievedOn = asOf.addDays(-row.at(0).toInt());
        outcome.metric = row.at(1).toString();
        outcome.before = row.at(2).toDouble();
        outcome.after = row.at(3).toDouble();
        outcome.unit = row.at(4).toString();
        outcome.note = row.at(5).toString();
        record.valueOutcomes.append(outcome);
    }
    for (const QJsonValue &value : plan.value(QStringLiteral("risks")).toArray()) {
        const QJsonArray row = value.toArray();
        Risk risk;
        risk.title = row.at(0).toString();
        risk.severity = riskSeverityFromKey(row.at(1).toString()).value_or(RiskSeverity::Medium);
        risk.status = riskStatusFromKey(row.at(2).toString()).value_or(RiskStatus::Open);
        risk.remediation = row.at(3).toString();
        risk.ownerId = teamMemberNamed(team, row.at(4).toString());
        risk.raisedOn = asOf.addDays(-row.at(5).toInt());
        risk.dueOn = daysFrom(asOf, row.at(6));
        record.risks.append(risk);
    }
    for (const QJsonValue &value : plan.value(QStringLiteral("steps")).toArray()) {
        const QJsonArray row = value.toArray();
        record.nextSteps.append({0, 0, row.at(0).toString(), row.at(1).toString(), daysFrom(asOf, row.at(2)),
            row.at(3).toBool(), 1});
    }
    const QJsonObject held = plan.value(QStringLiteral("held")).toObject();
    if (held.isEmpty())
        return;
    Qbr qbr;
    qbr.heldOn = asOf.addDays(-held.value(QStringLiteral("days_ago")).toInt());
    qbr.periodStart = qbr.heldOn.addMonths(-3).addDays(1);
    qbr.periodEnd = qbr.heldOn;
    qbr.ourTeam = held.value(QStringLiteral("our_team")).toString();
    qbr.attendees = held.value(QStringLiteral("attendees")).toString();
    const AccountRecord then = recordThen(record, held, qbr.heldOn, asOf);
    qbr.snapshot = takeQbrSnapshot(then, qbr.heldOn, CoverageSettings {});
    for (const Opportunity &opportunity : then.opportunities) {
        if (opportunity.isOpen() && qbr.chosenOpportunities.size() < qbrOpportunityLimit)
            qbr.chosenOpportunities.append(opportunity.id);
    }
    record.qbrs.append(qbr);
}

} // namespace

void addSampleQbrs(PortfolioData &data, const QDate &asOf)
{
    QFile file(QStringLiteral(":/sample/qbr.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject accounts
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("accounts")).toObject();
    for (PortfolioAccount &entry : data.accounts) {
        const QString name = entry.record.account.name;
        if (accounts.contains(name))
            addAccountQbrs(entry.record, accounts.value(name).toObject(), data.team, asOf);
    }
}

} // namespace keyplan
