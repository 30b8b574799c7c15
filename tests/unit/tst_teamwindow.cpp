// The window on a team plan: File > Connect to Team Plan… makes the address from its fields, the
// window names the plan by its database and server, keeps it in Open Recent without a password,
// makes no local backups of it, and a reader's window says it is read-only and why.
#include "item/plandocument.h"
#include "storage/plandatabase.h"
#include "testscreenshot.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/teamconnectdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
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

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
