#include "item/syncedtablemodel.h"

namespace keyplan {
namespace {

// Beyond this many cells (a pipeline of every account) comparing costs more than a repaint: every
// cell is announced.
constexpr qsizetype comparedCellLimit = 20000;

} // namespace

void SyncedTableModel::refreshCells(const std::function<void()> &swap)
{
    const Cells before = cellValues();
    swap();
    announceChangedCells(before);
}

QList<int> SyncedTableModel::comparedRoles() const
{
    return {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::DecorationRole, Qt::ForegroundRole,
        Qt::BackgroundRole, Qt::FontRole, Qt::CheckStateRole};
}

SyncedTableModel::Cells SyncedTableModel::cellValues() const
{
    const int rows = rowCount();
    const int columns = columnCount();
    Cells cells;
    if (qsizetype(rows) * columns > comparedCellLimit)
        return cells;
    const QList<int> roles = comparedRoles();
    cells.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QList<QVariant> values;
        values.reserve(columns * roles.size());
        for (int column = 0; column < columns; ++column) {
            const QModelIndex cell = index(row, column);
            for (int role : roles)
                values.append(cell.data(role));
        }
        cells.append(std::move(values));
    }
    return cells;
}

void SyncedTableModel::announceChangedCells(const Cells &before)
{
    const int rows = rowCount();
    const int columns = columnCount();
    if (rows == 0 || columns == 0)
        return;
    if (before.size() != rows) { // too many to compare
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columns - 1));
        return;
    }
    const Cells after = cellValues();
    const qsizetype perCell = comparedRoles().size();
    for (int row = 0; row < rows; ++row) {
        const QList<QVariant> &was = before.at(row);
        const QList<QVariant> &is = after.at(row);
        const auto changed = [&](int column) {
            for (qsizetype role = 0; role < perCell; ++role) {
                if (was.at(column * perCell + role) != is.at(column * perCell + role))
                    return true;
            }
            return false;
        };
        // A run of changed cells at a time: a cell that did not change keeps its open editor.
        for (int column = 0; column < columns;) {
            if (!changed(column)) {
                ++column;
                continue;
            }
            int end = column;
            while (end + 1 < columns && changed(end + 1))
                ++end;
            Q_EMIT dataChanged(index(row, column), index(row, end));
            column = end + 1;
        }
    }
}

} // namespace keyplan
