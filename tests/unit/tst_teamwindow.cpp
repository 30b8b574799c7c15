// The window on a team plan: File > Connect to Team Plan… makes the address from its fields, the
// window names the plan by its database and server, keeps it in Open Recent without a password,
// makes no local backups of it, and a reader's window says it is read-only and why.
#include "item/plandocument.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"
#include "testscreenshot.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "item/itemroles.h"
#include "item/stakeholdermodel.h"
#include "item/peopleediting.h"
#include "item/liverefresh.h"
#include "ui/accountdetailsform.h"
#include "ui/accounteditor.h"
#include "ui/conflictdialog.h"
#include "ui/portfoliopanel.h"
#include "ui/stakeholderpage.h"
#include "ui/teamconnectdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QHeaderView>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
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
    void window_keepsAnOpenEditorAndItsPlaceThroughAColleaguesSave();
    void window_offline_refusesAnEditKeepingWhatWasTyped();

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
    QString error;
    QVERIFY2(test::grantLogin(m_team, QStringLiteral("kp_window_reader"), QStringLiteral("reader"), &error), qPrintable(error));
    const QString reader = test::urlAs(m_team, QStringLiteral("kp_window_reader"));
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
    PeopleEditing::of(&theirs)->editStakeholder(colleague);

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
    PeopleEditing::of(mine)->editStakeholder(edited);
    QTRY_VERIFY_WITH_TIMEOUT(shown, 10000);
    QTRY_COMPARE(theirs.stakeholder(read.id)->title, QStringLiteral("<b>Chief</b> Executive"));
    QCOMPARE(theirs.stakeholder(read.id)->notes, QString(10000, u'n'));
}

// What the issue asks of live refresh, from the user's side: a colleague's save shows in the window
// while the user is typing in a cell of another row; the editor stays open with what was typed,
// the current row and the scroll stay, and Enter then saves the typing beside the colleague's
// change.
void TestTeamWindow::window_keepsAnOpenEditorAndItsPlaceThroughAColleaguesSave()
{
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    QVERIFY(window.openPlan(m_team));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PlanDocument *mine = window.document();
    PlanOpenResult result;
    PlanDocument theirs(PlanDatabase::open(m_team, PlanOpenMode::ReadWrite, &result));
    QString name;
    for (const Account &a : mine->accounts()) {
        if (mine->stakeholders(a.id).size() >= 6) {
            name = a.name;
            break;
        }
    }
    QVERIFY(!name.isEmpty());
    QTableView *portfolio = window.portfolioPanel()->table();
    for (int row = 0; row < portfolio->model()->rowCount(); ++row) {
        const QModelIndex index = portfolio->model()->index(row, 0);
        if (index.data().toString() == name)
            QTest::mouseClick(portfolio->viewport(), Qt::LeftButton, {}, portfolio->visualRect(index).center());
    }
    StakeholderPage *page = window.accountEditor()->peoplePage();
    window.accountEditor()->showPage(page);
    QTableView *table = page->table();
    QTRY_VERIFY(table->isVisible());
    const int rows = table->model()->rowCount();
    QVERIFY(rows >= 6);
    // Scrolled down a little, typing a new title for the last person, not yet saved.
    table->setFixedHeight(table->horizontalHeader()->height() + 3 * table->rowHeight(0));
    const QModelIndex mineIndex = table->model()->index(rows - 1, StakeholderModel::Title);
    table->setCurrentIndex(mineIndex);
    table->scrollTo(mineIndex);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    table->edit(mineIndex);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor && editor->isVisible());
    editor->setText(QStringLiteral("Head of Procurement"));
    const QPointer<QLineEdit> open = editor; // cleared if the editor is closed
    const StakeholderId typedFor = mineIndex.data(StakeholderIdRole).toLongLong();

    // The colleague renames the first person and saves.
    const QString first = table->model()->index(0, StakeholderModel::Name).data().toString();
    Stakeholder his;
    for (const Stakeholder &person : theirs.stakeholders(mine->stakeholder(typedFor)->accountId)) {
        if (person.name == first)
            his = person;
    }
    QVERIFY(his.id > 0 && his.id != typedFor);
    his.title = QStringLiteral("Chief Data Officer");
    PeopleEditing::of(&theirs)->editStakeholder(his);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, StakeholderModel::Title).data().toString(),
        QStringLiteral("Chief Data Officer"), 5000);

    // The editor is still open on the same cell with what was typed; the place is kept.
    QVERIFY(open && open->isVisible()); // not closed and made again: the same editor
    QCOMPARE(table->viewport()->findChildren<QLineEdit *>().size(), 1);
    QCOMPARE(editor->text(), QStringLiteral("Head of Procurement"));
    QCOMPARE(table->currentIndex().data(StakeholderIdRole).toLongLong(), typedFor);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    // Enter saves it, over the colleague's change to the other person.
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(theirs.stakeholder(typedFor)->title, QStringLiteral("Head of Procurement"));
    QCOMPARE(theirs.stakeholder(his.id)->title, QStringLiteral("Chief Data Officer"));
}

