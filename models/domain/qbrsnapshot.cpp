#include "domain/qbrsnapshot.h"

#include "domain/percent.h"
#include "domain/accountrecord.h"
#include "domain/month.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace keyplan {
namespace {

class QbrChangeText
{
    Q_DECLARE_TR_FUNCTIONS(QbrChange)
};

Stage stageOn(const AccountRecord &record, const QDate &day)
{
    std::optional<Stage> stage;
    for (const StageChange &change : record.stageChanges) {
        if (change.changedOn <= day)
            stage = change.to;
    }
    if (stage)
        return *stage;
    if (!record.stageChanges.isEmpty()) // every move came later: where the first one started
        return record.stageChanges.constFirst().from.value_or(record.stageChanges.constFirst().to);
    return record.account.stage;
}

MinorUnits revenueOn(const AccountRecord &record, const QDate &day)
{
    return arrOn(record.arrChanges, day);
}

QString percentText(std::optional<double> value, const QLocale &locale)
{
    if (!value)
        return QbrChangeText::tr("none measured");
    return formatPercent(value, locale); // the document's one rounding
}

QString seatsText(const QStringList &seats)
{
    QStringList names;
    for (const QString &seat : seats)
        names.append(seatName(seat));
    return names.isEmpty() ? QbrChangeText::tr("none") : names.join(QStringLiteral(", "));
}

QString dealText(const QbrSnapshot::Deal &deal, const QString &currency, const QLocale &locale)
{
    return QbrChangeText::tr("%1, %2").arg(
        displayName(deal.stage), formatMoney(deal.amount, currency, locale));
}

} // namespace

QbrSnapshot takeQbrSnapshot(
    const AccountRecord &record, const QDate &day, const CoverageSettings &settings, std::optional<double> health)
{
    QbrSnapshot snapshot;
    snapshot.takenOn = day;
    snapshot.stage = stageOn(record, day);
    snapshot.arr = revenueOn(record, day);
    if (health)
        snapshot.health = std::round(*health * 10) / 10; // one decimal, as printed
    else if (const std::optional<int> tenths = tenthsOn(record.healthHistory, day))
        snapshot.health = *tenths / 10.0;

    QList<Stakeholder> present;
    for (const Stakeholder &person : record.stakeholders) {
        const bool left = person.hasLeft() && person.leftOn <= day;
        snapshot.people.append(
            {person.id, person.name, person.title, person.role, person.relationship, person.support, left});
        if (left)
            continue;
        Stakeholder then = person;
        then.leftOn = QDate(); // still there on that day
        present.append(then);
    }
    QList<Touchpoint> contacts;
    for (const Touchpoint &touchpoint : record.touchpoints) {
        if (touchpoint.on <= day)
            contacts.append(touchpoint);
    }
    QDate lastReview;
    for (const MapReview &review : record.reviews) {
        if (review.on <= day && review.on > lastReview)
            lastReview = review.on;
    }
    const Coverage coverage = computeCoverage(present, contacts, lastReview, day, settings);
    snapshot.coverageDepth = coverage.depth();
    snapshot.relevant = coverage.relevant;
    snapshot.active = coverage.active;
    snapshot.singleThreaded = coverage.singleThreaded;
    snapshot.emptySeats = coverage.emptySeats;

    QHash<OpportunityId, MinorUnits> amounts;
    for (const Opportunity &opportunity : record.opportunities) {
        amounts.insert(opportunity.id, opportunity.amount);
        snapshot.opportunities.append(
            {opportunity.id, opportunity.title, opportunity.stage, opportunity.amount});
    }
    const WhitespaceTotals totals = whitespaceTotals(record.cells, amounts);
    snapshot.whitespaceOpen = totals.total.open;
    snapshot.whitespaceSold = totals.total.sold;
    snapshot.whitespaceInPipeline = totals.total.inPipeline;
    return snapshot;
}

