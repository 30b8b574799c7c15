#include "item/accountediting.h"
#include "item/plandocument.h"
#include "storage/accountstore.h"
#include "storage/backupfolder.h"
#include "storage/plandatabase.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/restorebackupdialog.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace keyplan;

namespace {

// Answers the modal dialogs that open while `action` runs, one after another: each handler gets
// the dialog on top and clicks what the user would.
void answerDialogs(const QList<std::function<void(QWidget *)>> &handlers, const std::function<void()> &action)
{
    auto pending = std::make_shared<QList<std::function<void(QWidget *)>>>(handlers);
    auto last = std::make_shared<QPointer<QWidget>>();
    QTimer timer;
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, [pending, last] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == *last || pending->isEmpty())
            return;
        *last = modal;
        // From a timer of its own: a handler that opens the next dialog blocks in it, and a timer
        // whose slot is still running does not fire again.
        QTimer::singleShot(0, modal, [handler = pending->takeFirst(), modal] { handler(modal); });
    });
    timer.start();
    action();
    timer.stop();
}

QPushButton *buttonNamed(QWidget *dialog, const QString &text)
{
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text().remove(QLatin1Char('&')).startsWith(text))
            return button;
    }
    return nullptr;
}

void click(QWidget *dialog, const QString &text)
{
    QPushButton *button = buttonNamed(dialog, text);
    QVERIFY2(button, qPrintable(text));
    button->click();
}

} // namespace

// Backups from the window: restoring one, and being offered one when a plan is damaged.
class TestBackupWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restoreFromBackup_bringsThePlanBackAndKeepsItAsItWas();
    void openingADamagedPlan_offersItsNewestGoodBackup();
};

void TestBackupWidgets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackupWidgets::restoreFromBackup_bringsThePlanBackAndKeepsItAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    MainWindow window;
    QVERIFY(window.openPlan(path));
    const int before = int(window.document()->accounts().size());
    QVERIFY(BackupFolder(path).takeFromFile(path, BackupReason::Manual).kept);
    AccountEditing::of(window.document())->removeAccount(window.document()->accounts().constFirst().id);
    QCOMPARE(window.document()->accounts().size(), before - 1);
    QVERIFY(window.restoreBackupAction()->isEnabled());

    answerDialogs(
        {[](QWidget *dialog) {
             auto *restore = qobject_cast<RestoreBackupDialog *>(dialog);
             QVERIFY(restore);
             QVERIFY(restore->table()->model()->rowCount() >= 1);
             restore->table()->selectRow(0);
             QVERIFY(restore->restoreButton()->isEnabled());
             restore->restoreButton()->click();
         },
            [](QWidget *question) { click(question, QStringLiteral("Restore")); }},
        [&window] { window.restoreBackupAction()->trigger(); });

    QVERIFY(window.document());
    QCOMPARE(window.document()->accounts().size(), before);
    // The plan as it was before the restore is the newest backup now (taken before the restore,
    // or automatically after the edit: an identical one is not kept twice).
    const QList<BackupEntry> entries = BackupFolder(path).entries();
    QVERIFY(entries.size() >= 2);
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> kept = PlanDatabase::open(entries.constFirst().path, PlanOpenMode::ReadOnly, &result);
    QVERIFY2(kept, qPrintable(result.message));
    QCOMPARE(AccountStore(kept->connection()).count(), before - 1);
}

void TestBackupWidgets::openingADamagedPlan_offersItsNewestGoodBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    QVERIFY(BackupFolder(path).takeFromFile(path, BackupReason::Automatic).kept);
    QVERIFY(test::damagePage(path));
    const QByteArray damaged = test::fileHash(path);

    MainWindow window;
    // Declined: nothing changes.
    answerDialogs({[](QWidget *question) {
        auto *box = qobject_cast<QMessageBox *>(question);
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QStringLiteral("damaged.keyplan.damaged")),
            qPrintable(box->informativeText()));
        click(question, QStringLiteral("Cancel"));
    }},
        [&window, &path] { QVERIFY(!window.openPlan(path)); });
    QCOMPARE(test::fileHash(path), damaged);
    QVERIFY(!QFile::exists(path + QStringLiteral(".damaged")));
    // Accepted: the backup takes the plan's place, the damaged file is kept beside it, and it opens.
    bool opened = false;
    answerDialogs({[](QWidget *question) { click(question, QStringLiteral("Restore the Backup")); }},
        [&window, &path, &opened] { opened = window.openPlan(path); });
    QVERIFY(opened);
    QVERIFY(window.document());
    QCOMPARE(test::fileHash(path + QStringLiteral(".damaged")), damaged);
    QVERIFY(!window.document()->accounts().isEmpty());
}

QTEST_MAIN(TestBackupWidgets)
#include "tst_backupwidgets.moc"
