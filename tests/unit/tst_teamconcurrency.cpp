// Two people editing the same three people of a team plan at once, 10,000 edits each with an undo
// now and then, on the real PostgreSQL of scripts/test.sh: every edit that started from an older
// read is refused and shown as a conflict, and the server's change log proves that no saved edit
// replaced anything but the very row its author had read.
#include "storage/changelog.h"
#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyplan;

class TestTeamConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoClients_tenThousandEditsEach_noSilentOverwrite();
};

void TestTeamConcurrency::twoClients_tenThousandEditsEach_noSilentOverwrite()
{
    QVERIFY2(!qEnvironmentVariable("KEYPLAN_TEST_PG").isEmpty(),
        "KEYPLAN_TEST_PG names the test server; scripts/test.sh starts one (scripts/pgserver.sh)");
    const QString tool = qEnvironmentVariable("KEYPLAN_CONCURRENT_EDITS");
    QVERIFY2(QFileInfo::exists(tool), "KEYPLAN_CONCURRENT_EDITS names keyplan_concurrent_edits");
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("sample.keyplan"));
    QVERIFY(test::writeSamplePlan(sample));
    const QString url = test::newServerDatabase();
    const test::Run copied = test::runKeyplan({QStringLiteral("copy"), sample, url});
    QVERIFY2(copied.exitCode == 0, copied.err.constData());

    constexpr int edits = 10000;
    QList<QProcess *> clients;
    for (const char *seed : {"1", "2"}) {
        auto *process = new QProcess(this);
        process->setProgram(tool);
        process->setArguments({url, QString::fromLatin1(seed), QString::number(edits)});
        clients.append(process);
    }
    for (QProcess *process : std::as_const(clients))
        process->start();
    qint64 saved = 0;
    qint64 conflicts = 0;
    qint64 refusedUndos = 0;
    for (QProcess *process : std::as_const(clients)) {
        QVERIFY(process->waitForFinished(840 * 1000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        const QByteArray err = process->readAllStandardError();
        QVERIFY2(process->exitCode() == 0, err.constData());
        const QJsonObject counts = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        qInfo() << counts;
        QCOMPARE(counts.value(QStringLiteral("silentOverwrites")).toInt(-1), 0);
        QCOMPARE(counts.value(QStringLiteral("failed")).toInt(-1), 0);
        QCOMPARE(counts.value(QStringLiteral("saved")).toInt() + counts.value(QStringLiteral("conflicts")).toInt()
                + counts.value(QStringLiteral("undone")).toInt() + counts.value(QStringLiteral("refusedUndos")).toInt(),
            edits);
        saved += counts.value(QStringLiteral("saved")).toInt() + counts.value(QStringLiteral("undone")).toInt();
        conflicts += counts.value(QStringLiteral("conflictsWithOthers")).toInt();
        refusedUndos += counts.value(QStringLiteral("refusedUndos")).toInt();
    }
    // They did collide with each other, often: half the edits start from an older read.
    QVERIFY2(conflicts > 100, qPrintable(QString::number(conflicts)));

    // The log agrees: one update per saved edit or undo, and each update starts from the row the
    // one before it left (no write ever went over a row its author had not read).
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(url, PlanOpenMode::ReadOnly, &result);
    QVERIFY2(plan, qPrintable(result.message));
    const QSqlDatabase db = plan->connection();
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'stakeholder' "
                                            "AND action = 'update' AND client IS NOT NULL"))
                 .toLongLong(),
        saved);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT before, lag(after) OVER (PARTITION BY row_id "
                                            "ORDER BY id) AS previous FROM change_log WHERE table_name = 'stakeholder') "
                                            "AS chain WHERE previous IS NOT NULL AND previous <> before"))
                 .toLongLong(),
        0);
    // Versions only count up along each row's history.
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'stakeholder' AND "
                                            "action = 'update' AND (after->>'version')::bigint <= (before->>'version')::bigint"))
                 .toLongLong(),
        0);
    qInfo("%lld saved, %lld conflicts detected, %lld undos refused", saved, conflicts, refusedUndos);
}

QTEST_GUILESS_MAIN(TestTeamConcurrency)
#include "tst_teamconcurrency.moc"