QString displayName(QbrChange::Area area)
{
    switch (area) {
    case QbrChange::Area::People:
        return QbrChangeText::tr("People");
    case QbrChange::Area::Relationships:
        return QbrChangeText::tr("Relationships");
    case QbrChange::Area::Stage:
        return QbrChangeText::tr("Stage");
    case QbrChange::Area::Coverage:
        return QbrChangeText::tr("Coverage");
    case QbrChange::Area::Whitespace:
        return QbrChangeText::tr("Whitespace");
    case QbrChange::Area::Pipeline:
        return QbrChangeText::tr("Pipeline");
    case QbrChange::Area::Revenue:
        return QbrChangeText::tr("Revenue");
    case QbrChange::Area::Health:
        return QbrChangeText::tr("Health");
    }
    return {};
}

QList<QbrChange> customerPeopleChanges(const QbrSnapshot &then, const QbrSnapshot &now)
{
    QHash<StakeholderId, QbrSnapshot::Person> before;
    for (const QbrSnapshot::Person &person : then.people)
        before.insert(person.id, person);
    QList<QbrChange> changes;
    for (const QbrSnapshot::Person &person : now.people) {
        const auto old = before.constFind(person.id);
        const bool wasThere = old != before.cend() && !old->left;
        if (person.left) {
            if (wasThere)
                changes.append({QbrChange::Area::People, person.name, person.title, QbrChangeText::tr("moved on")});
        } else if (!wasThere) {
            if (old == before.cend() || old->left)
                changes.append({QbrChange::Area::People, person.name, QString(),
                    person.title.isEmpty() ? QbrChangeText::tr("joined") : QbrChangeText::tr("joined as %1").arg(person.title)});
        } else if (old->title != person.title) {
            changes.append({QbrChange::Area::People, person.name, old->title, person.title});
        }
    }
    return changes;
}

