#include "item/accountediting.h"
#include "item/autobackup.h"
#include "item/backuplistmodel.h"
#include "item/plandocument.h"
#include "storage/accountstore.h"
#include "storage/backupfolder.h"
#include "storage/plandatabase.h"
#include "item/itemroles.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

using namespace keyplan;

namespace {

int accountCount(const QString &path)
{
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
    return plan ? AccountStore(plan->connection()).count() : -1;
}

} // namespace

// Backups as a user relies on them: taken, checked, not repeated, thinned, and put back.
class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotation_keepsTheNewestDailyWeeklyAndMonthly();
    void take_writesACheckedPrivateCopyOnlyWhenThePlanChanged();
    void take_whileTheWindowWrites_isConsistent();
    void restoreCommand_keepsThePlanAsItWasAndCanBeUndone();
    void restoreCommand_onADamagedPlan_keepsItAsDamaged();
    void restoreCommand_refusesAFileThatIsNotASoundPlan();
    void backupCommand_neverReplacesWhatItShouldNot();
    void backupFolder_isTheSameThroughALink();
    void autoBackup_atMostEveryThirtyMinutesOfEditing();
    void backupListModel_showsEachBackupsFigures();
};

void TestBackups::rotation_keepsTheNewestDailyWeeklyAndMonthly()
{
    // Every 30 minutes of every day for two years, newest first.
    const QDateTime newest(QDate(2026, 12, 1), QTime(18, 0), QTimeZone::utc());
    QList<QDateTime> times;
    for (int i = 0; i < 2 * 365 * 48; ++i)
        times.append(newest.addSecs(-1800LL * i));
    const QList<qsizetype> kept = backupsToKeep(times, QTimeZone::utc());
    // The newest six, then one a day back to 12 days, one a week for 8 weeks, one a month for 12.
    for (qsizetype i = 0; i < 6; ++i)
        QVERIFY(kept.contains(i));
    QSet<QDate> days;
    QSet<int> months;
    for (const qsizetype i : kept) {
        days.insert(times.at(i).date());
        months.insert(times.at(i).date().year() * 100 + times.at(i).date().month());
    }
    for (int d = 0; d < 12; ++d)
        QVERIFY2(days.contains(newest.date().addDays(-d)), qPrintable(newest.date().addDays(-d).toString()));
    QCOMPARE(months.size(), 12);
    QVERIFY(kept.size() <= 6 + 12 + 8 + 12);
    QVERIFY(kept.size() >= 12 + 12 - 1); // days and months overlap in the current month at most
    // The oldest kept is about a year back, never two.
    const QDateTime oldest = times.at(kept.constLast());
    QVERIFY(oldest > newest.addMonths(-13));
    QVERIFY(oldest < newest.addMonths(-10));
    // Each kept daily backup is the newest of its day.
    for (const qsizetype i : kept) {
        if (i > 0 && times.at(i - 1).date() == times.at(i).date())
            QVERIFY2(i < 6, qPrintable(times.at(i).toString(Qt::ISODate)));
    }
}

void TestBackups::take_writesACheckedPrivateCopyOnlyWhenThePlanChanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    BackupFolder folder(path, dir.filePath(QStringLiteral("backups")));
    const QDateTime first(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    const BackupOutcome taken = folder.takeFromFile(path, BackupReason::Automatic, first);
    QVERIFY2(taken.ok, qPrintable(taken.error));
    QVERIFY(taken.kept);
    QCOMPARE(test::unixMode(taken.entry.path), 0600);
    QCOMPARE(test::unixMode(folder.path()), 0700);
    QCOMPARE(accountCount(taken.entry.path), accountCount(path));
    // Unchanged: nothing new is kept.
    const BackupOutcome again = folder.takeFromFile(path, BackupReason::Automatic, first.addSecs(1800));
    QVERIFY(again.ok);
    QVERIFY(!again.kept);
    QCOMPARE(folder.entries().size(), 1);
    // Changed: a second backup, the newest listed first with its reason and time.
    {
        const std::unique_ptr<PlanDocument> document = test::openDocument(path);
        AccountEditing::of(document.get())->editAccountField(document->accounts().constFirst().id, AccountField::Notes, QStringLiteral("new"));
    }
    const BackupOutcome changed = folder.takeFromFile(path, BackupReason::BeforeImport, first.addSecs(3600));
    QVERIFY(changed.kept);
    const QList<BackupEntry> entries = folder.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.constFirst().reason, BackupReason::BeforeImport);
    QCOMPARE(entries.constFirst().takenAt, first.addSecs(3600));
    QCOMPARE(entries.constLast().takenAt, first);
}

