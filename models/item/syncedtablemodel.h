#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>

#include <functional>
#include <optional>

namespace keyplan {

// A table whose rows are re-read when the plan changes (this window's edit or someone else's,
// arriving by live refresh) and that tells its views what changed rather than starting over:
// rows that went are removed, rows that came are inserted, rows that moved are moved, and only
// the cells whose text, colour or tooltip changed are announced. A view keeps its selection, its
// scroll position and an editor open on any cell that did not change.
class SyncedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // Steps `rows` to `fresh`, matching rows by `keyOf(row)` (an id). `adoptContext` installs what
    // the cells read besides the rows themselves (names, last contacts), once the rows are in
    // place and before their cells are compared.
    template <typename Row, typename KeyOf>
    void syncRows(QList<Row> &rows, QList<Row> fresh, KeyOf keyOf, const std::function<void()> &adoptContext = {});

    // New values for the same rows and columns (`swap` installs them): only the cells that changed
    // are announced.
    void refreshCells(const std::function<void()> &swap);

    // The roles whose values are compared cell by cell (the standard ones a view paints with).
    virtual QList<int> comparedRoles() const;

private:
    using Cells = QList<QList<QVariant>>; // per row, per column, per compared role
    // Every row's cells; nothing when there are too many to compare.
    std::optional<Cells> cellValues() const;
    // Announces the cells that differ from `before`, where row r was row `wasRow[r]` of it (-1:
    // a row that came, which its insertion announced); every cell when `before` is nothing.
    void announceChangedCells(const std::optional<Cells> &before, const QList<qsizetype> &wasRow);
};

template <typename Row, typename KeyOf>
void SyncedTableModel::syncRows(QList<Row> &rows, QList<Row> fresh, KeyOf keyOf, const std::function<void()> &adoptContext)
{
    using Key = decltype(keyOf(fresh.constFirst()));
    // What each row shows now, by its key, to compare with once the fresh rows are in.
    const std::optional<Cells> before = cellValues();
    QHash<Key, qsizetype> beforeRow;
    for (qsizetype i = 0; i < rows.size(); ++i)
        beforeRow.insert(keyOf(rows.at(i)), i);
    // What the cells read besides the rows goes in first, so that no row's cells change while rows
    // come, go and move (views and QAbstractItemModelTester read their neighbours meanwhile).
    if (adoptContext)
        adoptContext();

    QSet<Key> freshKeys;
    for (const Row &row : std::as_const(fresh))
        freshKeys.insert(keyOf(row));

    // Rows that went, a run at a time from the end.
    for (qsizetype last = rows.size() - 1; last >= 0;) {
        if (freshKeys.contains(keyOf(rows.at(last)))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !freshKeys.contains(keyOf(rows.at(first - 1))))
            --first;
        beginRemoveRows({}, int(first), int(last));
        rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // The rows that stayed, into their new order (a move only where one is out of place).
    QHash<Key, qsizetype> freshOrder;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshOrder.insert(keyOf(fresh.at(i)), i);
    bool inOrder = true;
    for (qsizetype i = 1; i < rows.size() && inOrder; ++i)
        inOrder = freshOrder.value(keyOf(rows.at(i - 1))) < freshOrder.value(keyOf(rows.at(i)));
    for (qsizetype target = 0; !inOrder && target < rows.size(); ++target) {
        qsizetype smallest = target;
        for (qsizetype i = target + 1; i < rows.size(); ++i) {
            if (freshOrder.value(keyOf(rows.at(i))) < freshOrder.value(keyOf(rows.at(smallest))))
                smallest = i;
        }
        if (smallest == target)
            continue;
        beginMoveRows({}, int(smallest), int(smallest), {}, int(target));
        rows.move(smallest, target);
        endMoveRows();
    }

    // Rows that came, a run at a time, where the fresh order puts them.
    QSet<Key> kept;
    for (const Row &row : std::as_const(rows))
        kept.insert(keyOf(row));
    for (qsizetype at = 0; at < fresh.size();) {
        if (kept.contains(keyOf(fresh.at(at)))) {
            ++at;
            continue;
        }
        qsizetype end = at;
        while (end < fresh.size() && !kept.contains(keyOf(fresh.at(end))))
            ++end;
        beginInsertRows({}, int(at), int(end - 1));
        for (qsizetype i = at; i < end; ++i)
            rows.insert(i, fresh.at(i));
        endInsertRows();
        at = end;
    }

    // The rows are the fresh ones in the fresh order; now their values.
    rows = std::move(fresh);
    QList<qsizetype> wasRow;
    wasRow.reserve(rows.size());
    for (const Row &row : std::as_const(rows))
        wasRow.append(beforeRow.value(keyOf(row), -1));
    announceChangedCells(before, wasRow);
}

} // namespace keyplan
