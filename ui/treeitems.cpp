#include "ui/treeitems.h"

#include <QHash>
#include <QTreeWidget>

namespace keyplan {

void syncTopLevelItems(
    QTreeWidget *list, const QList<qint64> &keys, const std::function<void(QTreeWidgetItem *item, qsizetype row)> &fill)
{
    QHash<qint64, qsizetype> wanted;
    for (qsizetype row = 0; row < keys.size(); ++row)
        wanted.insert(keys.at(row), row);
    QHash<qint64, QTreeWidgetItem *> kept;
    for (int row = list->topLevelItemCount() - 1; row >= 0; --row) {
        QTreeWidgetItem *item = list->topLevelItem(row);
        const qint64 key = item->data(0, Qt::UserRole).toLongLong();
        if (!wanted.contains(key) || kept.contains(key))
            delete list->takeTopLevelItem(row);
        else
            kept.insert(key, item);
    }
    for (qsizetype row = 0; row < keys.size(); ++row) {
        QTreeWidgetItem *item = kept.value(keys.at(row));
        if (!item) {
            item = new QTreeWidgetItem;
            item->setData(0, Qt::UserRole, keys.at(row));
            list->insertTopLevelItem(int(row), item);
        } else if (const int at = list->indexOfTopLevelItem(item); at != row) {
            // Moved: the view keeps the current item when it was this one.
            const bool current = list->currentItem() == item;
            list->insertTopLevelItem(int(row), list->takeTopLevelItem(at));
            if (current)
                list->setCurrentItem(item);
        }
        fill(item, row);
    }
}

} // namespace keyplan
