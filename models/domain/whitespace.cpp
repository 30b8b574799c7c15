#include "domain/whitespace.h"

#include "domain/enumtable.h"

namespace keyplan {
namespace {

constexpr std::array<detail::EnumEntry<OfferingKind>, 3> offeringKindEntries {{
    {OfferingKind::Product, "product", QT_TRANSLATE_NOOP("OfferingKind", "Product")},
    {OfferingKind::Module, "module", QT_TRANSLATE_NOOP("OfferingKind", "Module")},
    {OfferingKind::Tier, "tier", QT_TRANSLATE_NOOP("OfferingKind", "Tier")},
}};

constexpr std::array<detail::EnumEntry<UnitKind>, 3> unitKindEntries {{
    {UnitKind::BusinessUnit, "business_unit", QT_TRANSLATE_NOOP("UnitKind", "Business unit")},
    {UnitKind::Team, "team", QT_TRANSLATE_NOOP("UnitKind", "Team")},
    {UnitKind::Region, "region", QT_TRANSLATE_NOOP("UnitKind", "Region")},
}};

constexpr std::array<detail::EnumEntry<CellState>, 4> cellStateEntries {{
    {CellState::Open, "open", QT_TRANSLATE_NOOP("CellState", "Open whitespace")},
    {CellState::Sold, "sold", QT_TRANSLATE_NOOP("CellState", "Sold")},
    {CellState::InPipeline, "in_pipeline", QT_TRANSLATE_NOOP("CellState", "In pipeline")},
    {CellState::NotApplicable, "not_applicable", QT_TRANSLATE_NOOP("CellState", "Not applicable")},
}};

class WhitespaceText
{
    Q_DECLARE_TR_FUNCTIONS(Whitespace)
};

} // namespace

QString keyOf(OfferingKind kind)
{
    return detail::keyIn(offeringKindEntries, kind);
}
QString keyOf(UnitKind kind)
{
    return detail::keyIn(unitKindEntries, kind);
}
QString keyOf(CellState state)
{
    return detail::keyIn(cellStateEntries, state);
}
QString displayName(OfferingKind kind)
{
    return detail::nameIn("OfferingKind", offeringKindEntries, kind);
}
QString displayName(UnitKind kind)
{
    return detail::nameIn("UnitKind", unitKindEntries, kind);
}
QString displayName(CellState state)
{
    return detail::nameIn("CellState", cellStateEntries, state);
}
std::optional<OfferingKind> offeringKindFromKey(const QString &key)
{
    return detail::fromKey(offeringKindEntries, key);
}
std::optional<UnitKind> unitKindFromKey(const QString &key)
{
    return detail::fromKey(unitKindEntries, key);
}
std::optional<CellState> cellStateFromKey(const QString &key)
{
    return detail::fromKey(cellStateEntries, key);
}

WhitespaceTotals whitespaceTotals(
    const QList<WhitespaceCell> &cells, const QHash<OpportunityId, MinorUnits> &opportunityAmounts)
{
    WhitespaceTotals totals;
    MinorUnits competitorSpend = 0;
    for (const WhitespaceCell &cell : cells) {
        WhitespaceTotals::Line &row = totals.byOffering[cell.offeringId];
        WhitespaceTotals::Line &column = totals.byUnit[cell.businessUnitId];
        const auto add = [&](MinorUnits WhitespaceTotals::Line::*field, MinorUnits amount) {
            row.*field += amount;
            column.*field += amount;
            totals.total.*field += amount;
        };
        switch (cell.state) {
        case CellState::Sold:
            add(&WhitespaceTotals::Line::sold, cell.revenue);
            break;
        case CellState::Open:
            add(&WhitespaceTotals::Line::open, cell.potential);
            ++totals.openCells;
            if (cell.competitorSpend) {
                competitorSpend += *cell.competitorSpend;
                ++totals.spendKnownCells;
            }
            break;
        case CellState::InPipeline:
            if (cell.opportunityId)
                add(&WhitespaceTotals::Line::inPipeline, opportunityAmounts.value(*cell.opportunityId));
            break;
        case CellState::NotApplicable:
            break;
        }
    }
    totals.competitorSpend = competitorSpend;
    const MinorUnits wallet = totals.total.sold + competitorSpend + totals.total.open;
    if (wallet > 0)
        totals.walletShare = double(totals.total.sold) / double(wallet);
    return totals;
}

Opportunity opportunityFromCell(const WhitespaceCell &cell, const QString &offeringName,
    const QString &unitName, bool offeringSoldElsewhere, const QDate &expectedClose)
{
    Opportunity opportunity;
    opportunity.accountId = cell.accountId;
    opportunity.motion = offeringSoldElsewhere ? ExpansionMotion::SeatGrowth : ExpansionMotion::CrossSell;
    opportunity.title = WhitespaceText::tr("%1 for %2").arg(offeringName, unitName);
    opportunity.offeringId = cell.offeringId;
    opportunity.businessUnitId = cell.businessUnitId;
    opportunity.amount = cell.potential;
    opportunity.stage = OpportunityStage::Identified;
    opportunity.probability = defaultProbability(OpportunityStage::Identified);
    opportunity.expectedClose = expectedClose;
    return opportunity;
}

} // namespace keyplan