void TestBackups::take_whileTheWindowWrites_isConsistent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    const std::unique_ptr<PlanDocument> document = test::openDocument(path); // the writer keeps it open
    const AccountId id = document->accounts().constFirst().id;
    AccountEditing::of(document.get())->editAccountField(id, AccountField::Notes, QStringLiteral("before the backup"));
    BackupFolder folder(path, dir.filePath(QStringLiteral("backups")));
    const BackupOutcome taken = folder.takeFromFile(path, BackupReason::Automatic);
    QVERIFY2(taken.ok, qPrintable(taken.error));
    AccountEditing::of(document.get())->editAccountField(id, AccountField::Notes, QStringLiteral("after the backup"));
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> copy = PlanDatabase::open(taken.entry.path, PlanOpenMode::ReadOnly, &result);
    QVERIFY2(copy, qPrintable(result.message));
    QCOMPARE(AccountStore(copy->connection()).find(id)->notes, QStringLiteral("before the backup"));
}

void TestBackups::restoreCommand_keepsThePlanAsItWasAndCanBeUndone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.keyplan"));
    const QString copy = dir.filePath(QStringLiteral("copy.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    test::Run run = test::runKeyplan({QStringLiteral("backup"), path, QStringLiteral("-o"), copy});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const int before = accountCount(path);
    {
        const std::unique_ptr<PlanDocument> document = test::openDocument(path);
        AccountEditing::of(document.get())->removeAccount(document->accounts().constFirst().id);
    }
    QCOMPARE(accountCount(path), before - 1);
    run = test::runKeyplan({QStringLiteral("restore"), path, QStringLiteral("--from"), copy});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(accountCount(path), before);
    const QList<BackupEntry> entries = BackupFolder(path).entries();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.constFirst().reason, BackupReason::BeforeRestore);
    QCOMPARE(accountCount(entries.constFirst().path), before - 1);
    // Undoing the restore is restoring the backup it made.
    run = test::runKeyplan({QStringLiteral("restore"), path, QStringLiteral("--from"), entries.constFirst().path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(accountCount(path), before - 1);
    QCOMPARE(test::runKeyplan({QStringLiteral("check"), path}).exitCode, 0);
}

void TestBackups::restoreCommand_onADamagedPlan_keepsItAsDamaged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.keyplan"));
    const QString copy = dir.filePath(QStringLiteral("copy.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    QVERIFY(QFile::copy(path, copy));
    QVERIFY(test::damagePage(path));
    const QByteArray damaged = test::fileHash(path);
    const test::Run run = test::runKeyplan({QStringLiteral("restore"), path, QStringLiteral("--from"), copy});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(test::fileHash(path + QStringLiteral(".damaged")), damaged);
    QCOMPARE(accountCount(path), accountCount(copy));
    QCOMPARE(test::unixMode(path), 0600);
}

void TestBackups::restoreCommand_refusesAFileThatIsNotASoundPlan()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.keyplan"));
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(test::writeSamplePlan(path));
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a plan\n");
    notes.close();
    const QByteArray before = test::fileHash(path);
    const test::Run run = test::runKeyplan({QStringLiteral("restore"), path, QStringLiteral("--from"), text});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("cannot be restored"));
    QCOMPARE(test::fileHash(path), before);
}

void TestBackups::backupCommand_neverReplacesWhatItShouldNot()
{
    const QString writer = qEnvironmentVariable("KEYPLAN_KILL_WRITER");
    QVERIFY2(QFile::exists(writer), "KEYPLAN_KILL_WRITER must name keyplan_kill_writer");
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("plan.keyplan"));
    const QString other = dir.filePath(QStringLiteral("other.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    QVERIFY(test::writeSamplePlan(other));
    const auto backup = [&](const QStringList &extra) {
        return test::runKeyplan(QStringList {QStringLiteral("backup"), plan, QStringLiteral("-o")} + extra);
    };
    // An existing file: only with --replace.
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QFile text(notes);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("my notes\n");
    text.close();
    QCOMPARE(backup({notes}).exitCode, 1);
    QCOMPARE(test::fileHash(notes), QCryptographicHash::hash("my notes\n", QCryptographicHash::Sha256).toHex());
    // A pipe or a link: never, even with --replace.
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QCOMPARE(backup({fifo, QStringLiteral("--replace")}).exitCode, 1);
    QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
    const QString link = dir.filePath(QStringLiteral("link.keyplan"));
    QVERIFY(QFile::link(notes, link));
    QCOMPARE(backup({link, QStringLiteral("--replace")}).exitCode, 1);
    QCOMPARE(test::fileHash(notes), QCryptographicHash::hash("my notes\n", QCryptographicHash::Sha256).toHex());
    // A plan another Keyplan is writing: never.
    QProcess holder;
    holder.start(writer, {other, QStringLiteral("0")});
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(30000));
    const test::Run onLive = backup({other, QStringLiteral("--replace")});
    holder.kill();
    holder.waitForFinished();
    QCOMPARE(onLive.exitCode, 1);
    QVERIFY2(onLive.err.contains("open in another Keyplan"), onLive.err.constData());
    // A damaged plan's backup that fails its check replaces nothing and leaves nothing.
    const QString good = dir.filePath(QStringLiteral("good copy.keyplan"));
    QVERIFY(QFile::copy(plan, good));
    QVERIFY(test::damagePage(plan));
    const QByteArray goodHash = test::fileHash(good);
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(backup({good, QStringLiteral("--replace")}).exitCode, 1);
    QCOMPARE(test::fileHash(good), goodHash);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
}

void TestBackups::backupFolder_isTheSameThroughALink()
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("real.keyplan"));
    const QString link = dir.filePath(QStringLiteral("shortcut.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    QVERIFY(QFile::link(plan, link));
    QCOMPARE(BackupFolder(link).path(), BackupFolder(plan).path());
    QVERIFY(BackupFolder(plan).path().contains(QStringLiteral("/real-")));
}

void TestBackups::autoBackup_atMostEveryThirtyMinutesOfEditing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    const QString root = dir.filePath(QStringLiteral("backups"));
    const std::unique_ptr<PlanDocument> document = test::openDocument(path);
    const AccountId id = document->accounts().constFirst().id;
    QDateTime now(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
    AutoBackup backups(document.get(), root);
    backups.setClock([&now] { return now; });
    QSignalSpy finished(&backups, &AutoBackup::finished);
    BackupFolder folder(path, root);

    // Opened with no backup at all: the first one is due at once.
    backups.backUpIfDue();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.constLast().constFirst().value<BackupOutcome>().kept);
    QCOMPARE(folder.entries().size(), 1);

    // Ten minutes of editing later: not yet.
    now = now.addSecs(600);
    AccountEditing::of(document.get())->editAccountField(id, AccountField::Notes, QStringLiteral("ten minutes in"));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!backups.isRunning());

    // Thirty-one minutes after the first backup, the next edit brings the next backup.
    now = now.addSecs(21 * 60);
    AccountEditing::of(document.get())->editAccountField(id, AccountField::Notes, QStringLiteral("half an hour in"));
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(folder.entries().size(), 2);
    QCOMPARE(folder.entries().constFirst().takenAt, now);

    // An hour later without an edit: nothing new.
    now = now.addSecs(3600);
    backups.backUpIfDue();
    QTest::qWait(100);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(folder.entries().size(), 2);
}

