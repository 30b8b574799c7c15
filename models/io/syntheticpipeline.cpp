#include "io/syntheticpipeline.h"

#include "io/portfoliodata.h"

#include <QRandomGenerator>

#include <array>

namespace keyplan {

namespace {

constexpr std::array offeringNames {"Rostering", "Time and Attendance", "Absence and Leave",
    "Demand Forecasting", "Payroll Connector", "Mobile Self-Service", "Compliance Reporting",
    "Enterprise Tier"};
constexpr std::array unitNames {"Head office", "North", "South", "Midlands", "Scotland", "Operations",
    "Finance", "Field service", "Contact centre", "Distribution"};
constexpr std::array competitors {"Rotamaster", "Deputy", "UKG Kronos", "Allocate", "RotaCloud"};

} // namespace

void addSyntheticPipeline(PortfolioData &data, const QDate &asOf, quint32 seed)
{
    QRandomGenerator random(seed);
    for (const char *name : offeringNames) {
        Offering offering;
        offering.id = data.offerings.size() + 1;
        offering.name = QString::fromLatin1(name);
        offering.kind = offering.id == 1 ? OfferingKind::Product
            : offering.id == 8           ? OfferingKind::Tier
                                         : OfferingKind::Module;
        offering.category = QStringLiteral("Generated");
        offering.listPrice = MinorUnits(5000 + random.bounded(20000)) * 100;
        data.offerings.append(offering);
    }
    BusinessUnitId nextUnit = 1;
    OpportunityId nextOpportunity = 1;
    for (PortfolioAccount &entry : data.accounts) {
        AccountRecord &record = entry.record;
        const MinorUnits arr = std::max<MinorUnits>(record.account.arr, 100000);
        if (record.account.isKey) {
            const int units = 3 + random.bounded(4);
            for (int u = 0; u < units; ++u)
                record.businessUnits.append({nextUnit++, 0, QString::fromLatin1(unitNames.at(u)),
                    u == 0 ? UnitKind::Team : UnitKind::BusinessUnit, 1});
        }
        const int opportunities = (record.account.isKey ? 3 : 1) + random.bounded(3);
        for (int o = 0; o < opportunities; ++o) {
            Opportunity opportunity;
            opportunity.id = nextOpportunity++;
            opportunity.motion = allExpansionMotions[random.bounded(5)];
            opportunity.stage = allOpportunityStages[random.bounded(6)];
            opportunity.probability = defaultProbability(opportunity.stage);
            opportunity.offeringId = data.offerings.at(random.bounded(8)).id;
            opportunity.title = QStringLiteral("%1 opportunity %2")
                                    .arg(data.offerings.at(*opportunity.offeringId - 1).name)
                                    .arg(opportunity.id);
            opportunity.amount = arr / 10 + MinorUnits(random.bounded(5000)) * 100;
            opportunity.expectedClose = asOf.addDays(-60 + random.bounded(400));
            for (auto &answer : opportunity.checklist)
                answer.met = random.bounded(2) == 1;
            if (!record.businessUnits.isEmpty())
                opportunity.businessUnitId
                    = record.businessUnits.at(random.bounded(int(record.businessUnits.size()))).id;
            record.opportunities.append(opportunity);
        }
        // The matrix: every offering in every unit; open cells of open opportunities show them.
        for (const BusinessUnit &unit : std::as_const(record.businessUnits)) {
            for (const Offering &offering : std::as_const(data.offerings)) {
                WhitespaceCell cell;
                cell.offeringId = offering.id;
                cell.businessUnitId = unit.id;
                const int roll = random.bounded(10);
                if (roll < 4) {
                    cell.state = CellState::Sold;
                    cell.revenue = arr / 20 + MinorUnits(random.bounded(2000)) * 100;
                } else if (roll < 9) {
                    cell.potential = offering.listPrice / 2 + MinorUnits(random.bounded(5000)) * 100;
                    if (random.bounded(3) == 0) {
                        cell.competitor = QString::fromLatin1(competitors.at(random.bounded(5)));
                        cell.competitorSpend = cell.potential;
                    }
                } else {
                    cell.state = CellState::NotApplicable;
                }
                for (const Opportunity &o : std::as_const(record.opportunities)) {
                    if (o.isOpen() && cell.state == CellState::Open && o.offeringId == offering.id
                        && o.businessUnitId == unit.id) {
                        cell.state = CellState::InPipeline;
                        cell.opportunityId = o.id;
                        cell.potential = o.amount;
                        break;
                    }
                }
                record.cells.append(cell);
            }
        }
    }
}

} // namespace keyplan
