#include "tour/screenchecks.h"

#include "ui/map/mapstyle.h"
#include "ui/map/stakeholdermapview.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChart>
#include <QChartView>
#include <QLegend>
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

#include <cmath>

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

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

namespace {

QColor colourOf(const QVariant &value)
{
    if (value.canConvert<QBrush>() && value.value<QBrush>().style() != Qt::NoBrush)
        return value.value<QBrush>().color();
    if (value.canConvert<QColor>())
        return value.value<QColor>();
    return {};
}

// What is painted behind `widget`: the background of the nearest widget that fills its own.
QColor backgroundOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
        if (qobject_cast<const QAbstractScrollArea *>(w->parentWidget()))
            return w->palette().color(w->backgroundRole()); // a scroll area's viewport
    }
    return widget->palette().color(QPalette::Window);
}

} // namespace

QStringList lowContrast(QWidget *screen)
{
    constexpr double least = 4.5;
    QStringList findings;
    const auto check = [&](const QColor &ink, const QColor &behind, const QString &what) {
        if (!ink.isValid() || !behind.isValid())
            return;
        const double ratio = contrastRatio(ink, behind);
        if (ratio < least)
            findings.append(QStringLiteral("%1: %2:1 (%3 on %4)")
                                .arg(what, QString::number(ratio, 'f', 1), ink.name(), behind.name()));
    };
    for (QAbstractItemView *view : screen->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model() || view->window() != screen)
            continue;
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < std::min(model->rowCount(), 60); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QString shown = index.data().toString();
                if (shown.isEmpty() || (view->selectionModel() && view->selectionModel()->isSelected(index)))
                    continue;
                QColor text = colourOf(index.data(Qt::ForegroundRole));
                if (!text.isValid())
                    text = view->palette().color(QPalette::Text);
                QColor behind = colourOf(index.data(Qt::BackgroundRole));
                if (!behind.isValid())
                    behind = view->palette().color(
                        view->alternatingRowColors() && row % 2 ? QPalette::AlternateBase : QPalette::Base);
                check(text, behind, QStringLiteral("“%1” in %2").arg(shown.left(30), where(view)));
            }
        }
    }
    for (QLabel *label : screen->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->window() != screen
            || label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
            continue; // rich text carries its own colours
        check(label->palette().color(label->foregroundRole()), backgroundOf(label),
            QStringLiteral("“%1” (%2)").arg(label->text().left(30), where(label)));
    }
    for (QChartView *view : screen->findChildren<QChartView *>()) {
        if (!view->isVisible() || view->window() != screen)
            continue;
        const QColor behind = view->chart()->backgroundBrush().color();
        check(view->chart()->legend()->labelColor(), behind, QStringLiteral("legend of %1").arg(where(view)));
        for (const QAbstractAxis *axis : view->chart()->axes())
            check(axis->labelsBrush().color(), behind, QStringLiteral("axis of %1").arg(where(view)));
    }
    for (StakeholderMapView *view : screen->findChildren<StakeholderMapView *>()) {
        if (!view->isVisible() || view->window() != screen)
            continue; // the map's boxes, lines' labels and legend, as the screen paints them
        for (const mapstyle::TextOnBackground &pair : mapstyle::textPairs(mapstyle::Surface::Screen))
            check(pair.text, pair.background, QStringLiteral("%1 on the map").arg(pair.what));
    }
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