void TestBackups::backupListModel_showsEachBackupsFigures()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("listed.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    const QString root = dir.filePath(QStringLiteral("backups"));
    BackupFolder folder(path, root);
    const QDateTime first(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::utc());
    QVERIFY(folder.takeFromFile(path, BackupReason::Automatic, first).kept);
    {
        const std::unique_ptr<PlanDocument> document = test::openDocument(path);
        AccountEditing::of(document.get())->removeAccount(document->accounts().constFirst().id);
    }
    QVERIFY(folder.takeFromFile(path, BackupReason::BeforeImport, first.addDays(1)).kept);
    // A backup that is not a plan is listed, and says it cannot be read.
    QFile broken(folder.path() + QStringLiteral("/20261129T090000.000Z-manual.keyplan"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a plan");
    broken.close();

    BackupListModel model(path, root);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 3);
    const int accounts = accountCount(path);
    QCOMPARE(model.index(0, BackupListModel::Accounts).data(RawValueRole).toInt(), accounts);
    QCOMPARE(model.index(1, BackupListModel::Accounts).data(RawValueRole).toInt(), accounts + 1);
    QCOMPARE(model.index(0, BackupListModel::Reason).data().toString(), displayName(BackupReason::BeforeImport));
    QCOMPARE(model.index(0, BackupListModel::Taken).data(RawValueRole).toDateTime(), first.addDays(1));
    QVERIFY(!model.row(2).readable);
    QCOMPARE(model.index(2, BackupListModel::KeyArr).data().toString(), QString());
    QVERIFY(model.index(0, BackupListModel::KeyArr).data().toString().startsWith(QStringLiteral("£")));
    QVERIFY(model.index(0, BackupListModel::KeyArr).data(RawValueRole).toLongLong() > 0);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
}

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
