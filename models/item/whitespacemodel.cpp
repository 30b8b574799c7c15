#include "item/whitespacemodel.h"
#include "item/itemcolours.h"

#include "item/itemroles.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace keyplan {

WhitespaceModel::WhitespaceModel(PlanDocument *document, QObject *parent)
    : SyncedTableModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::pipelineChanged, this, [this](AccountId id) {
        if (id == m_accountId)
            reload();
    });
    connect(document, &PlanDocument::catalogueChanged, this, &WhitespaceModel::reload);
    connect(document, &PlanDocument::accountRemoved, this, [this](AccountId id) {
        if (id == m_accountId)
            setAccount(0);
    });
}

void WhitespaceModel::setAccount(AccountId id)
{
    m_accountId = id;
    reload();
}

void WhitespaceModel::reload()
{
    QList<Offering> offerings = PipelineEditing::of(m_document)->offerings();
    QList<BusinessUnit> units = m_accountId > 0 ? PipelineEditing::of(m_document)->businessUnits(m_accountId) : QList<BusinessUnit>();
    QHash<QPair<OfferingId, BusinessUnitId>, WhitespaceCell> cellsAt;
    QHash<OpportunityId, MinorUnits> amounts;
    QList<WhitespaceCell> cells;
    QString currency = m_currency;
    if (m_accountId > 0) {
        cells = PipelineEditing::of(m_document)->whitespaceCells(m_accountId);
        for (const WhitespaceCell &cell : std::as_const(cells))
            cellsAt.insert({cell.offeringId, cell.businessUnitId}, cell);
        const QList<Opportunity> opportunities = PipelineEditing::of(m_document)->opportunities(m_accountId);
        for (const Opportunity &opportunity : opportunities)
            amounts.insert(opportunity.id, opportunity.amount);
        currency = m_document->account(m_accountId).value_or(Account {}).currency;
    }
    const auto swap = [&] {
        m_offerings = std::move(offerings);
        m_units = std::move(units);
        m_cells = std::move(cellsAt);
        m_opportunityAmounts = std::move(amounts);
        m_currency = currency;
        m_totals = whitespaceTotals(cells, m_opportunityAmounts);
    };
    // The same offerings by the same business units (a cell marked, by this window or another
    // user): the cells change in place, and the one being looked at stays current.
    const auto ids = [](const auto &list) {
        QList<qint64> found;
        for (const auto &item : list)
            found.append(item.id);
        return found;
    };
    if (!m_units.isEmpty() && ids(offerings) == ids(m_offerings) && ids(units) == ids(m_units)) {
        refreshCells(swap);
        // A renamed offering or business unit keeps its place: its header says the new name.
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        return;
    }
    beginResetModel();
    swap();
    endResetModel();
}

int WhitespaceModel::rowCount(const QModelIndex &parent) const
{
    // Offerings, then the total row; nothing at all without business units.
    return parent.isValid() || m_units.isEmpty() ? 0 : int(m_offerings.size()) + 1;
}

int WhitespaceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_units.isEmpty() ? 0 : int(m_units.size()) + 1;
}

std::optional<WhitespaceCell> WhitespaceModel::cellAt(int row, int column) const
{
    if (row < 0 || row >= m_offerings.size() || column < 0 || column >= m_units.size())
        return std::nullopt;
    const auto key = qMakePair(m_offerings.at(row).id, m_units.at(column).id);
    if (m_cells.contains(key))
        return m_cells.value(key);
    // A cell nobody filled in yet is open whitespace worth nothing so far.
    WhitespaceCell empty;
    empty.accountId = m_accountId;
    empty.offeringId = key.first;
    empty.businessUnitId = key.second;
    return empty;
}

MinorUnits WhitespaceModel::amountOf(const WhitespaceCell &cell) const
{
    switch (cell.state) {
    case CellState::Sold:
        return cell.revenue;
    case CellState::Open:
        return cell.potential;
    case CellState::InPipeline:
        return cell.opportunityId ? m_opportunityAmounts.value(*cell.opportunityId) : 0;
    case CellState::NotApplicable:
        return 0;
    }
    return 0;
}

