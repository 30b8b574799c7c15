// The first run as a new user meets it: a welcome page instead of a pre-filled plan; starting a
// portfolio with its name, currency, fiscal year and owner; the sample in a file of its own, marked
// Sample; an empty plan that says what to do next; several accounts deleted as one undo step.
#include "item/accountediting.h"
#include "item/plandocument.h"
#include "item/portfoliofilterproxy.h"
#include "item/portfoliomodel.h"
#include "storage/planinfostore.h"
#include "storage/plandatabase.h"
#include "testscreenshot.h"
#include "testsupport.h"
#include "ui/data/firstrun.h"
#include "ui/mainwindow.h"
#include "ui/portfoliopanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace keyplan;


class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void noPlan_showsTheWaysToBegin();
    void startMyPortfolio_makesAnEmptyPlanThatSaysWhatNext();
    void exploreTheSample_opensItsOwnFileMarkedSample();
    void severalAccounts_deletedTogetherAsOneUndoStep();
};

void TestFirstRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFirstRun::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestFirstRun::noPlan_showsTheWaysToBegin()
{
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    test::saveScreenshot(&window, "welcome");
    QVERIFY(window.welcomePage()->isVisible());
    QStringList buttons;
    for (const QPushButton *button : window.welcomePage()->findChildren<QPushButton *>())
        buttons.append(button->text());
    QVERIFY2(buttons.contains(QStringLiteral("&Start My Portfolio…")), qPrintable(buttons.join(u'|')));
    QVERIFY(buttons.contains(QStringLiteral("&Import from Salesforce, HubSpot or Files…")));
    QVERIFY(buttons.contains(QStringLiteral("E&xplore the Sample")));
    // No plan was written behind the user's back.
    QVERIFY(!QFileInfo::exists(portfolioPath()));
}

void TestFirstRun::startMyPortfolio_makesAnEmptyPlanThatSaysWhatNext()
{
    MainWindow window;
    window.show();
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<StartPortfolioDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->nameField()->setText(QStringLiteral("Priya's <key> accounts"));
        dialog->currencyField()->setCurrentIndex(dialog->currencyField()->findData(QStringLiteral("EUR")));
        dialog->fiscalYearField()->setCurrentIndex(3); // April
        dialog->ownerField()->setText(QStringLiteral("Priya Shah"));
        test::saveScreenshot(dialog, "start-portfolio");
        dialog->accept();
    });
    FirstRun::startPortfolio(&window, false);
    QVERIFY(window.document());
    QCOMPARE(window.document()->database().path(), portfolioPath());
    QCOMPARE(window.document()->title(), QStringLiteral("Priya's <key> accounts"));
    QCOMPARE(window.document()->currency(), QStringLiteral("EUR"));
    QCOMPARE(PlanInfoStore(window.document()->database().connection()).fiscalYearStart(), 4);
    QCOMPARE(window.document()->team().size(), 1);
    QCOMPARE(window.document()->team().constFirst().name, QStringLiteral("Priya Shah"));
    QVERIFY(!window.document()->isSample());
    QVERIFY(!window.windowTitle().startsWith(QStringLiteral("Sample")));
    // No accounts: the portfolio says how to get some.
    window.resize(1024, 700);
    test::saveScreenshot(&window, "empty-plan");
    QVERIFY(window.portfolioPanel()->emptyHint()->isVisible());
    QVERIFY(window.portfolioPanel()->emptyHint()->text().contains(QStringLiteral("File > Import")));
    // One account in, and the hint goes.
    Account account;
    account.name = QStringLiteral("First Customer");
    AccountEditing::of(window.document())->addAccount(account, QStringLiteral("test"));
    QVERIFY(!window.portfolioPanel()->emptyHint()->isVisible());
}

void TestFirstRun::exploreTheSample_opensItsOwnFileMarkedSample()
{
    MainWindow window;
    window.show();
    FirstRun::exploreSample(&window);
    QVERIFY(window.document());
    QCOMPARE(window.document()->database().path(), samplePlanPath());
    QVERIFY(window.document()->isSample());
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Sample: ")), qPrintable(window.windowTitle()));
    QVERIFY(!QFileInfo::exists(portfolioPath()));
    QVERIFY(!window.portfolioPanel()->emptyHint()->isVisible());
}

void TestFirstRun::severalAccounts_deletedTogetherAsOneUndoStep()
{
    MainWindow window;
    window.show();
    FirstRun::exploreSample(&window);
    PortfolioModel *model = qobject_cast<PortfolioModel *>(window.portfolioPanel()->proxy()->sourceModel());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = model->rowCount();
    QTableView *table = window.portfolioPanel()->table();
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window.portfolioPanel()->selectedAccounts().size(), 3);
    QString asked;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text();
        for (QAbstractButton *button : box->buttons())
            if (button->text() == u"Delete")
                button->click();
    });
    window.deleteAccountAction()->trigger();
    QCOMPARE(asked, QStringLiteral("Delete these 3 accounts with their histories?"));
    QCOMPARE(model->rowCount(), before - 3);
    window.undoAction()->trigger();
    QCOMPARE(model->rowCount(), before);
    QCOMPARE(window.document()->undoStack()->index(), 0);
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
