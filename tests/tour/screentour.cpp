#include "tour/screentour.h"

#include "item/itemroles.h"
#include "ui/accounteditor.h"
#include "ui/data/firstrun.h"
#include "ui/keyboardaccess.h"
#include "ui/mainwindow.h"
#include "ui/map/stakeholdermappage.h"
#include "ui/portfoliopanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace keyplan::test {
namespace {

// The account's tabs, in their order, by what they hold.
const QStringList tabNames {QStringLiteral("details"), QStringLiteral("map"), QStringLiteral("people"),
    QStringLiteral("goals"), QStringLiteral("health"), QStringLiteral("plays"), QStringLiteral("whitespace"),
    QStringLiteral("pipeline"), QStringLiteral("qbr"), QStringLiteral("stage"), QStringLiteral("revenue")};

bool opensDialog(const QString &text)
{
    return withoutMnemonic(text).endsWith(QChar(0x2026));
}

// Qt's own dialogs: looked at, but not toured further.
bool isQtDialog(const QWidget *dialog)
{
    return qobject_cast<const QFileDialog *>(dialog) || qobject_cast<const QPrintPreviewDialog *>(dialog)
        || qobject_cast<const QMessageBox *>(dialog);
}

QString dialogName(const QWidget *dialog)
{
    if (!dialog->objectName().isEmpty())
        return slug(dialog->objectName());
    QString name = QString::fromLatin1(dialog->metaObject()->className());
    name.remove(QStringLiteral("keyplan::"));
    return slug(name);
}

} // namespace

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : withoutMnemonic(text)) {
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

ScreenTour::ScreenTour(Visitor visitor)
    : m_visitor(std::move(visitor))
{
}

void ScreenTour::visit(const QString &name, QWidget *screen)
{
    QApplication::processEvents();
    QTest::qWait(30);
    m_visitor(name, screen);
}

void ScreenTour::catchDialog(const QString &name, const std::function<void()> &open, int depth)
{
    QWidget *const before = QApplication::activeModalWidget();
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == before) {
            if (clock.elapsed() > 4000) { // the button opened nothing modal
                poll.stop();
                done = true;
            }
            return;
        }
        poll.stop();
        if (!QTest::qWaitForWindowExposed(modal))
            qWarning("%s was not shown", qPrintable(name));
        ++m_dialogs;
        const QString full = name + u'-' + dialogName(modal);
        visit(full, modal);
        if (depth < 2 && !isQtDialog(modal))
            openDialogsFrom(modal, full, depth + 1);
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
        done = true;
    });
    poll.start();
    open();
    while (!done)
        QTest::qWait(20);
}

void ScreenTour::openDialogsFrom(QWidget *root, const QString &prefix, int depth)
{
    QList<QPointer<QAbstractButton>> buttons;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->window() == root->window() && button->isVisibleTo(root->window()) && button->isEnabled()
            && opensDialog(button->text()))
            buttons.append(button);
    }
    int index = 0;
    for (const QPointer<QAbstractButton> &button : std::as_const(buttons)) {
        ++index;
        if (!button || !button->isVisible() || !button->isEnabled())
            continue; // the last dialog changed the page
        const QString name = prefix + u'-'
            + (button->objectName().isEmpty() ? QStringLiteral("button%1").arg(index) : slug(button->objectName()));
        catchDialog(name, [&button] { button->click(); }, depth);
    }
}

bool ScreenTour::run(MainWindow &window, const QString &plan, const QString &account)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    visit(QStringLiteral("welcome"), &window);
    openDialogsFrom(window.welcomePage(), QStringLiteral("welcome"), 1);
    if (!window.openPlan(plan))
        return false;
    QTableView *table = window.portfolioPanel()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (account.isEmpty() || table->model()->index(row, 0).data().toString() == account) {
            table->setCurrentIndex(table->model()->index(row, 0));
            break;
        }
    }
    if (window.portfolioPanel()->currentAccount() == 0)
        return false;
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        dock->hide();

    QTabWidget *tabs = window.accountEditor()->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QString name = QStringLiteral("tab-") + tabNames.value(tab, QString::number(tab));
        visit(name, &window);
        openDialogsFrom(tabs->widget(tab), name, 1);
    }
    openDialogsFrom(window.portfolioPanel(), QStringLiteral("portfolio"), 1);

    tabs->setCurrentWidget(window.accountEditor()->mapPage());
    window.accountEditor()->mapPage()->wideAction()->setChecked(true);
    visit(QStringLiteral("tab-map-wide"), &window);
    window.accountEditor()->mapPage()->wideAction()->setChecked(false);
    tabs->setCurrentIndex(0);

    for (QDockWidget *dock : docks) {
        dock->show();
        QTest::qWait(100);
        const QString name = QStringLiteral("dock-") + slug(dock->objectName().remove(QStringLiteral("Dock")));
        visit(name, &window);
        if (auto *inner = dock->widget() ? dock->widget()->findChild<QTabWidget *>() : nullptr) {
            for (int tab = 1; tab < inner->count(); ++tab) {
                inner->setCurrentIndex(tab);
                QTest::qWait(100);
                visit(name + QStringLiteral("-%1").arg(tab), &window);
            }
            inner->setCurrentIndex(0);
        }
        if (dock->widget())
            openDialogsFrom(dock->widget(), name, 1);
        dock->hide();
    }

    // All the docks at once, beside each tab: their controls share the window's keys.
    for (QDockWidget *dock : docks)
        dock->show();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        visit(QStringLiteral("docks-tab-") + tabNames.value(tab, QString::number(tab)), &window);
    }
    for (QDockWidget *dock : docks)
        dock->hide();
    tabs->setCurrentIndex(0);

    // The menus' items that open a dialog.
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menuAction : menus) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        const QList<QAction *> items = menu->actions();
        for (QAction *item : items) {
            if (item->menu() || !item->isEnabled() || !item->isVisible() || !opensDialog(item->text()))
                continue;
            const QString name = QStringLiteral("menu-")
                + (item->objectName().isEmpty() ? slug(item->text()) : slug(item->objectName()));
            catchDialog(name, [item] { item->trigger(); }, 1);
        }
    }

    // The user guide, in its own window (F1).
    if (auto *guide = window.findChild<QAction *>(QStringLiteral("userGuide"))) {
        tabs->setCurrentWidget(window.accountEditor()->mapPage());
        guide->trigger();
        if (auto *help = window.findChild<QWidget *>(QStringLiteral("helpWindow")); help && QTest::qWaitForWindowExposed(help)) {
            visit(QStringLiteral("help-guide"), help);
            help->close();
        }
        tabs->setCurrentIndex(0);
    }
    return true;
}

} // namespace keyplan::test
