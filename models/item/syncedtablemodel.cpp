#include "item/syncedtablemodel.h"

#include "item/itemroles.h"

namespace keyplan {
namespace {

// Beyond this many cells (a pipeline of every account) comparing costs more than a repaint: every
// cell is announced.
constexpr qsizetype comparedCellLimit = 20000;

} // namespace

void SyncedTableModel::refreshCells(const std::function<void()> &swap)
{
    const std::optional<Cells> before = cellValues();
    swap();
    QList<qsizetype> sameRows;
    for (int row = 0; row < rowCount(); ++row)
        sameRows.append(row);
    announceChangedCells(before, sameRows);
}

QList<int> SyncedTableModel::comparedRoles() const
{
    // With what proxies sort on: a change only they see still re-sorts.
    return {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::DecorationRole, Qt::ForegroundRole,
        Qt::BackgroundRole, Qt::FontRole, Qt::CheckStateRole, RawValueRole};
}

std::optional<SyncedTableModel::Cells> SyncedTableModel::cellValues() const
{
    const int rows = rowCount();
    const int columns = columnCount();
    if (qsizetype(rows) * columns > comparedCellLimit)
        return std::nullopt;
    const QList<int> roles = comparedRoles();
    Cells cells;
    cells.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QList<QVariant> values;
        values.reserve(columns * roles.size());
        for (int column = 0; column < columns; ++column) {
            const QModelIndex cell = index(row, column);
            for (int role : roles)
                values.append(cell.data(role));
        }
        // What a filter matches the row by (the same on every cell): once, at the end.
        values.append(index(row, 0).data(SearchTextRole));
        cells.append(std::move(values));
    }
    return cells;
}

void SyncedTableModel::announceChangedCells(const std::optional<Cells> &before, const QList<qsizetype> &wasRow)
{
    const int rows = rowCount();
    const int columns = columnCount();
    if (rows == 0 || columns == 0)
        return;
    const std::optional<Cells> after = before ? cellValues() : std::nullopt;
    if (!after) { // too many to compare
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columns - 1));
        return;
    }
    const qsizetype perCell = comparedRoles().size();
    for (int row = 0; row < rows; ++row) {
        const qsizetype was = row < wasRow.size() ? wasRow.at(row) : -1;
        if (was < 0 || was >= before->size())
            continue; // a row that came: its insertion said so
        const QList<QVariant> &old = before->at(was);
        const QList<QVariant> &now = after->at(row);
        const auto changed = [&](int column) {
            for (qsizetype role = 0; role < perCell; ++role) {
                if (old.at(column * perCell + role) != now.at(column * perCell + role))
                    return true;
            }
            return false;
        };
        // A run of changed cells at a time: a cell that did not change keeps its open editor.
        bool any = false;
        for (int column = 0; column < columns;) {
            if (!changed(column)) {
                ++column;
                continue;
            }
            int end = column;
            while (end + 1 < columns && changed(end + 1))
                ++end;
            Q_EMIT dataChanged(index(row, column), index(row, end));
            any = true;
            column = end + 1;
        }
        // Only what the filter matches changed (a field no column shows): the filter looks again.
        if (!any && old.constLast() != now.constLast())
            Q_EMIT dataChanged(index(row, 0), index(row, 0), {SearchTextRole});
    }
}

} // namespace keyplan
