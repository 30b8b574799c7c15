#pragma once

#include <QList>

#include <functional>

class QTreeWidget;
class QTreeWidgetItem;

namespace keyplan {

// Brings a flat list's top-level items to the rows `keys` names, in that order, in place: the item
// of a key that stays is kept (moved if its place changed), an item whose key went is deleted and a
// new key gets a new item. `fill(item, row)` then sets each item's text, tooltips and colours;
// QTreeWidgetItem tells the view only about values that changed. So a refresh (a colleague's save,
// an undo) keeps the current item, the selection and the scroll position wherever the rows stay.
// The key is kept in column 0 under Qt::UserRole.
void syncTopLevelItems(
    QTreeWidget *list, const QList<qint64> &keys, const std::function<void(QTreeWidgetItem *item, qsizetype row)> &fill);

} // namespace keyplan