// The server goes while the user types in the account's details: Tab refuses the edit with a
// message saying why, once; the form keeps the account and what was typed. When the server is
// back, Enter saves it.
void TestTeamWindow::window_offline_refusesAnEditKeepingWhatWasTyped()
{
    const QString admin = test::serverUrl(QStringLiteral("postgres"));
    QString error;
    QVERIFY2(test::grantLogin(m_team, QStringLiteral("kp_window_away"), QStringLiteral("editor"), &error), qPrintable(error));
    const QString away = test::urlAs(m_team, QStringLiteral("kp_window_away"));
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    QVERIFY(window.openPlan(away));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PlanDocument *document = window.document();
    AccountDetailsForm *form = window.accountEditor()->details();
    const QString name = form->nameField()->text();
    QVERIFY(!name.isEmpty());
    AccountId shown = 0;
    for (const Account &account : document->accounts()) {
        if (account.name == name)
            shown = account.id;
    }
    QVERIFY(shown > 0);
    LiveRefresh *live = LiveRefresh::of(document);
    live->setKeepAliveInterval(60000); // checked by hand below

    const qint64 pid = sql::scalar(document->database().connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    QVERIFY(test::runSql(admin, {QStringLiteral("ALTER ROLE kp_window_away NOLOGIN"),
                                    QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)}));
    const auto letBackIn = qScopeGuard([&admin] { test::runSql(admin, {QStringLiteral("ALTER ROLE kp_window_away LOGIN")}); });
    live->checkConnection();
    QVERIFY(document->isOffline());

    QStringList said;
    QTimer closer;
    connect(&closer, &QTimer::timeout, &closer, [&said] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said.append(box->text());
            box->accept();
        }
    });
    closer.start(20);
    QLineEdit *industry = form->industryField();
    industry->setFocus();
    industry->selectAll();
    QTest::keyClicks(industry, QStringLiteral("Typed while offline"));
    QTest::keyClick(industry, Qt::Key_Tab);
    QTRY_COMPARE(said.size(), 1);
    QVERIFY2(said.constFirst().contains(QStringLiteral("cannot be reached")), qPrintable(said.constFirst()));
    QTest::qWait(100);
    QCOMPARE(said.size(), 1); // said once, though the field lost its focus to the message too
    QVERIFY(form->isEnabled());
    QCOMPARE(form->nameField()->text(), name);
    QCOMPARE(industry->text(), QStringLiteral("Typed while offline"));

    QVERIFY(test::runSql(admin, {QStringLiteral("ALTER ROLE kp_window_away LOGIN")}));
    live->checkConnection();
    QVERIFY(!document->isOffline());
    QCOMPARE(industry->text(), QStringLiteral("Typed while offline"));
    industry->setFocus();
    QTest::keyClick(industry, Qt::Key_Return);
    QCOMPARE(document->account(shown)->industry, QStringLiteral("Typed while offline"));
    QCOMPARE(said.size(), 1);
}

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
