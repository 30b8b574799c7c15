#include "tour/screenchecks.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabBar>

namespace keyplan::test {
namespace {

QString shown(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    return text.left(40);
}

QString where(const QObject *object)
{
    QStringList path;
    for (const QObject *o = object; o && path.size() < 4; o = o->parent()) {
        QString step = QString::fromLatin1(o->metaObject()->className()).remove(QStringLiteral("keyplan::"));
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_")))
            step += u'#' + o->objectName();
        path.prepend(step);
    }
    return path.join(QStringLiteral(" > "));
}

// Each Alt+letter and what answers it, for the findings.
class Mnemonics
{
public:
    void add(const QString &text, const QString &what)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            m_keys[key.toString()].append(what);
    }
    void report(const QString &scope, QStringList *findings) const
    {
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
            if (it.value().size() > 1)
                findings->append(QStringLiteral("%1: %2 is %3").arg(scope, it.key(), it.value().join(QStringLiteral(" and "))));
        }
    }

private:
    QMap<QString, QStringList> m_keys;
};

} // namespace

QStringList mnemonicClashes(QWidget *screen)
{
    QStringList findings;
    Mnemonics window;
    const QList<QWidget *> widgets = screen->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != screen || !widget->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            window.add(button->text(), QStringLiteral("“%1” (%2)").arg(shown(button->text()), where(button)));
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            window.add(label->text(), QStringLiteral("“%1” (label of %2)").arg(shown(label->text()), where(label->buddy())));
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            window.add(group->title(), QStringLiteral("“%1” (%2)").arg(shown(group->title()), where(group)));
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                if (tabs->isTabVisible(tab))
                    window.add(tabs->tabText(tab), QStringLiteral("“%1” (tab of %2)").arg(shown(tabs->tabText(tab)), where(tabs)));
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *action : bar->actions())
                if (action->isVisible())
                    window.add(action->text(), QStringLiteral("“%1” (menu)").arg(shown(action->text())));
        }
    }
    window.report(screen->windowTitle().isEmpty() ? where(screen) : shown(screen->windowTitle()), &findings);

    const QList<QMenu *> menus = screen->findChildren<QMenu *>();
    for (const QMenu *menu : menus) {
        Mnemonics items;
        for (const QAction *action : menu->actions())
            if (action->isVisible() && !action->isSeparator())
                items.add(action->text(), QStringLiteral("“%1”").arg(shown(action->text())));
        items.report(QStringLiteral("menu “%1” (%2)").arg(shown(menu->title()), where(menu)), &findings);
    }
    return findings;
}

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// Item views' rows and cells take their names from the data; the view itself must have one.
bool holdsItems(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List
        || role == QAccessible::TreeItem || role == QAccessible::ListItem || role == QAccessible::Row;
}

void walk(QAccessibleInterface *node, QStringList *findings, int depth)
{
    if (depth > 40)
        return;
    const int children = node->childCount();
    for (int i = 0; i < children; ++i) {
        QAccessibleInterface *child = node->child(i);
        if (!child || !child->isValid())
            continue;
        const QAccessible::State state = child->state();
        if (state.invisible)
            continue;
        const QAccessible::Role role = child->role();
        if ((isInteractive(role) || (state.focusable && role != QAccessible::ScrollBar && role != QAccessible::Client))
            && child->text(QAccessible::Name).trimmed().isEmpty()) {
            findings->append(QStringLiteral("%1 with no name (%2)")
                                 .arg(QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(role)),
                                     where(child->object())));
        }
        if (!holdsItems(role))
            walk(child, findings, depth + 1);
    }
}

} // namespace

QStringList namelessControls(QWidget *screen)
{
    QStringList findings;
    if (QAccessibleInterface *root = QAccessible::queryAccessibleInterface(screen))
        walk(root, &findings, 0);
    findings.removeDuplicates();
    return findings;
}

QStringList shortcutClashes(QWidget *screen)
{
    QMap<QString, QStringList> keys;
    const auto add = [&keys](const QKeySequence &key, const QString &what) {
        if (!key.isEmpty())
            keys[key.toString()].append(what);
    };
    for (const QAction *action : screen->findChildren<QAction *>()) {
        if (action->shortcutContext() == Qt::WidgetShortcut)
            continue; // answers only in its own widget
        for (const QKeySequence &key : action->shortcuts())
            add(key, QStringLiteral("“%1”").arg(shown(action->text())));
    }
    for (const QShortcut *shortcut : screen->findChildren<QShortcut *>()) {
        if (shortcut->context() != Qt::WidgetShortcut)
            add(shortcut->key(), where(shortcut->parent()));
    }
    QStringList findings;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        QStringList what = it.value();
        what.removeDuplicates(); // one action shown in a menu and on a button
        if (what.size() > 1)
            findings.append(QStringLiteral("%1 is %2").arg(it.key(), what.join(QStringLiteral(" and "))));
    }
    return findings;
}

} // namespace keyplan::test
