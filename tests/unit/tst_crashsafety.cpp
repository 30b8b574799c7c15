#include "domain/month.h"
#include "storage/accountstore.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace keyplan;

// Kills a writing process again and again with SIGKILL, then proves that every edit it had
// acknowledged is in the plan and that the plan is intact. And the end of a desktop session
// (SIGTERM) closes the window and its plan as the user would.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriter_losesNoAcknowledgedEdit();
    void sessionEnd_closesTheWindowAndPlanCleanly_data();
    void sessionEnd_closesTheWindowAndPlanCleanly();
};

void TestCrashSafety::sessionEnd_closesTheWindowAndPlanCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("logout (SIGTERM)") << int(SIGTERM);
    QTest::newRow("terminal closed (SIGHUP)") << int(SIGHUP);
    QTest::newRow("Ctrl+C (SIGINT)") << int(SIGINT);
}

void TestCrashSafety::sessionEnd_closesTheWindowAndPlanCleanly()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.keyplan"));
    QVERIFY(test::writeSamplePlan(path));
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    window.setProcessEnvironment(environment);
    window.start(test::keyplanBinary(), {path});
    QVERIFY(window.waitForStarted());
    // The plan is open once its lock is taken (and SQLite's write-ahead log is beside it).
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral(".lock")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral("-wal")), 30000);
    ::kill(pid_t(window.processId()), signal);
    QVERIFY(window.waitForFinished(30000));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 0);
    // Closed as by the user: no lock or log left to look like a crash, the window's place kept.
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QFile settings(dir.filePath(QStringLiteral("config/Keyplan/Keyplan.conf")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray kept = settings.readAll();
    QVERIFY2(kept.contains("geometry="), kept.constData());
    QVERIFY(kept.contains(QFileInfo(path).fileName().toUtf8())); // among the recent plans
}

void TestCrashSafety::killedWriter_losesNoAcknowledgedEdit()
{
    const QString writer = qEnvironmentVariable("KEYPLAN_KILL_WRITER");
    QVERIFY2(QFile::exists(writer), "KEYPLAN_KILL_WRITER must name keyplan_kill_writer");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.keyplan"));
    QVERIFY(test::writeSamplePlan(path));

    QRandomGenerator random(42);
    qint64 nextEdit = 0;
    // The last acknowledged edit number per account and kind (revenue: even, notes: odd).
    QHash<AccountId, qint64> lastRevenue;
    QHash<AccountId, qint64> lastNotes;
    const int rounds = 25;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.start(writer, {path, QString::number(nextEdit)});
        QVERIFY(child.waitForStarted());
        QByteArray buffer;
        const int wanted = 5 + random.bounded(40);
        int acknowledged = 0;
        bool ready = false;
        QElapsedTimer timer;
        timer.start();
        while (acknowledged < wanted && timer.elapsed() < 60000) {
            child.waitForReadyRead(100);
            buffer += child.readAllStandardOutput();
            qsizetype newline;
            while ((newline = buffer.indexOf('\n')) >= 0) {
                const QByteArray line = buffer.left(newline);
                buffer.remove(0, newline + 1);
                if (line == "ready") {
                    ready = true;
                    continue;
                }
                const QList<QByteArray> parts = line.split(' ');
                QCOMPARE(parts.size(), 3);
                const qint64 edit = parts.at(1).toLongLong();
                const AccountId id = parts.at(2).toLongLong();
                (edit % 2 == 0 ? lastRevenue : lastNotes)[id] = edit;
                nextEdit = edit + 1;
                ++acknowledged;
            }
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
        }
        QVERIFY(ready);
        QVERIFY2(acknowledged >= wanted, "the writer made too few edits in time");
        // Let it run on a little, so the kill lands anywhere: mid-transaction, mid-print, idle.
        QTest::qSleep(random.bounded(15));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Lines printed after the last read were acknowledged too.
        buffer += child.readAllStandardOutput();
        const QList<QByteArray> tail = buffer.split('\n');
        for (const QByteArray &line : tail) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "ack") {
                const qint64 edit = parts.at(1).toLongLong();
                (edit % 2 == 0 ? lastRevenue : lastNotes)[parts.at(2).toLongLong()] = edit;
                nextEdit = edit + 1;
            }
        }
        nextEdit += 10; // edits the killed child may have written but not acknowledged stay below this

        // Every acknowledged edit is there; a later unacknowledged one may be too (it has a higher number).
        PlanOpenResult result;
        const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadWrite, &result);
        QVERIFY2(plan, qPrintable(result.message)); // also proves the killed writer's lock is taken over
        const QSqlDatabase db = plan->connection();
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        for (auto it = lastRevenue.cbegin(); it != lastRevenue.cend(); ++it) {
            // Every acknowledged edit recorded a change of that day with the edit's number as ARR.
            const MinorUnits stored = sql::scalar(db,
                QStringLiteral("SELECT MAX(arr_minor) FROM arr_change WHERE account_id = ? AND effective_on = ?"),
                {it.key(), QStringLiteral("2030-01-01")})
                                          .toLongLong();
            QVERIFY2(
                stored >= it.value(), qPrintable(QStringLiteral("revenue edit %1 lost").arg(it.value())));
        }
        for (auto it = lastNotes.cbegin(); it != lastNotes.cend(); ++it) {
            const QString notes = AccountStore(db).find(it.key())->notes;
            QVERIFY2(notes.startsWith(QStringLiteral("edit ")), qPrintable(notes));
            QVERIFY2(notes.mid(5).toLongLong() >= it.value(),
                qPrintable(QStringLiteral("notes edit %1 lost").arg(it.value())));
        }
    }
    QVERIFY(nextEdit > rounds * 5);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
