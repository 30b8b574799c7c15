#include "domain/money.h"
#include "domain/portfoliofigures.h"
#include "domain/revenuefigures.h"
#include "storage/accountstore.h"
#include "storage/newplanfile.h"
#include "storage/planlock.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace keyplan;

namespace {

// Runs the statements with the sqlite3 shell, then kills the shell before it closes the plan: the
// -wal and -shm stay beside it, as after a crash or a power cut.
bool crashAfter(const QString &path, const QString &statements)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path});
    if (!shell.waitForStarted())
        return false;
    shell.write(("PRAGMA wal_autocheckpoint = 0;\n" + statements + "\n.shell kill -9 $PPID\n").toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished();
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

// The POSIX (fcntl) locks this process holds on the file, as the kernel lists them.
int posixLocksHeld(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray inode = ":" + QByteArray::number(quint64(status.st_ino)) + " ";
    const QByteArray pid = " " + QByteArray::number(QCoreApplication::applicationPid()) + " ";
    int held = 0;
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.contains("POSIX") && line.contains(pid) && line.contains(inode))
            ++held;
    }
    return held;
}


} // namespace

// The plan file against what happens to files: pipes where a plan should be, schemas changed by
// other programs, locks left by killed processes, the same plan reached by two paths, an older
// copy put back over a crash's journal, amounts that overflow.
class TestPlanFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notARegularFile_isRefusedAtOnce();
    void foreignSchema_isRefusedAndLeftUntouched_data();
    void foreignSchema_isRefusedAndLeftUntouched();
    void leftoverLockFile_neverLocksTheUserOut_data();
    void leftoverLockFile_neverLocksTheUserOut();
    void lockFileDataFolderAndNewPlans_areTheUsersOnly();
    void liveWriter_isFoundWhateverPathReachesThePlan();
    void secondOpenInTheSameProcess_keepsTheWritersSqliteLocks();
    void uncleanShutdown_opensWithEveryCommittedEdit();
    void olderCopyOverACrashJournal_isRefusedBeforeWriting();
    void amountsBeyondTheLimit_areRefusedOnOpenAndInput();
    void check_listsEveryValueThePlanCannotMean();
    void sumsThatWouldOverflow_sayNothingRatherThanWrap();
};

void TestPlanFaults::notARegularFile_isRefusedAtOnce()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.keyplan"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    PlanOpenResult result;
    QVERIFY(!PlanDatabase::open(fifo, PlanOpenMode::ReadWrite, &result));
    QCOMPARE(result.error, PlanOpenError::NotRegular);
    QVERIFY(!PlanDatabase::open(fifo, PlanOpenMode::ReadOnly, &result));
    QCOMPARE(result.error, PlanOpenError::NotRegular);
    // Nobody writes into the pipe: a command that opened it would wait for ever (the run times out).
    for (const QString &command : {QStringLiteral("report"), QStringLiteral("check")}) {
        const test::Run run = test::runKeyplan({command, fifo});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not a regular file"), run.err.constData());
    }
}

void TestPlanFaults::foreignSchema_isRefusedAndLeftUntouched_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("named");
    QTest::newRow("a trigger") << QStringList {QStringLiteral(
        "CREATE TRIGGER wipe AFTER UPDATE ON account BEGIN UPDATE account SET notes = '' WHERE id = new.id; END")}
                               << QStringLiteral("wipe");
    QTest::newRow("a view posing as a table")
        << QStringList {QStringLiteral("DROP TABLE next_step"),
               QStringLiteral("CREATE VIEW next_step AS SELECT id, id AS account_id, name AS action, '' AS owner, "
                              "NULL AS due_on, 0 AS done, 1 AS version FROM account")}
        << QStringLiteral("next_step");
    QTest::newRow("an altered CHECK")
        << QStringList {QStringLiteral("PRAGMA writable_schema = ON"),
               QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, 'BETWEEN 1 AND 10', 'BETWEEN 0 AND 100') "
                              "WHERE name = 'health_entry'")}
        << QStringLiteral("health_entry");
    QTest::newRow("a missing index") << QStringList {QStringLiteral("DROP INDEX touchpoint_account")}
                                     << QStringLiteral("touchpoint_account");
}

void TestPlanFaults::foreignSchema_isRefusedAndLeftUntouched()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, named);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    QVERIFY(test::runSql(path, statements));
    const QByteArray before = test::fileHash(path);
    const QStringList listing = test::folderListing(dir.path());
    for (const PlanOpenMode mode : {PlanOpenMode::ReadWrite, PlanOpenMode::ReadOnly}) {
        PlanOpenResult result;
        QVERIFY(!PlanDatabase::open(path, mode, &result));
        QCOMPARE(result.error, PlanOpenError::ForeignSchema);
        QVERIFY2(result.message.contains(named), qPrintable(result.message));
    }
    const test::Run check = test::runKeyplan({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(named.toUtf8()), check.out.constData());
    QCOMPARE(test::fileHash(path), before);
    QCOMPARE(test::folderListing(dir.path()), listing);
}