QList<QbrChange> compareQbrSnapshots(
    const QbrSnapshot &then, const QbrSnapshot &now, const QString &currency, const QLocale &locale)
{
    using Area = QbrChange::Area;
    QList<QbrChange> changes;
    const auto money = [&](MinorUnits amount) { return formatMoney(amount, currency, locale); };

    // People: who joined the map, who is gone; then, for those on both, warmer or colder.
    QHash<StakeholderId, QbrSnapshot::Person> before;
    for (const QbrSnapshot::Person &person : then.people)
        before.insert(person.id, person);
    QHash<StakeholderId, QbrSnapshot::Person> after;
    for (const QbrSnapshot::Person &person : now.people)
        after.insert(person.id, person);
    for (const QbrSnapshot::Person &person : now.people) {
        const auto old = before.constFind(person.id);
        if (person.left) {
            if (old != before.cend() && !old->left)
                changes.append({Area::People, person.name,
                    QbrChangeText::tr("%1, %2").arg(person.title, displayName(person.role)),
                    QbrChangeText::tr("left the company")});
            continue;
        }
        if (old == before.cend() || old->left) {
            changes.append({Area::People, person.name, QString(),
                QbrChangeText::tr("joined the map: %1, %2").arg(person.title, displayName(person.role))});
            continue;
        }
        if (old->relationship != person.relationship)
            changes.append({Area::Relationships, person.name,
                QbrChangeText::tr("relationship %1").arg(displayName(old->relationship)),
                QbrChangeText::tr("relationship %1").arg(displayName(person.relationship))});
        if (old->support != person.support)
            changes.append(
                {Area::Relationships, person.name, displayName(old->support), displayName(person.support)});
        if (old->role != person.role || old->title != person.title)
            changes.append({Area::People, person.name,
                QbrChangeText::tr("%1, %2").arg(old->title, displayName(old->role)),
                QbrChangeText::tr("%1, %2").arg(person.title, displayName(person.role))});
    }
    for (const QbrSnapshot::Person &person : then.people) {
        if (!person.left && !after.contains(person.id))
            changes.append({Area::People, person.name,
                QbrChangeText::tr("%1, %2").arg(person.title, displayName(person.role)),
                QbrChangeText::tr("no longer on the map")});
    }

    if (then.stage != now.stage)
        changes.append({Area::Stage, QbrChangeText::tr("Relationship stage"), displayName(then.stage),
            displayName(now.stage)});

    const auto roundedPercent = [](std::optional<double> value) {
        return value ? std::optional<long long>(std::llround(*value * 100.0)) : std::nullopt;
    };
    if (roundedPercent(then.coverageDepth) != roundedPercent(now.coverageDepth))
        changes.append({Area::Coverage, QbrChangeText::tr("Coverage depth"),
            QbrChangeText::tr("%1 (%2 of %3)")
                .arg(percentText(then.coverageDepth, locale))
                .arg(then.active)
                .arg(then.relevant),
            QbrChangeText::tr("%1 (%2 of %3)")
                .arg(percentText(now.coverageDepth, locale))
                .arg(now.active)
                .arg(now.relevant)});
    if (then.emptySeats != now.emptySeats)
        changes.append({Area::Coverage, QbrChangeText::tr("Empty seats"), seatsText(then.emptySeats),
            seatsText(now.emptySeats)});
    if (then.singleThreaded != now.singleThreaded)
        changes.append({Area::Coverage, QbrChangeText::tr("Single-threaded"),
            then.singleThreaded ? QbrChangeText::tr("yes") : QbrChangeText::tr("no"),
            now.singleThreaded ? QbrChangeText::tr("yes") : QbrChangeText::tr("no")});

    if (then.whitespaceOpen != now.whitespaceOpen)
        changes.append({Area::Whitespace, QbrChangeText::tr("Open whitespace"), money(then.whitespaceOpen),
            money(now.whitespaceOpen)});
    if (then.whitespaceSold != now.whitespaceSold)
        changes.append({Area::Whitespace, QbrChangeText::tr("Sold across the matrix"),
            money(then.whitespaceSold), money(now.whitespaceSold)});

    QHash<OpportunityId, QbrSnapshot::Deal> deals;
    for (const QbrSnapshot::Deal &deal : then.opportunities)
        deals.insert(deal.id, deal);
    QHash<OpportunityId, bool> seen;
    for (const QbrSnapshot::Deal &deal : now.opportunities) {
        seen.insert(deal.id, true);
        if (!deals.contains(deal.id)) {
            changes.append({Area::Pipeline, deal.title, QString(), dealText(deal, currency, locale)});
            continue;
        }
        const QbrSnapshot::Deal &old = deals[deal.id];
        if (old.stage != deal.stage || old.amount != deal.amount || old.title != deal.title)
            changes.append({Area::Pipeline, deal.title, dealText(old, currency, locale),
                dealText(deal, currency, locale)});
    }
    for (const QbrSnapshot::Deal &deal : then.opportunities) {
        if (!seen.contains(deal.id))
            changes.append({Area::Pipeline, deal.title, dealText(deal, currency, locale),
                QbrChangeText::tr("removed from the plan")});
    }

    if (then.arr != now.arr)
        changes.append(
            {Area::Revenue, QbrChangeText::tr("Annual recurring revenue"), money(then.arr), money(now.arr)});
    if (then.health != now.health) {
        const auto score = [&locale](std::optional<double> value) {
            return value ? QbrChangeText::tr("%1 of 10").arg(locale.toString(*value, 'f', 1))
                         : QbrChangeText::tr("not recorded");
        };
        changes.append({Area::Health, QbrChangeText::tr("Health"), score(then.health), score(now.health)});
    }
    return changes;
}

// --- JSON ---

namespace {

QJsonValue optionalNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Money as a string of minor units: exact however large (a JSON number is a double).
QJsonValue moneyValue(MinorUnits amount)
{
    return QString::number(amount);
}

MinorUnits moneyFrom(const QJsonValue &value)
{
    return value.toString().toLongLong();
}

} // namespace

