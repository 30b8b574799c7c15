// The same manners everywhere: removing what carries history asks first, with Cancel for Enter;
// an export says in the status bar which file it wrote.
#include "testsupport.h"

#include "item/plandocument.h"
#include "ui/accounteditor.h"
#include "ui/mainwindow.h"
#include "ui/portfoliopanel.h"
#include "ui/stakeholderpage.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keyplan;

class TestConfirmations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void removePerson_asksAndEnterKeepsThem();
    void export_statusBarNamesTheFileWritten();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestConfirmations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

void TestConfirmations::init()
{
    const QString path = m_dir.filePath(QStringLiteral("c%1.keyplan").arg(QTest::currentTestFunction()));
    QVERIFY(test::writeSamplePlan(path));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openPlan(path));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConfirmations::cleanup()
{
    m_window.reset();
}

void TestConfirmations::removePerson_asksAndEnterKeepsThem()
{
    PlanDocument *document = m_window->document();
    const AccountId account = test::accountNamed(*document, QStringLiteral("Northgate Logistics"));
    m_window->portfolioPanel()->selectAccount(account);
    StakeholderPage *people = m_window->accountEditor()->peoplePage();
    m_window->accountEditor()->showPage(people);
    people->table()->setCurrentIndex(people->table()->model()->index(0, 0));
    const QString name = people->table()->model()->index(0, 0).data().toString();
    const qsizetype before = document->stakeholders(account).size();
    QPushButton *remove = nullptr;
    for (QPushButton *button : people->findChildren<QPushButton *>())
        if (button->text() == u"Remove Person")
            remove = button;
    QVERIFY(remove);

    // Enter on the question keeps the person.
    QString asked;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text();
        QVERIFY(box->informativeText().contains(QStringLiteral("undo")));
        QTest::keyClick(box, Qt::Key_Return);
    });
    remove->click();
    QCOMPARE(asked, QStringLiteral("Remove %1 from the map, with their touchpoints and links?").arg(name));
    QCOMPARE(document->stakeholders(account).size(), before);

    // Its Remove button removes them.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
    });
    remove->click();
    QCOMPARE(document->stakeholders(account).size(), before - 1);
}

void TestConfirmations::export_statusBarNamesTheFileWritten()
{
    QAction *exportSummary = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>())
        if (action->text() == u"&Export Portfolio Summary as PDF…")
            exportSummary = action;
    QVERIFY(exportSummary);
    const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
    QTimer::singleShot(0, this, [pdf] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(pdf);
        QMetaObject::invokeMethod(dialog, "accept"); // as its Save button does
    });
    exportSummary->trigger();
    QVERIFY(QFileInfo::exists(pdf));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Portfolio summary exported to %1").arg(pdf));
}

QTEST_MAIN(TestConfirmations)
#include "tst_confirmations.moc"
