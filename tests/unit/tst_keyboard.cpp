// The main flows without a mouse: the account's tabs, the tables, the map going wide, recording a
// touchpoint and opening an opportunity, all from the keyboard.
#include "testsupport.h"

#include "ui/accounteditor.h"
#include "ui/mainwindow.h"
#include "ui/map/stakeholdermappage.h"
#include "ui/opportunitydialog.h"
#include "ui/pipelinepage.h"
#include "ui/portfoliopanel.h"
#include "ui/stakeholderpage.h"
#include "ui/touchpointdialog.h"

#include <QApplication>
#include <QDialog>
#include <QLocale>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keyplan;

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlDigits_bringUpTheAccountsTabsAndFocusThem();
    void tab_leavesATableAndKeepsTheAccount();
    void enter_opensTheRow();
    void shortcuts_wideMapAndRecordTouchpoint();

private:
    // The class of the modal dialog `press` opens, closed again; empty when nothing opened.
    QString modalOpenedBy(const std::function<void()> &press);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

void TestKeyboard::init()
{
    const QString path = m_dir.filePath(QStringLiteral("keys%1.keyplan").arg(QTest::currentTestFunction()));
    QVERIFY(test::writeSamplePlan(path));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openPlan(path));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->portfolioPanel()->currentAccount() > 0);
}

void TestKeyboard::cleanup()
{
    m_window.reset();
}

QString TestKeyboard::modalOpenedBy(const std::function<void()> &press)
{
    QString opened;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &poll, [&opened, &poll] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            poll.stop();
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        }
    });
    poll.start(20);
    press();
    for (int waited = 0; opened.isEmpty() && waited < 2000; waited += 20)
        QTest::qWait(20);
    return opened;
}

void TestKeyboard::ctrlDigits_bringUpTheAccountsTabsAndFocusThem()
{
    QTabWidget *tabs = m_window->accountEditor()->tabs();
    m_window->portfolioPanel()->table()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
    QVERIFY(tabs->currentWidget()->isAncestorOf(m_window->accountEditor()->peoplePage()));
    // The keyboard is on the page now, ready to use it.
    QVERIFY(QApplication::focusWidget());
    QVERIFY(m_window->accountEditor()->peoplePage()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    // Ctrl+Page Up from the first tab wraps round to the last, which has no digit of its own.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    // Each tab's tooltip names its shortcut.
    QCOMPARE(tabs->tabToolTip(2), QKeySequence(Qt::CTRL | Qt::Key_3).toString(QKeySequence::NativeText));
}

void TestKeyboard::tab_leavesATableAndKeepsTheAccount()
{
    QTableView *table = m_window->portfolioPanel()->table();
    table->setFocus();
    const AccountId account = m_window->portfolioPanel()->currentAccount();
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
    QCOMPARE(m_window->portfolioPanel()->currentAccount(), account);
    // The arrows still move inside it.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(m_window->portfolioPanel()->currentAccount() != account);
}

void TestKeyboard::enter_opensTheRow()
{
    // On the portfolio, Enter takes the keyboard to the account's plan.
    QTableView *portfolio = m_window->portfolioPanel()->table();
    portfolio->setFocus();
    portfolio->setCurrentIndex(portfolio->model()->index(0, 0));
    QTest::keyClick(portfolio, Qt::Key_Return);
    QVERIFY(QApplication::focusWidget() && m_window->accountEditor()->isAncestorOf(QApplication::focusWidget()));

    // On the pipeline, Enter opens the opportunity.
    const QString account = QStringLiteral("Northgate Logistics");
    for (int row = 0; row < portfolio->model()->rowCount(); ++row)
        if (portfolio->model()->index(row, 0).data().toString() == account)
            portfolio->setCurrentIndex(portfolio->model()->index(row, 0));
    m_window->accountEditor()->showPage(m_window->accountEditor()->pipelinePage());
    QTableView *pipeline = m_window->accountEditor()->pipelinePage()->table();
    QVERIFY(pipeline->model()->rowCount() > 0);
    pipeline->setFocus();
    pipeline->setCurrentIndex(pipeline->model()->index(0, 0));
    QCOMPARE(modalOpenedBy([pipeline] { QTest::keyClick(pipeline, Qt::Key_Return); }),
        QStringLiteral("keyplan::OpportunityDialog"));
}

void TestKeyboard::shortcuts_wideMapAndRecordTouchpoint()
{
    QWidget *focus = m_window->portfolioPanel()->table();
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->accountEditor()->tabs()->currentWidget()->isAncestorOf(m_window->accountEditor()->mapPage()));
    QVERIFY(!m_window->portfolioPanel()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->portfolioPanel()->isVisible());

    QCOMPARE(modalOpenedBy([this] { QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier); }),
        QStringLiteral("keyplan::TouchpointDialog"));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