QVariant WhitespaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (isTotalRow(row) || isTotalColumn(column)) {
        // Totals: open whitespace (the figure the matrix is for), sold in the tooltip.
        WhitespaceTotals::Line line = m_totals.total;
        if (!isTotalRow(row))
            line = m_totals.byOffering.value(m_offerings.at(row).id);
        else if (!isTotalColumn(column))
            line = m_totals.byUnit.value(m_units.at(column).id);
        switch (role) {
        case Qt::DisplayRole:
            return formatMoney(line.open, m_currency);
        case Qt::ToolTipRole:
            return tr("Open %1 · in pipeline %2 · sold %3")
                .arg(formatMoney(line.open, m_currency), formatMoney(line.inPipeline, m_currency),
                    formatMoney(line.sold, m_currency));
        case RawValueRole:
            return line.open;
        case IsTotalRole:
            return true;
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    const WhitespaceCell cell = *cellAt(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return cell.state == CellState::NotApplicable ? tr("n/a") : formatMoneyExact(amountOf(cell), m_currency);
    case Qt::EditRole:
    case RawValueRole:
        return amountOf(cell);
    case Qt::ToolTipRole: {
        QString tip = displayName(cell.state);
        if (cell.state == CellState::Open && !cell.competitor.isEmpty())
            tip += QLatin1Char('\n') + tr("Today with %1").arg(cell.competitor);
        if (cell.state == CellState::Open && cell.competitorSpend)
            tip += QLatin1Char('\n')
                + tr("Spend with them: %1").arg(formatMoneyExact(*cell.competitorSpend, m_currency));
        return plainToolTip(tip);
    }
    case Qt::BackgroundRole:
        return QBrush(colours::cellBackground(cell.state));
    case Qt::ForegroundRole:
        return QBrush(colours::cellText()); // the cell's own background, not the view's
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case CellStateRole:
        return keyOf(cell.state);
    case OfferingIdRole:
        return cell.offeringId;
    case BusinessUnitIdRole:
        return cell.businessUnitId;
    case IsTotalRole:
        return false;
    case OpportunityIdRole:
        return cell.opportunityId ? QVariant(*cell.opportunityId) : QVariant();
    default:
        return {};
    }
}

QVariant WhitespaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section == m_units.size())
            return tr("Open total");
        if (section >= 0 && section < m_units.size())
            return role == Qt::ToolTipRole ? plainToolTip(
                       tr("%1: %2").arg(displayName(m_units.at(section).kind), m_units.at(section).name))
                                           : m_units.at(section).name;
        return {};
    }
    if (section == m_offerings.size())
        return tr("Open total");
    if (section >= 0 && section < m_offerings.size())
        return role == Qt::ToolTipRole ? plainToolTip(m_offerings.at(section).category)
                                       : m_offerings.at(section).name;
    return {};
}

QColor WhitespaceModel::stateColour(CellState state)
{
    return colours::cellBackground(state);
}

std::optional<WhitespaceCell> WhitespaceModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || isTotalRow(index.row()) || isTotalColumn(index.column()))
        return std::nullopt;
    return cellAt(index.row(), index.column());
}

Qt::ItemFlags WhitespaceModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool total = isTotalRow(index.row()) || isTotalColumn(index.column());
    if (!total && !m_document->isReadOnly()) {
        const CellState state = cellAt(index.row(), index.column())->state;
        if (state == CellState::Open || state == CellState::Sold) // pipeline amounts live on the opportunity
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool WhitespaceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    std::optional<WhitespaceCell> cell = cellAt(index.row(), index.column());
    if (!cell || m_document->isReadOnly())
        return false;
    if (role == CellStateRole) {
        const std::optional<CellState> state = cellStateFromKey(value.toString());
        if (!state || *state == CellState::InPipeline || *state == cell->state)
            return false; // a cell enters the pipeline by becoming an opportunity
        cell->state = *state;
        cell->opportunityId.reset();
    } else if (role == Qt::EditRole) {
        bool ok = false;
        const MinorUnits amount = value.toLongLong(&ok);
        if (!ok || amount < 0 || !(flags(index) & Qt::ItemIsEditable))
            return false;
        (cell->state == CellState::Sold ? cell->revenue : cell->potential) = amount;
    } else {
        return false;
    }
    PipelineEditing::of(m_document)->setWhitespaceCell(*cell); // reloads through pipelineChanged
    return true;
}

} // namespace keyplan