QByteArray qbrSnapshotToJson(const QbrSnapshot &snapshot)
{
    QJsonObject object;
    object.insert(QStringLiteral("taken_on"), snapshot.takenOn.toString(Qt::ISODate));
    object.insert(QStringLiteral("stage"), keyOf(snapshot.stage));
    object.insert(QStringLiteral("arr"), moneyValue(snapshot.arr));
    object.insert(QStringLiteral("health"),
        snapshot.health ? QJsonValue(*snapshot.health) : QJsonValue(QJsonValue::Null));
    QJsonArray people;
    for (const QbrSnapshot::Person &person : snapshot.people)
        people.append(QJsonObject {{QStringLiteral("id"), person.id}, {QStringLiteral("name"), person.name},
            {QStringLiteral("title"), person.title}, {QStringLiteral("role"), keyOf(person.role)},
            {QStringLiteral("relationship"), keyOf(person.relationship)},
            {QStringLiteral("support"), keyOf(person.support)}, {QStringLiteral("left"), person.left}});
    object.insert(QStringLiteral("people"), people);
    object.insert(QStringLiteral("coverage"), optionalNumber(snapshot.coverageDepth));
    object.insert(QStringLiteral("relevant"), snapshot.relevant);
    object.insert(QStringLiteral("active"), snapshot.active);
    object.insert(QStringLiteral("single_threaded"), snapshot.singleThreaded);
    object.insert(QStringLiteral("empty_seats"), QJsonArray::fromStringList(snapshot.emptySeats));
    object.insert(QStringLiteral("whitespace_open"), moneyValue(snapshot.whitespaceOpen));
    object.insert(QStringLiteral("whitespace_sold"), moneyValue(snapshot.whitespaceSold));
    object.insert(QStringLiteral("whitespace_in_pipeline"), moneyValue(snapshot.whitespaceInPipeline));
    QJsonArray deals;
    for (const QbrSnapshot::Deal &deal : snapshot.opportunities)
        deals.append(QJsonObject {{QStringLiteral("id"), deal.id}, {QStringLiteral("title"), deal.title},
            {QStringLiteral("stage"), keyOf(deal.stage)},
            {QStringLiteral("amount"), moneyValue(deal.amount)}});
    object.insert(QStringLiteral("opportunities"), deals);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QbrSnapshot> qbrSnapshotFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    QbrSnapshot snapshot;
    snapshot.takenOn = QDate::fromString(object.value(QStringLiteral("taken_on")).toString(), Qt::ISODate);
    const std::optional<Stage> stage = stageFromKey(object.value(QStringLiteral("stage")).toString());
    if (!snapshot.takenOn.isValid() || !stage)
        return std::nullopt;
    snapshot.stage = *stage;
    snapshot.arr = moneyFrom(object.value(QStringLiteral("arr")));
    if (object.value(QStringLiteral("health")).isDouble())
        snapshot.health = object.value(QStringLiteral("health")).toDouble();
    for (const QJsonValue &value : object.value(QStringLiteral("people")).toArray()) {
        const QJsonObject person = value.toObject();
        snapshot.people.append({person.value(QStringLiteral("id")).toInteger(),
            person.value(QStringLiteral("name")).toString(), person.value(QStringLiteral("title")).toString(),
            decisionRoleFromKey(person.value(QStringLiteral("role")).toString()).value_or(DecisionRole::User),
            relationshipFromKey(person.value(QStringLiteral("relationship")).toString())
                .value_or(Relationship::None),
            supportLevelFromKey(person.value(QStringLiteral("support")).toString())
                .value_or(SupportLevel::Neutral),
            person.value(QStringLiteral("left")).toBool()});
    }
    if (object.value(QStringLiteral("coverage")).isDouble())
        snapshot.coverageDepth = object.value(QStringLiteral("coverage")).toDouble();
    snapshot.relevant = object.value(QStringLiteral("relevant")).toInt();
    snapshot.active = object.value(QStringLiteral("active")).toInt();
    snapshot.singleThreaded = object.value(QStringLiteral("single_threaded")).toBool();
    for (const QJsonValue &seat : object.value(QStringLiteral("empty_seats")).toArray())
        snapshot.emptySeats.append(seat.toString());
    snapshot.whitespaceOpen = moneyFrom(object.value(QStringLiteral("whitespace_open")));
    snapshot.whitespaceSold = moneyFrom(object.value(QStringLiteral("whitespace_sold")));
    snapshot.whitespaceInPipeline = moneyFrom(object.value(QStringLiteral("whitespace_in_pipeline")));
    for (const QJsonValue &value : object.value(QStringLiteral("opportunities")).toArray()) {
        const QJsonObject deal = value.toObject();
        snapshot.opportunities.append(
            {deal.value(QStringLiteral("id")).toInteger(), deal.value(QStringLiteral("title")).toString(),
                opportunityStageFromKey(deal.value(QStringLiteral("stage")).toString())
                    .value_or(OpportunityStage::Identified),
                moneyFrom(deal.value(QStringLiteral("amount")))});
    }
    return snapshot;
}

} // namespace keyplan