void TestPlanFaults::leftoverLockFile_neverLocksTheUserOut_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbled") << QByteArray("\x01\xff\xfe garbage\n\n\n", 15);
    QTest::newRow("process 0") << QByteArray("0\nkeyplan\nhost\n");
    // The PID of a process that has ended (PIDs are not reused this quickly).
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    gone.waitForFinished();
    QTest::newRow("stale") << QByteArray::number(gone.processId()) + "\nkeyplan\n"
            + QSysInfo::machineHostName().toUtf8() + "\n";
    QTest::newRow("this very process") << QByteArray::number(QCoreApplication::applicationPid()) + "\nkeyplan\n"
            + QSysInfo::machineHostName().toUtf8() + "\n";
}

void TestPlanFaults::leftoverLockFile_neverLocksTheUserOut()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    QFile lock(lockFilePath(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(content);
    lock.close();
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    QVERIFY2(plan, qPrintable(result.message));
    plan.reset();
    QVERIFY(!QFile::exists(lockFilePath(path))); // released on close
}

void TestPlanFaults::lockFileDataFolderAndNewPlans_areTheUsersOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    QFile shared(lockFilePath(path)); // left by someone with a wide umask
    QVERIFY(shared.open(QIODevice::WriteOnly));
    shared.close();
    QVERIFY(shared.setPermissions(QFileDevice::Permissions(0x7777)));
    const mode_t previous = ::umask(0);
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    // The data folder (and the backups folder) likewise, made under the same umask.
    const QString data = dir.filePath(QStringLiteral("share/Keyplan/Keyplan"));
    const bool made = makePrivateFolder(data);
    QString written;
    const bool created = writeNewPlan(dir.filePath(QStringLiteral("new.keyplan")), [](PlanDatabase &, QString *) { return true; }, &written);
    ::umask(previous);
    QVERIFY2(plan, qPrintable(result.message));
    QCOMPARE(test::unixMode(lockFilePath(path)), 0600);
    QCOMPARE(test::unixMode(path), 0600);
    QVERIFY(made);
    QCOMPARE(test::unixMode(data), 0700);
    QCOMPARE(test::unixMode(dir.filePath(QStringLiteral("share"))), 0700);
    QVERIFY2(created, qPrintable(written));
    QCOMPARE(test::unixMode(dir.filePath(QStringLiteral("new.keyplan"))), 0600);
}

void TestPlanFaults::liveWriter_isFoundWhateverPathReachesThePlan()
{
    const QString writer = qEnvironmentVariable("KEYPLAN_KILL_WRITER");
    QVERIFY2(QFile::exists(writer), "KEYPLAN_KILL_WRITER must name keyplan_kill_writer");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("elsewhere")));
    const QString symlink = dir.filePath(QStringLiteral("elsewhere/link.keyplan"));
    const QString hardLink = dir.filePath(QStringLiteral("elsewhere/hard.keyplan"));
    QVERIFY(QFile::link(path, symlink));
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hardLink).constData()), 0);

    QProcess holder;
    holder.start(writer, {hardLink, QStringLiteral("0")});
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(30000));
    QVERIFY(holder.readLine().startsWith("ready"));
    const QString relative = QDir::current().relativeFilePath(path);
    for (const QString &route : {path, symlink, hardLink, relative}) {
        PlanOpenResult result;
        QVERIFY2(!PlanDatabase::open(route, PlanOpenMode::ReadWrite, &result), qPrintable(route));
        QCOMPARE(result.error, PlanOpenError::InUse);
        // The holder's note sits beside the path it used; through another name, the lock alone says so.
        if (route == hardLink)
            QVERIFY2(result.message.contains(QString::number(holder.processId())), qPrintable(result.message));
    }
    ::kill(pid_t(holder.processId()), SIGKILL);
    QVERIFY(holder.waitForFinished());
    // Its lock went with it, even though its note was left behind.
    QVERIFY(QFile::exists(lockFilePath(hardLink)));
    for (const QString &route : {symlink, path}) {
        PlanOpenResult result;
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(route, PlanOpenMode::ReadWrite, &result);
        QVERIFY2(plan, qPrintable(result.message));
    }
}

