#pragma once

#include "domain/opportunity.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Whitespace: what the customer could still buy from us (DOMAIN.md, "Whitespace and expansion").
// A portfolio-wide catalogue of offerings, the account's business units (or teams or regions),
// and a matrix of cells, one per offering and business unit.
namespace keyplan {

using WhitespaceCellId = qint64;

enum class OfferingKind { Product, Module, Tier };

struct Offering
{
    OfferingId id = 0;
    QString name;
    OfferingKind kind = OfferingKind::Product;
    QString category;
    MinorUnits listPrice = 0; // per year
    int position = 0; // its place in the catalogue; 0 when added: last
    qint64 version = 1;
};

enum class UnitKind { BusinessUnit, Team, Region };

struct BusinessUnit
{
    BusinessUnitId id = 0;
    AccountId accountId = 0;
    QString name;
    UnitKind kind = UnitKind::BusinessUnit;
    int position = 0; // its place among the account's units; 0 when added: last
    qint64 version = 1;
};

enum class CellState { Open, Sold, InPipeline, NotApplicable };

struct WhitespaceCell
{
    WhitespaceCellId id = 0;
    AccountId accountId = 0;
    OfferingId offeringId = 0;
    BusinessUnitId businessUnitId = 0;
    CellState state = CellState::Open;
    MinorUnits revenue = 0; // sold: what it brings in a year
    MinorUnits potential = 0; // open: what it could
    QString competitor; // open: who has it today, if anyone
    std::optional<MinorUnits> competitorSpend; // open: what the customer spends with them a year
    std::optional<OpportunityId> opportunityId; // in pipeline: the opportunity it became
    qint64 version = 1;
};

QString keyOf(OfferingKind kind);
QString keyOf(UnitKind kind);
QString keyOf(CellState state);
QString displayName(OfferingKind kind);
QString displayName(UnitKind kind);
QString displayName(CellState state);
std::optional<OfferingKind> offeringKindFromKey(const QString &key);
std::optional<UnitKind> unitKindFromKey(const QString &key);
std::optional<CellState> cellStateFromKey(const QString &key);

// The sums of a matrix: sold revenue and open potential per offering (row) and per business unit
// (column), the open total, and our share of the customer's wallet.
struct WhitespaceTotals
{
    struct Line
    {
        MinorUnits sold = 0;
        MinorUnits open = 0;
        MinorUnits inPipeline = 0; // the amounts of the opportunities the cells became
    };
    QHash<OfferingId, Line> byOffering;
    QHash<BusinessUnitId, Line> byUnit;
    Line total;
    // Our share of the customer's wallet, over the whole matrix: sold ÷ (sold + the competitors'
    // known spend + the open potential). Nothing when the wallet is empty. Its basis, said beside
    // it: how many open cells had a known competitor spend, and that spend.
    std::optional<double> walletShare;
    MinorUnits competitorSpend = 0;
    int openCells = 0;
    int spendKnownCells = 0;
};

// `opportunities` gives the amount of each cell in pipeline; missing ones count as nothing.
WhitespaceTotals whitespaceTotals(
    const QList<WhitespaceCell> &cells, const QHash<OpportunityId, MinorUnits> &opportunityAmounts = {});

// The opportunity an open cell becomes in one action: cross-sell (or seat growth for an offering
// already sold elsewhere in the account) of the cell's offering to its business unit, for its
// potential, identified, with the stage's probability.
Opportunity opportunityFromCell(const WhitespaceCell &cell, const QString &offeringName,
    const QString &unitName, bool offeringSoldElsewhere, const QDate &expectedClose);

} // namespace keyplan
