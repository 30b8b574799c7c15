#include "io/syntheticportfolio.h"

#include "domain/month.h"

#include <QRandomGenerator>

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
        data.team.append({0, QString::fromLatin1(name), {}, QStringLiteral("Key Account Manager")});

    QRandomGenerator random(20261123u + quint32(accounts));
    const QDate lastMonth = firstOfMonth(asOf).addMonths(-1);
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
        account.currency = data.currency;
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

        // Revenue: a base by segment, then monthly moves: expansion, downgrade, or churn.
        const qint64 base = account.segment == Segment::Enterprise ? 100000 + random.bounded(400000)
            : account.segment == Segment::MidMarket                ? 20000 + random.bounded(80000)
                                                                   : 3000 + random.bounded(15000);
        const int startAgo = random.bounded(5) == 0 ? random.bounded(23) : 23; // some accounts are new
        MinorUnits value = base * 100;
        for (int ago = startAgo; ago >= 0; --ago) {
            const int roll = random.bounded(100);
            if (roll < 6)
                value += value / 5; // expansion
            else if (roll < 9)
                value -= value / 6; // downgrade
            else if (roll == 9 && ago < 18 && random.bounded(4) == 0)
                value = 0; // churn
            entry.record.revenue.append({0, lastMonth.addMonths(-ago), value});
            if (value == 0)
                break;
        }
        account.arr = entry.record.revenue.constLast().month == lastMonth
            ? entry.record.revenue.constLast().recurring
            : 0;
        data.accounts.append(entry);
    }
    return data;
}

} // namespace keyplan
