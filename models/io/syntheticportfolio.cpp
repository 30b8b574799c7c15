#include "io/syntheticportfolio.h"

#include "domain/month.h"
#include "io/syntheticlivingplan.h"
#include "io/syntheticpipeline.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace keyplan {
namespace {

constexpr std::array firstWords {"Northgate", "Albion", "Meridian", "Calder", "Pennine", "Harbour",
    "Brightwater", "Kestrel", "Oakridge", "Sable", "Lumen", "Thameside", "Greenfield", "Vantage", "Redwood",
    "Copperline", "Bluebell", "Atlas", "Fenwick", "Quayside", "Summit", "Orchard", "Ironbridge", "Cobalt",
    "Willow", "Marlow", "Hillcrest", "Penrose"};
constexpr std::array secondWords {"Logistics", "Health", "Retail", "Foods", "Care", "Leisure", "Utilities",
    "Aviation", "Academies", "Security", "Hotels", "Council", "Dairies", "Services", "Pharmacies",
    "Engineering", "Nurseries", "Facilities", "Partners", "Ports", "Fitness", "Veterinary", "Construction",
    "Data"};
constexpr std::array regions {"London", "South East", "South West", "Midlands", "North West", "North East",
    "Yorkshire", "Scotland", "Wales", "East of England"};
constexpr std::array teamNames {"Priya Shah", "Tom Whitaker", "Aisha Okafor", "Daniel Meyer",
    "Sofia Lindqvist", "Marcus Bell", "Hannah Cole", "Ravi Patel", "Chloe Martin", "Owen Price", "Lena Vogel",
    "Samuel Adeyemi"};

} // namespace

