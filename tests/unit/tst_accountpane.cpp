// The account's pane as the user moves between accounts and tabs: tabs out of sight catch up
// when brought up (and are built only then), and a play's snooze offers a day that puts it off.
#include "item/plandocument.h"
#include "item/playediting.h"
#include "item/stakeholdermodel.h"
#include "testsupport.h"
#include "ui/accounteditor.h"
#include "ui/data/firstrun.h"
#include "ui/mainwindow.h"
#include "ui/map/stakeholdermappage.h"
#include "ui/map/stakeholdermapscene.h"
#include "ui/playspage.h"
#include "ui/portfoliopanel.h"
#include "ui/revenuepage.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace keyplan;

class TestAccountPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabsOutOfSight_showTheNewAccountWhenBroughtUp();
    void pages_areBuiltWhenFirstShownAndStillReachTheWindow();
    void snooze_offersADayAfterThePlayFallsDue();

private:
    void selectAccountNamed(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccountPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

void TestAccountPane::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.keyplan").arg(QTest::currentTestFunction()));
    QVERIFY(test::writeSamplePlan(path));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openPlan(path));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccountPane::cleanup()
{
    m_window.reset();
}

void TestAccountPane::selectAccountNamed(const QString &name)
{
    QTableView *table = m_window->portfolioPanel()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == name) {
            table->setCurrentIndex(table->model()->index(row, 0));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row named %1").arg(name)));
}

void TestAccountPane::tabsOutOfSight_showTheNewAccountWhenBroughtUp()
{
    // Choosing an account loads the tab in sight; the others catch up as the user brings them up.
    AccountEditor *editor = m_window->accountEditor();
    QTabWidget *tabs = editor->tabs();
    selectAccountNamed(QStringLiteral("Northgate Logistics"));
    tabs->setCurrentIndex(0);
    selectAccountNamed(QStringLiteral("Kestrel Aviation Services"));
    const auto namesOnPeopleTab = [tabs] {
        QStringList names;
        const auto *table = tabs->currentWidget()->findChild<QTableView *>();
        for (int row = 0; table && row < table->model()->rowCount(); ++row)
            names.append(table->model()->index(row, StakeholderModel::Name).data().toString());
        return names;
    };
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (tabs->tabText(tab) == u"People")
            tabs->setCurrentIndex(tab);
    }
    QVERIFY(namesOnPeopleTab().contains(QStringLiteral("Rob Ashworth")));
    QVERIFY(!namesOnPeopleTab().contains(QStringLiteral("Sam Patel"))); // Northgate's
    // Back to Northgate from the People tab, then to Revenue, out of sight until now.
    selectAccountNamed(QStringLiteral("Northgate Logistics"));
    QVERIFY(namesOnPeopleTab().contains(QStringLiteral("Sam Patel")));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (tabs->tabText(tab) == u"Revenue")
            tabs->setCurrentIndex(tab);
    }
    const auto *revenue = tabs->currentWidget()->findChild<RevenuePage *>();
    QVERIFY(revenue);
    QCOMPARE(revenue->table()->model()->rowCount(), 3); // Northgate's three changes of ARR
}

void TestAccountPane::pages_areBuiltWhenFirstShownAndStillReachTheWindow()
{
    // The window opens with the page in sight; the ten others wait until they are brought up.
    QTabWidget *tabs = m_window->accountEditor()->tabs();
    const auto builtPages = [tabs] {
        int built = 0;
        for (int tab = 0; tab < tabs->count(); ++tab)
            built += qobject_cast<QScrollArea *>(tabs->widget(tab))->widget() ? 1 : 0;
        return built;
    };
    QCOMPARE(tabs->count(), 11);
    QCOMPARE(builtPages(), 1);
    selectAccountNamed(QStringLiteral("Northgate Logistics"));

    // Wide Map, from the View menu, before the map was ever shown: the map comes up wide with the
    // account's people, and its People table with it (they share one model).
    auto *wide = m_window->findChild<QAction *>(QStringLiteral("wideMap"));
    QVERIFY(wide);
    bool inAMenu = false;
    for (const QAction *menu : m_window->menuBar()->actions())
        inAMenu = inAMenu || (menu->menu() && menu->menu()->actions().contains(wide));
    QVERIFY(inAMenu);
    wide->trigger();
    StakeholderMapPage *map = m_window->accountEditor()->mapPage();
    QVERIFY(tabs->currentWidget()->isAncestorOf(map));
    QVERIFY(!m_window->portfolioPanel()->isVisible());
    QCOMPARE(map->wideAction(), wide);
    QVERIFY(map->scene()->items().size() > 5);
    QCOMPARE(builtPages(), 3);
    wide->trigger();
    QVERIFY(m_window->portfolioPanel()->isVisible());

    // Prepare QBR on a QBR tab built only now still opens the account's QBR for the window.
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (tabs->tabText(tab) == u"QBR")
            tabs->setCurrentIndex(tab);
    }
    QPushButton *prepare = nullptr;
    for (QPushButton *button : tabs->currentWidget()->findChildren<QPushButton *>())
        if (button->text() == u"&Prepare QBR…")
            prepare = button;
    QVERIFY(prepare);
    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            modal->close();
        }
    });
    prepare->click();
    QCOMPARE(opened, QStringLiteral("keyplan::QbrDialog"));
    QCOMPARE(builtPages(), 4);

    // Closing the plan shows the welcome page again.
    m_window->closePlan();
    QVERIFY(m_window->welcomePage()->isVisible());
}

void TestAccountPane::snooze_offersADayAfterThePlayFallsDue()
{
    selectAccountNamed(QStringLiteral("Northgate Logistics"));
    const QDate today = m_window->document()->asOf();
    PlaysPage *page = m_window->accountEditor()->playsPage();
    m_window->accountEditor()->showPage(page);
    // The play furthest ahead: snoozing it to a week from today would put nothing off.
    std::optional<Play> latest;
    for (const Play &play : PlayEditing::of(m_window->document())->plays(m_window->accountEditor()->account()))
        if (play.isAlive() && (!latest || play.dueOn > latest->dueOn))
            latest = play;
    QVERIFY(latest && latest->dueOn >= today.addDays(7));
    page->selectPlay(latest->id);
    QDate offered;
    QTimer::singleShot(0, this, [&offered] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *day = modal ? modal->findChild<QDateEdit *>() : nullptr)
            offered = day->date();
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    });
    page->snoozeButton()->click();
    QCOMPARE(offered, latest->dueOn.addDays(7));
}

QTEST_MAIN(TestAccountPane)
#include "tst_accountpane.moc"
