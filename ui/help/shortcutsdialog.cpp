#include "ui/help/shortcutsdialog.h"

#include "ui/keyboardaccess.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace keyplan {

namespace {

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_model(new QStandardItemModel(this))
    , m_list(new QTreeView(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    prepareItemView(m_list, tr("Keyboard shortcuts"));
    fill(window);
    m_list->expandAll();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_list->setFirstColumnSpanned(row, QModelIndex(), true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 620);
}

QStandardItem *ShortcutsDialog::addGroup(const QString &title)
{
    auto *group = new QStandardItem(title);
    QFont bold = group->font();
    bold.setBold(true);
    group->setFont(bold);
    m_model->appendRow({group, new QStandardItem()});
    return group;
}

void ShortcutsDialog::addRow(QStandardItem *group, const QString &what, const QString &keys)
{
    group->appendRow({new QStandardItem(what), new QStandardItem(keys)});
}

void ShortcutsDialog::fill(QWidget *window)
{
    QList<const QAction *> listed;
    // The menus, in the menu bar's order.
    if (auto *bar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (const QAction *menuAction : bar->actions()) {
            const QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            QStandardItem *group = nullptr;
            for (const QAction *action : menu->actions()) {
                if (action->shortcuts().isEmpty())
                    continue;
                if (!group)
                    group = addGroup(withoutMnemonic(menu->title()));
                addRow(group, withoutMnemonic(action->text()), keysOf(action));
                listed.append(action);
            }
        }
    }
    // Shortcuts that live outside the menus: the account's tabs, the map, the lists.
    QStandardItem *elsewhere = nullptr;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || listed.contains(action) || action->text().isEmpty()
            || action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        if (!elsewhere)
            elsewhere = addGroup(tr("In the window"));
        addRow(elsewhere, withoutMnemonic(action->text()), keysOf(action));
        listed.append(action);
    }
    // Keys that lists and the map answer to without an action of their own.
    QStandardItem *lists = addGroup(tr("In lists, tables and the map"));
    const auto key = [](QKeySequence::StandardKey standard) { return QKeySequence(standard).toString(QKeySequence::NativeText); };
    const QList<QStringList> keys {
        {tr("Open the selected row"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)},
        {tr("Leave a list or table"), QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText)},
        {tr("Move between people on the map"), tr("Arrow keys")},
        {tr("Zoom the map in, out"), QStringLiteral("%1, %2").arg(key(QKeySequence::ZoomIn), key(QKeySequence::ZoomOut))},
        {tr("Fit the whole map"), QKeySequence(Qt::CTRL | Qt::Key_0).toString(QKeySequence::NativeText)},
        {tr("Remove the selected person from the map (asks first)"), QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText)},
    };
    for (const QStringList &row : keys)
        addRow(lists, row.at(0), row.at(1));
}

} // namespace keyplan