PortfolioData syntheticPortfolio(int accounts, const QDate &asOf)
{
    PortfolioData data;
    data.name = QStringLiteral("Synthetic portfolio (%1 accounts)").arg(accounts);
    data.currency = QStringLiteral("GBP");
    for (const char *name : teamNames)
        data.team.append({0, QString::fromLatin1(name), {}, QStringLiteral("Key Account Manager"), {}});

    QRandomGenerator random(20261123u + quint32(accounts));
    const QDate lastMonth = firstOfMonth(asOf).addMonths(-1);
    // A rate a month for each foreign currency, over the three years.
    for (int ago = 36; ago >= 0; --ago) {
        const QDate on = lastMonth.addMonths(-ago);
        data.rates.append({0, QStringLiteral("USD"), data.currency, on, 760'000'000 + random.bounded(60'000'000)});
        data.rates.append({0, QStringLiteral("EUR"), data.currency, on, 840'000'000 + random.bounded(40'000'000)});
    }
    for (int i = 0; i < accounts; ++i) {
        PortfolioAccount entry;
        Account &account = entry.record.account;
        account.name = QStringLiteral("%1 %2 %3")
                           .arg(QLatin1StringView(firstWords.at(random.bounded(int(firstWords.size())))),
                               QLatin1StringView(secondWords.at(random.bounded(int(secondWords.size())))))
                           .arg(i + 1);
        const int segmentRoll = random.bounded(10);
        account.segment = segmentRoll < 3 ? Segment::Enterprise
            : segmentRoll < 7             ? Segment::MidMarket
                                          : Segment::Smb;
        account.tier = allTiers[random.bounded(4)];
        account.isKey = i % 8 == 0;
        account.industry = QLatin1StringView(secondWords.at(random.bounded(int(secondWords.size()))));
        account.region = QLatin1StringView(regions.at(random.bounded(int(regions.size()))));
        account.employees = account.segment == Segment::Enterprise ? 2000 + random.bounded(20000)
            : account.segment == Segment::MidMarket                ? 200 + random.bounded(3000)
                                                                   : 10 + random.bounded(250);
        const int currencyRoll = random.bounded(20);
        account.currency = currencyRoll < 2 ? QStringLiteral("USD")
            : currencyRoll < 3              ? QStringLiteral("EUR")
                                            : data.currency;
        account.renewalDate = lastMonth.addMonths(1 + random.bounded(18)).addDays(random.bounded(28));
        account.notes = QStringLiteral("Generated account %1.").arg(i + 1);
        entry.ownerName = QLatin1StringView(teamNames.at(random.bounded(int(teamNames.size()))));

        // Stage history: a walk up the stages, sometimes ending in uncoupling.
        const int steps = 1 + random.bounded(4);
        std::optional<Stage> previous;
        int stageIndex = random.bounded(2);
        for (int s = 0; s < steps; ++s) {
            const Stage to = (s == steps - 1 && random.bounded(12) == 0) ? Stage::UncouplingKam
                                                                         : allStages[std::min(stageIndex, 4)];
            const QDate on = lastMonth.addMonths(-(30 - s * 7)).addDays(random.bounded(27));
            entry.record.stageChanges.append(
                {0, 0, previous, to, on, QStringLiteral("Generated step %1").arg(s + 1)});
            previous = to;
            stageIndex += 1;
        }
        account.stage = previous.value_or(Stage::PreKam);

        // ARR: new business at a base by segment, then dated changes over 36 months: expansion by
        // motion, contraction, churn and, now and then, reactivation.
        const qint64 base = account.segment == Segment::Enterprise ? 100000 + random.bounded(400000)
            : account.segment == Segment::MidMarket                ? 20000 + random.bounded(80000)
                                                                   : 3000 + random.bounded(15000);
        const int startAgo = random.bounded(5) == 0 ? random.bounded(35) : 35; // some accounts are new
        MinorUnits value = base * 100;
        QList<ArrChange> &timeline = entry.record.arrChanges;
        timeline.append({0, 0, lastMonth.addMonths(-startAgo).addDays(random.bounded(27)), ArrChangeKind::New,
            value, QString(), std::nullopt, 1});
        MinorUnits lastPaid = value;
        // About a third are billed on usage: their ARR moves most months, up or down a little.
        const bool usageBilled = random.bounded(3) == 0;
        for (int ago = startAgo - 1; ago >= 0; --ago) {
            const int roll = random.bounded(100);
            const QDate on = lastMonth.addMonths(-ago).addDays(random.bounded(27));
            if (usageBilled && value > 0 && roll >= 10) {
                const MinorUnits step = value / 40 + 100;
                const bool up = random.bounded(3) != 0;
                value = up ? value + step : std::max<MinorUnits>(100, value - step);
                timeline.append({0, 0, on, up ? ArrChangeKind::UsageGrowth : ArrChangeKind::Contraction, value, {},
                    std::nullopt, 1});
                continue;
            }
            if (value == 0) {
                if (roll < 4) {
                    value = lastPaid;
                    timeline.append({0, 0, on, ArrChangeKind::Reactivation, value, {}, std::nullopt, 1});
                }
            } else if (roll < 6) {
                value += value / 5;
                timeline.append({0, 0, on, allArrChangeKinds[1 + random.bounded(5)], value, {}, std::nullopt, 1});
            } else if (roll < 9) {
                value -= value / 6;
                timeline.append({0, 0, on, ArrChangeKind::Contraction, value, {}, std::nullopt, 1});
            } else if (roll == 9 && random.bounded(4) == 0) {
                lastPaid = value;
                value = 0;
                timeline.append({0, 0, on, ArrChangeKind::Churn, 0, {}, std::nullopt, 1});
            }
        }
        account.arr = arrOn(timeline, asOf);
        data.accounts.append(entry);
    }
    addSyntheticPipeline(data, asOf, 4242u + quint32(accounts));
    addSyntheticLivingPlan(data, asOf, 4343u + quint32(accounts));
    return data;
}

} // namespace keyplan