void TestPlanFaults::secondOpenInTheSameProcess_keepsTheWritersSqliteLocks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("twice.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> writer = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    QVERIFY2(writer, qPrintable(result.message));
    const int held = posixLocksHeld(path);
    QVERIFY2(held > 0, "SQLite holds a shared lock on a WAL plan while it is open");
    // A second window on the same plan, and a reader, in the same process: neither may open and
    // close the file behind SQLite's back, which would drop those locks.
    QVERIFY(!PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result));
    QCOMPARE(result.error, PlanOpenError::InUse);
    {
        const std::unique_ptr<PlanDatabase> reader = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
        QVERIFY2(reader, qPrintable(result.message));
    }
    QCOMPARE(posixLocksHeld(path), held);
}

void TestPlanFaults::uncleanShutdown_opensWithEveryCommittedEdit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crashed.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    QVERIFY(crashAfter(path, QStringLiteral("UPDATE account SET notes = 'committed before the crash';")));
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
    QVERIFY2(plan, qPrintable(result.message));
    QVERIFY(result.uncleanShutdown);
    QCOMPARE(sql::scalar(plan->connection(), QStringLiteral("SELECT count(*) FROM account WHERE notes = ?"),
                 {QStringLiteral("committed before the crash")})
                 .toInt(),
        AccountStore(plan->connection()).count());
}

void TestPlanFaults::olderCopyOverACrashJournal_isRefusedBeforeWriting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("restored.keyplan"));
    const QString older = dir.filePath(QStringLiteral("older copy.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    QVERIFY(QFile::copy(path, older));
    // More contacts, written into the plan; then more again, left in the -wal by a crash.
    QVERIFY(test::runSql(path,
        {QStringLiteral("INSERT INTO touchpoint (account_id, happened_on, kind, notes) SELECT account_id, "
                        "'2026-11-2' || (id % 9), 'call', 'more ' || id FROM touchpoint")}));
    QVERIFY(crashAfter(path,
        QStringLiteral("INSERT INTO touchpoint (account_id, happened_on, kind, notes) SELECT account_id, "
                       "'2026-10-1' || (id % 9), 'email', 'again ' || id FROM touchpoint;")));
    // The user puts the older copy back; the crash's -wal is still beside it.
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::copy(older, path));
    const QByteArray plan = test::fileHash(path);
    const QByteArray wal = test::fileHash(path + QStringLiteral("-wal"));
    PlanOpenResult result;
    QVERIFY(!PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result));
    QCOMPARE(result.error, PlanOpenError::Damaged);
    QCOMPARE(test::fileHash(path), plan);
    QCOMPARE(test::fileHash(path + QStringLiteral("-wal")), wal);
    const test::Run check = test::runKeyplan({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.count("error: ") >= 1, check.out.constData());
    QVERIFY(!check.out.contains("sound"));
}

void TestPlanFaults::amountsBeyondTheLimit_areRefusedOnOpenAndInput()
{
    QCOMPARE(parseMoney(QStringLiteral("10000000000000"), QLocale::c()), std::optional<MinorUnits>(maxMoney));
    QCOMPARE(parseMoney(QStringLiteral("10000000000000.01"), QLocale::c()), std::nullopt);
    QCOMPARE(parseMoney(QStringLiteral("-92233720368547758.08"), QLocale::c()), std::nullopt);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    QVERIFY(test::runSql(path, {QStringLiteral("UPDATE arr_change SET arr_minor = 9223372036854775807 WHERE id IN "
                                          "(SELECT id FROM arr_change LIMIT 2)")}));
    const QByteArray before = test::fileHash(path);
    PlanOpenResult result;
    QVERIFY(!PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result));
    QCOMPARE(result.error, PlanOpenError::Damaged);
    QVERIFY2(result.message.contains(QStringLiteral("arr_change.arr_minor")), qPrintable(result.message));
    const test::Run report = test::runKeyplan({QStringLiteral("report"), path});
    QCOMPARE(report.exitCode, 1);
    QVERIFY(report.out.isEmpty());
    const test::Run check = test::runKeyplan({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains("2 amounts in arr_change.arr_minor"), check.out.constData());
    QCOMPARE(test::fileHash(path), before);

    // A fraction of a penny or text where minor units belong is refused too; the limit itself is not.
    const QString odd = dir.filePath(QStringLiteral("odd.keyplan"));
    QVERIFY(test::writeSamplePlan(odd));
    QVERIFY(test::runSql(odd,
        {QStringLiteral("UPDATE opportunity SET amount = 1250.5 WHERE id = (SELECT min(id) FROM opportunity)"),
            QStringLiteral("UPDATE whitespace_cell SET potential = 'lots' WHERE id = (SELECT min(id) FROM whitespace_cell)"),
            QStringLiteral("UPDATE whitespace_cell SET competitor_spend = 1000000000000000 "
                           "WHERE id = (SELECT max(id) FROM whitespace_cell)")}));
    QVERIFY(!PlanDatabase::open(odd, PlanOpenMode::ReadOnly, &result));
    QCOMPARE(result.error, PlanOpenError::Damaged);
    const test::Run oddCheck = test::runKeyplan({QStringLiteral("check"), odd});
    QCOMPARE(oddCheck.exitCode, 1);
    QVERIFY2(oddCheck.out.contains("1 amount in opportunity.amount is not"), oddCheck.out.constData());
    QVERIFY2(oddCheck.out.contains("1 amount in whitespace_cell.potential is not"), oddCheck.out.constData());
    QVERIFY2(!oddCheck.out.contains("competitor_spend"), oddCheck.out.constData());
    // At the limit and sound, the plan opens.
    QVERIFY(test::runSql(odd,
        {QStringLiteral("UPDATE opportunity SET amount = 125050 WHERE amount = 1250.5"),
            QStringLiteral("UPDATE whitespace_cell SET potential = -1000000000000000 WHERE potential = 'lots'")}));
    QVERIFY2(PlanDatabase::open(odd, PlanOpenMode::ReadOnly, &result), qPrintable(result.message));
}

