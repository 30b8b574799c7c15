#pragma once

#include <QDialog>

class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace keyplan {

// Help > Keyboard Shortcuts: every shortcut of `window`, read from its actions so that the list is
// never behind the menus, grouped by menu, then the keys that lists, tables and the map answer to.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);

    QTreeView *list() const { return m_list; }

private:
    void fill(QWidget *window);
    QStandardItem *addGroup(const QString &title);
    static void addRow(QStandardItem *group, const QString &what, const QString &keys);

    QStandardItemModel *m_model;
    QTreeView *m_list;
};

} // namespace keyplan