namespace keyplan {

namespace {

constexpr std::array givenNames {"Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Arthur",
    "Grace", "Leo", "Freya", "Oscar", "Lily", "Harry", "Zara", "Kwame", "Mei", "Tomasz", "Ines", "Rahul",
    "Yusuf", "Chiara", "Sean", "Nadia"};
constexpr std::array familyNames {"Patel", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans",
    "Thomas", "Roberts", "Khan", "Walker", "Wright", "Nowak", "Okoro", "Chen", "Murphy", "Hughes", "Edwards",
    "Green", "Lewis", "Hall", "Moreau", "Silva", "Sato"};
constexpr std::array titles {"Director", "Head of Operations", "Regional Manager", "Finance Manager",
    "IT Lead", "Procurement Manager", "Team Leader", "Analyst", "Site Manager", "Project Manager",
    "HR Business Partner", "Engineer"};
constexpr std::array departments {"Operations", "Finance", "IT", "Procurement", "HR", "Sales", "Facilities"};

} // namespace

AccountRecord syntheticStakeholderMap(int people, const QDate &asOf, qint64 firstId, quint32 seed)
{
    AccountRecord map;
    QRandomGenerator random(seed * 7919u + quint32(people));
    QList<int> depth;
    for (int i = 0; i < people; ++i) {
        Stakeholder person;
        person.id = firstId + i;
        person.name = QStringLiteral("%1 %2 %3")
                          .arg(QString::fromLatin1(givenNames[random.bounded(int(givenNames.size()))]),
                              QString::fromLatin1(familyNames[random.bounded(int(familyNames.size()))]))
                          .arg(i + 1);
        person.title = QString::fromLatin1(titles[random.bounded(int(titles.size()))]);
        person.department = QString::fromLatin1(departments[random.bounded(int(departments.size()))]);
        int level = 0;
        // Everyone but the first and about one in forty reports to someone already on the map,
        // preferring managers near the top, as real organisations fan out.
        if (i > 0 && random.bounded(40) != 0) {
            int manager = int(random.bounded(i));
            for (int tries = 0; tries < 2 && depth.at(manager) > 3; ++tries)
                manager = int(random.bounded(i));
            person.reportsTo = firstId + manager;
            level = depth.at(manager) + 1;
        }
        depth.append(level);
        person.layer = level == 0 ? BuyingLayer::ExecutiveSponsor
            : level == 1 ? (random.bounded(3) == 0 ? BuyingLayer::EconomicBuyer : BuyingLayer::UsersAndAdmins)
            : random.bounded(3) == 0 ? BuyingLayer::Other
                                     : BuyingLayer::UsersAndAdmins;
        person.role = allDecisionRoles[random.bounded(int(std::size(allDecisionRoles)))];
        person.support = allSupportLevels[random.bounded(int(std::size(allSupportLevels)))];
        person.influence = allInfluences[random.bounded(int(std::size(allInfluences)))];
        person.relationship = allRelationships[random.bounded(int(std::size(allRelationships)))];
        if (random.bounded(4) != 0)
            person.ourOwnerId = 1 + random.bounded(5);
        if (random.bounded(30) == 0)
            person.leftOn = asOf.addDays(-random.bounded(200));
        map.stakeholders.append(person);
    }
    for (int i = 0; i < people / 15; ++i) {
        StakeholderLink link;
        link.id = firstId + i;
        link.from = firstId + random.bounded(people);
        link.to = firstId + random.bounded(people);
        if (link.from == link.to)
            continue;
        link.kind = random.bounded(2) == 0 ? LinkKind::DottedLine : LinkKind::Influence;
        link.label = link.kind == LinkKind::Influence ? QStringLiteral("trusted adviser") : QString();
        map.links.append(link);
    }
    for (int i = 0; i < people / 2; ++i) {
        Touchpoint touchpoint;
        touchpoint.id = firstId + i;
        touchpoint.on = asOf.addDays(-random.bounded(180));
        touchpoint.stakeholders = {firstId + random.bounded(people)};
        touchpoint.kind = allTouchpointKinds[random.bounded(int(std::size(allTouchpointKinds)))];
        map.touchpoints.append(touchpoint);
    }
    map.reviews.append(MapReview {firstId, 0, asOf.addDays(-40), std::nullopt});
    return map;
}

} // namespace keyplan
