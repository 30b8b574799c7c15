#include "item/bridgetablemodel.h"

#include "domain/accountenums.h"
#include "domain/exchangerates.h"
#include "domain/percent.h"
#include "item/itemroles.h"

namespace keyplan {

BridgeTableModel::BridgeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BridgeTableModel::setFigures(const RevenueFigures &figures, Grouping grouping)
{
    beginResetModel();
    m_rows.clear();
    m_currency = figures.reportingCurrency;
    switch (grouping) {
    case Grouping::Total:
        m_rows.append({tr("All accounts in scope"), figures.total});
        break;
    case Grouping::Segment:
        for (const Segment segment : allSegments) {
            if (figures.bySegment.contains(keyOf(segment)))
                m_rows.append({displayName(segment), figures.bySegment.value(keyOf(segment))});
        }
        break;
    case Grouping::Tier:
        for (const Tier tier : allTiers) {
            if (figures.byTier.contains(keyOf(tier)))
                m_rows.append({displayName(tier), figures.byTier.value(keyOf(tier))});
        }
        break;
    case Grouping::Owner:
        for (auto it = figures.byOwner.cbegin(); it != figures.byOwner.cend(); ++it)
            m_rows.append({it.key().isEmpty() ? tr("(no owner)") : it.key(), it.value()});
        break;
    }
    endResetModel();
}

QString BridgeTableModel::groupName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

std::optional<ArrBridge> BridgeTableModel::bridgeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).figures.bridge : std::nullopt;
}

QStringList BridgeTableModel::missingRatesAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).figures.missingRates : QStringList();
}

int BridgeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BridgeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BridgeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const std::optional<ArrBridge> &bridge = row.figures.bridge;
    const auto amount = [&](int column) -> std::optional<MinorUnits> {
        if (!bridge)
            return std::nullopt;
        switch (column) {
        case Start:
            return bridge->start;
        case New:
            return bridge->newBusiness;
        case Expansion:
            return bridge->expansionTotal();
        case Contraction:
            return -bridge->contraction;
        case Churn:
            return -bridge->churn;
        case Reactivation:
            return bridge->reactivation;
        case End:
            return bridge->end;
        default:
            return std::nullopt;
        }
    };
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        if (column == Group)
            return row.name;
        if (!row.figures.missingRates.isEmpty())
            return column == Start ? tr("needs a %1 rate").arg(row.figures.missingRates.join(QStringLiteral(", ")))
                                   : QString();
        if (column == Nrr)
            return formatPercent(row.figures.nrr);
        if (column == Grr)
            return formatPercent(row.figures.grr);
        const std::optional<MinorUnits> value = amount(column);
        if (!value)
            return {};
        return column == Start || column == End ? formatMoney(*value, m_currency)
                                                : formatMoneyChange(*value, m_currency);
    }
    if (role == RawValueRole) {
        if (column == Group)
            return row.name;
        if (column == Nrr)
            return row.figures.nrr ? QVariant(*row.figures.nrr) : QVariant();
        if (column == Grr)
            return row.figures.grr ? QVariant(*row.figures.grr) : QVariant();
        const std::optional<MinorUnits> value = amount(column);
        return value ? QVariant(*value) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && column != Group)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Expansion && bridge) {
        QStringList lines;
        for (int motion = 0; motion < bridgeMotionCount; ++motion) {
            if (bridge->expansion[motion] != 0)
                lines.append(QStringLiteral("%1: %2").arg(displayName(bridgeMotionKind(motion)),
                    formatMoneyChange(bridge->expansion[motion], m_currency)));
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && (column == Nrr || column == Grr))
        return tr("%n accounts had ARR at the start of the period; new ones are new business.", nullptr, int(row.figures.cohort));
    return {};
}

QVariant BridgeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return tr("Group");
    case Start:
        return tr("Start");
    case New:
        return tr("New");
    case Expansion:
        return tr("Expansion");
    case Contraction:
        return tr("Contraction");
    case Churn:
        return tr("Churn");
    case Reactivation:
        return tr("Reactivation");
    case End:
        return tr("End");
    case Nrr:
        return tr("NRR");
    case Grr:
        return tr("GRR");
    default:
        return {};
    }
}

} // namespace keyplan