void TestPlanFaults::check_listsEveryValueThePlanCannotMean()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("values.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    QCOMPARE(test::runKeyplan({QStringLiteral("check"), path}).exitCode, 0);
    QVERIFY(test::runSql(path,
        {QStringLiteral("INSERT INTO arr_change (account_id, effective_on, kind, arr_minor) SELECT min(id), '2026-13-01', "
                        "'upsell', 500 FROM account"),
            QStringLiteral("INSERT INTO exchange_rate (from_currency, to_currency, effective_on, rate_billionths) "
                           "VALUES ('DOLLARS', 'GBP', '2026-01-01', 790000000)"),
            QStringLiteral("UPDATE account SET renewal_date = '2026-02-30' WHERE id = (SELECT min(id) FROM account)"),
            QStringLiteral("UPDATE stage_change SET to_stage = 'best_friends' WHERE id = (SELECT max(id) FROM stage_change)"),
            QStringLiteral("UPDATE account SET currency = 'pounds' WHERE id = (SELECT max(id) FROM account)")}));
    const QByteArray before = test::fileHash(path);
    const test::Run check = test::runKeyplan({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 1);
    const QString out = QString::fromUtf8(check.out);
    for (const QString &expected : {QStringLiteral("arr_change.effective_on"), QStringLiteral("\"2026-13-01\""),
             QStringLiteral("exchange_rate.from_currency"), QStringLiteral("\"DOLLARS\""),
             QStringLiteral("account.renewal_date"), QStringLiteral("stage_change.to_stage"),
             QStringLiteral("account.currency")})
        QVERIFY2(out.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + out));
    // One problem a line, each marked as an error, and the verdict last.
    QVERIFY(out.count(QStringLiteral("error: ")) >= 5);
    QVERIFY(!out.contains(QStringLiteral("sound")));
    QCOMPARE(test::fileHash(path), before);
}

void TestPlanFaults::sumsThatWouldOverflow_sayNothingRatherThanWrap()
{
    MoneySum sum;
    sum += std::numeric_limits<MinorUnits>::max() - 5;
    QVERIFY(sum.isValid());
    sum += 10;
    QVERIFY(!sum.isValid());
    sum += -100; // once wrapped, always invalid
    QVERIFY(!sum.isValid());

    const MinorUnits huge = std::numeric_limits<MinorUnits>::max() / 2 + 1;
    const auto account = [huge](AccountId id) {
        return RevenueInput {id, QStringLiteral("GBP"), QStringLiteral("enterprise"), QStringLiteral("strategic"), {},
            true, {{0, id, QDate(2020, 1, 1), ArrChangeKind::New, huge, {}, std::nullopt, 1}}};
    };
    const RevenueFigures figures = computeRevenueFigures({account(1), account(2)}, RateTable(), QStringLiteral("GBP"),
        ReportingPeriod::calendarYear(2026), QDate(2026, 12, 31));
    QVERIFY(!figures.amountsAddUp);
    QCOMPARE(figures.total.arr, std::nullopt);
    QCOMPARE(figures.total.nrr, std::nullopt);
    QCOMPARE(figures.total.grr, std::nullopt);
    QCOMPARE(figures.top3Share, std::nullopt);
}

QTEST_MAIN(TestPlanFaults)
#include "tst_planfaults.moc"
