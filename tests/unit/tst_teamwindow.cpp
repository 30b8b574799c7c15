// The window on a team plan: File > Connect to Team Plan… makes the address from its fields, the
// window names the plan by its database and server, keeps it in Open Recent without a password,
// makes no local backups of it, and a reader's window says it is read-only and why.
#include "item/plandocument.h"
#include "storage/plandatabase.h"
#include "testscreenshot.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/conflictdialog.h"
#include "ui/teamconnectdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QStandardPaths>
#include <QtTest>

using namespace keyplan;

class TestTeamWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectDialog_makesTheAddressFromItsFields();
    void window_onATeamPlan();
    void window_ofAReader_saysItIsReadOnly();
    void window_showsAConflictAndSavesMineOverTheirs();

private:
    QTemporaryDir m_dir;
    QString m_team;
};

void TestTeamWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString file = m_dir.filePath(QStringLiteral("sample.keyplan"));
    QVERIFY(test::writeSamplePlan(file));
    m_team = test::newServerDatabase();
    const test::Run copied = test::runKeyplan({QStringLiteral("copy"), file, m_team});
    QVERIFY2(copied.exitCode == 0, copied.err.constData());
}

void TestTeamWindow::connectDialog_makesTheAddressFromItsFields()
{
    TeamConnectDialog dialog(QString {});
    QPushButton *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.hostEdit()->setText(QStringLiteral("plans.example.com"));
    dialog.portSpin()->setValue(6432);
    dialog.databaseEdit()->setText(QStringLiteral("key_accounts"));
    dialog.userEdit()->setText(QStringLiteral("priya"));
    dialog.securityCombo()->setCurrentIndex(dialog.securityCombo()->findData(QStringLiteral("verify-full")));
    QVERIFY(!connect->isEnabled()); // verifying needs the CA
    dialog.caFileEdit()->setText(QStringLiteral("/etc/keyplan/team ca.pem"));
    QVERIFY(connect->isEnabled());
    const QString url = dialog.url();
    QCOMPARE(url, QStringLiteral("postgresql://priya@plans.example.com:6432/key_accounts?sslmode=verify-full&sslrootcert=/etc/keyplan/team%20ca.pem"));
    // And back: the dialog opened on that address shows the same fields.
    TeamConnectDialog again(url);
    QCOMPARE(again.hostEdit()->text(), QStringLiteral("plans.example.com"));
    QCOMPARE(again.portSpin()->value(), 6432);
    QCOMPARE(again.caFileEdit()->text(), QStringLiteral("/etc/keyplan/team ca.pem"));
    QCOMPARE(again.url(), url);
    dialog.databaseEdit()->clear();
    QVERIFY(!connect->isEnabled());
    test::saveScreenshot(&again, "team-connect-dialog");
}

void TestTeamWindow::window_onATeamPlan()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openPlan(m_team));
    QVERIFY(window.document()->database().isServer());
    const QString database = m_team.section(u'/', -1);
    QVERIFY2(window.windowTitle().contains(database + QStringLiteral(" on 127.0.0.1")), qPrintable(window.windowTitle()));
    QCOMPARE(window.document()->accounts().size(), 29);
    QVERIFY(!window.document()->isReadOnly());
    QVERIFY(window.autoBackup() == nullptr); // the server keeps a team plan's backups
    QVERIFY(!window.restoreBackupAction()->isEnabled());
    QVERIFY(window.readOnlyLabel()->text().isEmpty());
    QVERIFY(QSettings().value(QStringLiteral("files/recent")).toStringList().contains(m_team));
    test::saveScreenshot(&window, "team-window");
}

void TestTeamWindow::window_ofAReader_saysItIsReadOnly()
{
    QVERIFY(test::runSql(test::serverUrl(QStringLiteral("postgres")),
        {QStringLiteral("DO $$ BEGIN CREATE ROLE kp_window_reader LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")}));
    QCOMPARE(test::runKeyplan({QStringLiteral("team"), QStringLiteral("grant"), m_team, QStringLiteral("kp_window_reader"),
                 QStringLiteral("--role"), QStringLiteral("reader")})
                 .exitCode,
        0);
    QString reader = m_team;
    reader.replace(QRegularExpression(QStringLiteral("//[^@]*@")), QStringLiteral("//kp_window_reader@"));
    MainWindow window;
    window.show();
    QVERIFY(window.openPlan(reader));
    QVERIFY(window.document()->isReadOnly());
    QCOMPARE(window.readOnlyLabel()->text(), QStringLiteral("Read-only: you may read this team plan, not change it"));
    QVERIFY(window.windowTitle().endsWith(QStringLiteral("[read-only]")));
    QVERIFY(!window.newAccountAction()->isEnabled());
}

void TestTeamWindow::window_showsAConflictAndSavesMineOverTheirs()
{
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    QVERIFY(window.openPlan(m_team));
    PlanDocument *mine = window.document();
    // A colleague's window on the same plan (the same login: another client all the same).
    PlanOpenResult result;
    PlanDocument theirs(PlanDatabase::open(m_team, PlanOpenMode::ReadWrite, &result));
    AccountId account = 0;
    for (const Account &a : mine->accounts()) {
        if (!mine->stakeholders(a.id).isEmpty()) {
            account = a.id;
            break;
        }
    }
    QVERIFY(account > 0);
    const Stakeholder read = mine->stakeholders(account).constFirst();
    Stakeholder colleague = *theirs.stakeholder(read.id);
    colleague.title = QStringLiteral("Chief Financial Officer");
    colleague.notes = QString(10000, u'n');
    theirs.editStakeholder(colleague);

    bool shown = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        shown = true;
        // Closed whatever the checks below find: a failed one must not leave the test waiting.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QTableWidget *table = dialog->table();
        QStringList fields;
        for (int row = 0; row < table->rowCount(); ++row)
            fields.append(table->item(row, 0)->text());
        QCOMPARE(fields.contains(QStringLiteral("Title")), true);
        QCOMPARE(fields.contains(QStringLiteral("Notes")), true);
        const int title = int(fields.indexOf(QStringLiteral("Title")));
        QCOMPARE(table->item(title, 1)->text(), read.title);
        QCOMPARE(table->item(title, 2)->text(), QStringLiteral("Chief Financial Officer"));
        QCOMPARE(table->item(title, 3)->text(), QStringLiteral("<b>Chief</b> Executive"));
        // A 10,000-character value is cut short in its cell and whole enough in its tooltip.
        const int notes = int(fields.indexOf(QStringLiteral("Notes")));
        QVERIFY(table->item(notes, 2)->text().size() < 300);
        QVERIFY(!table->item(notes, 2)->toolTip().isEmpty());
        test::saveScreenshot(dialog, "team-conflict");
        QVERIFY(dialog->overwriteButton());
        dialog->overwriteButton()->click();
    });
    poll.start(50);
    Stakeholder edited = read;
    edited.title = QStringLiteral("<b>Chief</b> Executive");
    mine->editStakeholder(edited);
    QTRY_VERIFY_WITH_TIMEOUT(shown, 10000);
    QTRY_COMPARE(theirs.stakeholder(read.id)->title, QStringLiteral("<b>Chief</b> Executive"));
    QCOMPARE(theirs.stakeholder(read.id)->notes, QString(10000, u'n'));
}

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
