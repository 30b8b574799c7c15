#include "storage/plandatabase.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyplan;
using test::Run;
using test::runKeyplan;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongUsage_exitsTwoWithUsage_data();
    void wrongUsage_exitsTwoWithUsage();
    void sample_writesAPrivatePlanAndNeverOverwrites();
    void sample_accounts_generatesALargePlan();
    void reportJson_hasThePortfolioAndAccountFields();
    void reportText_isReadable();
    void reportJson_hasCoverageFromTheStakeholderMap();
    void reportJson_hasPipelineWhitespaceAndHealth();
    void check_passesTheSampleAndFlagsInconsistency();
    void report_onADamagedTable_isRefusedNotPartial();
    void badInput_isRefusedWithExitOneAndLeftUntouched_data();
    void badInput_isRefusedWithExitOneAndLeftUntouched();

private:
    QTemporaryDir m_dir;
    QString m_plan;
};

void TestCommandLine::initTestCase()
{
    QVERIFY2(QFile::exists(test::keyplanBinary()), "KEYPLAN_BINARY must name the built keyplan");
    m_plan = m_dir.filePath(QStringLiteral("sample.keyplan"));
    const Run run = runKeyplan(
        {QStringLiteral("sample"), m_plan, QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCommandLine::wrongUsage_exitsTwoWithUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList {"report", "x.keyplan", "--xml"};
    QTest::newRow("missing plan") << QStringList {"report"};
    QTest::newRow("two plans") << QStringList {"check", "a.keyplan", "b.keyplan"};
    QTest::newRow("bad count") << QStringList {"sample", "x.keyplan", "--accounts", "many"};
    QTest::newRow("value missing") << QStringList {"sample", "x.keyplan", "--accounts"};
    QTest::newRow("bad month") << QStringList {"report", "x.keyplan", "--period-end", "last year"};
    QTest::newRow("unknown flag for the app") << QStringList {"--frobnicate"};
}

void TestCommandLine::wrongUsage_exitsTwoWithUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = runKeyplan(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("Usage:"));
    QVERIFY(run.out.isEmpty());
}

void TestCommandLine::sample_writesAPrivatePlanAndNeverOverwrites()
{
    QCOMPARE(test::unixMode(m_plan), 0600);
    const QByteArray before = test::fileHash(m_plan);
    const Run again = runKeyplan({QStringLiteral("sample"), m_plan});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already exists"));
    QCOMPARE(test::fileHash(m_plan), before);
    // Only the plan is left in the folder: no temporary files, journals or locks.
    const QStringList entries = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(entries, QStringList {QStringLiteral("sample.keyplan")});
    const Run nowhere
        = runKeyplan({QStringLiteral("sample"), m_dir.filePath(QStringLiteral("no/such/folder.keyplan"))});
    QCOMPARE(nowhere.exitCode, 1);
}

void TestCommandLine::sample_accounts_generatesALargePlan()
{
    const QString path = m_dir.filePath(QStringLiteral("large.keyplan"));
    QCOMPARE(runKeyplan({QStringLiteral("sample"), path, QStringLiteral("--accounts"), QStringLiteral("400")})
                 .exitCode,
        0);
    const Run report = runKeyplan({QStringLiteral("report"), path, QStringLiteral("--json")});
    QCOMPARE(report.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(report.out).object();
    QCOMPARE(root.value(QStringLiteral("accounts")).toArray().size(), 400);
    QFile::remove(path);
}

void TestCommandLine::reportJson_hasThePortfolioAndAccountFields()
{
    const Run run = runKeyplan({QStringLiteral("report"), m_plan, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject portfolio = root.value(QStringLiteral("portfolio")).toObject();
    for (const char *field : {"key_accounts", "arr", "nrr", "grr", "top3_share", "nrr_by_segment",
             "grr_by_segment", "period_start", "period_end"})
        QVERIFY2(portfolio.contains(QLatin1StringView(field)), field);
    QCOMPARE(portfolio.value(QStringLiteral("key_accounts")).toInt(), 25);
    QCOMPARE(portfolio.value(QStringLiteral("arr")).toDouble(), 3396800.0);
    QCOMPARE(portfolio.value(QStringLiteral("period_start")).toString(), QStringLiteral("2025-10"));
    QCOMPARE(portfolio.value(QStringLiteral("period_end")).toString(), QStringLiteral("2026-10"));
    const double nrr = portfolio.value(QStringLiteral("nrr")).toDouble();
    QVERIFY(nrr > 1.0 && nrr < 1.2);
    QVERIFY(
        portfolio.value(QStringLiteral("nrr_by_segment")).toObject().contains(QStringLiteral("enterprise")));
    const QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 29);
    bool found = false;
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        for (const char *field :
            {"name", "segment", "tier", "stage", "owner", "arr", "nrr", "grr", "renewal_date"})
            QVERIFY2(account.contains(QLatin1StringView(field)), field);
        if (account.value(QStringLiteral("name")).toString() == u"Northgate Logistics") {
            found = true;
            QCOMPARE(account.value(QStringLiteral("nrr")).toDouble(), 2.5);
            QCOMPARE(account.value(QStringLiteral("arr")).toDouble(), 24000.0);
            QCOMPARE(account.value(QStringLiteral("stage")).toString(), QStringLiteral("mid_kam"));
            QCOMPARE(account.value(QStringLiteral("owner")).toString(), QStringLiteral("Tom Whitaker"));
        }
        if (account.value(QStringLiteral("name")).toString() == u"Atlas Facilities Management")
            QVERIFY(account.value(QStringLiteral("nrr")).isNull()); // new: not in the cohort
    }
    QVERIFY(found);
    // A chosen period: the year to April 2026.
    const Run april = runKeyplan({QStringLiteral("report"), m_plan, QStringLiteral("--json"),
        QStringLiteral("--period-end"), QStringLiteral("2026-04")});
    QCOMPARE(QJsonDocument::fromJson(april.out)
                 .object()
                 .value(QStringLiteral("portfolio"))
                 .toObject()
                 .value(QStringLiteral("period_start"))
                 .toString(),
        QStringLiteral("2025-04"));
}

void TestCommandLine::reportJson_hasCoverageFromTheStakeholderMap()
{
    const QString plan = m_dir.filePath(QStringLiteral("mapped.keyplan"));
    QVERIFY(QFile::copy(test::testDataDir() + QStringLiteral("/plans/schema-v2.keyplan"), plan));
    QVERIFY(QFile::setPermissions(plan, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Run run = runKeyplan({QStringLiteral("report"), plan, QStringLiteral("--json"),
        QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray accounts
        = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("accounts")).toArray();
    bool found = false;
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        for (const char *field :
            {"coverage", "company_owned_share", "single_threaded", "empty_seats", "map_stale"})
            QVERIFY2(account.contains(QLatin1StringView(field)), field);
        if (account.value(QStringLiteral("name")).toString() != u"Northgate Logistics") {
            QVERIFY(account.value(QStringLiteral("coverage")).isNull()); // no map yet
            QCOMPARE(account.value(QStringLiteral("empty_seats")).toArray().size(), 4);
            continue;
        }
        found = true;
        // Two current people, both warm or strong, owned by us and met this month; the finance
        // manager (the economic buyer) has left, so that seat is empty.
        QCOMPARE(account.value(QStringLiteral("coverage")).toDouble(), 1.0);
        QCOMPARE(account.value(QStringLiteral("company_owned_share")).toDouble(), 1.0);
        QCOMPARE(account.value(QStringLiteral("single_threaded")).toBool(), true);
        QCOMPARE(account.value(QStringLiteral("empty_seats")).toArray(),
            QJsonArray {QStringLiteral("economic_buyer")});
        QCOMPARE(account.value(QStringLiteral("map_stale")).toBool(), false);
    }
    QVERIFY(found);
    // Five months on, nobody has been met recently and the review is older than six months.
    const Run later = runKeyplan({QStringLiteral("report"), plan, QStringLiteral("--json"),
        QStringLiteral("--as-of"), QStringLiteral("2027-04-01")});
    for (const QJsonValue &value :
        QJsonDocument::fromJson(later.out).object().value(QStringLiteral("accounts")).toArray()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == u"Northgate Logistics") {
            QCOMPARE(value.toObject().value(QStringLiteral("coverage")).toDouble(), 0.0);
            QCOMPARE(value.toObject().value(QStringLiteral("map_stale")).toBool(), true);
        }
    }
}

void TestCommandLine::reportJson_hasPipelineWhitespaceAndHealth()
{
    // Schema 3's fixture: Northgate has a qualified £7,200 opportunity (25%), £18,000 of open
    // whitespace and a health mark of 8.
    const QString plan = m_dir.filePath(QStringLiteral("pipeline.keyplan"));
    QVERIFY(QFile::copy(test::testDataDir() + QStringLiteral("/plans/schema-v3.keyplan"), plan));
    QVERIFY(QFile::setPermissions(plan, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Run run = runKeyplan({QStringLiteral("report"), plan, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    const QJsonObject portfolio = report.value(QStringLiteral("portfolio")).toObject();
    QCOMPARE(portfolio.value(QStringLiteral("pipeline_total")).toDouble(), 7200.0);
    QCOMPARE(portfolio.value(QStringLiteral("pipeline_weighted")).toDouble(), 1800.0);
    QCOMPARE(portfolio.value(QStringLiteral("whitespace_open")).toDouble(), 18000.0);
    double total = 0;
    double weighted = 0;
    double whitespace = 0;
    bool found = false;
    for (const QJsonValue &value : report.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject account = value.toObject();
        for (const char *field : {"pipeline_total", "pipeline_weighted", "whitespace_open", "health"})
            QVERIFY2(account.contains(QLatin1StringView(field)), field);
        total += account.value(QStringLiteral("pipeline_total")).toDouble();
        weighted += account.value(QStringLiteral("pipeline_weighted")).toDouble();
        whitespace += account.value(QStringLiteral("whitespace_open")).toDouble();
        if (account.value(QStringLiteral("name")).toString() == u"Northgate Logistics") {
            found = true;
            QCOMPARE(account.value(QStringLiteral("pipeline_weighted")).toDouble(), 1800.0);
            QCOMPARE(account.value(QStringLiteral("health")).toInt(), 8);
        } else {
            QVERIFY(account.value(QStringLiteral("health")).isNull());
        }
    }
    QVERIFY(found);
    // The portfolio is the sum of its accounts, to the cent.
    QCOMPARE(total, 7200.0);
    QCOMPARE(weighted, 1800.0);
    QCOMPARE(whitespace, 18000.0);
    const Run text = runKeyplan({QStringLiteral("report"), plan});
    QVERIFY(text.out.contains("Expansion pipeline"));
}

void TestCommandLine::reportText_isReadable()
{
    const Run run = runKeyplan({QStringLiteral("report"), m_plan});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QStringLiteral("Key accounts: 25 of 29")));
    QVERIFY(text.contains(QStringLiteral("Northgate Logistics")));
    QVERIFY(text.contains(QStringLiteral("250.0%")));
}

void TestCommandLine::check_passesTheSampleAndFlagsInconsistency()
{
    const Run good = runKeyplan({QStringLiteral("check"), m_plan});
    QCOMPARE(good.exitCode, 0);
    QVERIFY(good.out.contains("sound"));

    const QString broken = m_dir.filePath(QStringLiteral("broken.keyplan"));
    QVERIFY(QFile::copy(m_plan, broken));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(broken);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("UPDATE account SET stage = 'pre_kam' WHERE name = 'Meridian Retail Group'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Run bad = runKeyplan({QStringLiteral("check"), broken});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.out.contains("Meridian Retail Group"));
}

void TestCommandLine::report_onADamagedTable_isRefusedNotPartial()
{
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.keyplan"));
    QVERIFY(QFile::copy(m_plan, damaged));
    QVERIFY(QFile::setPermissions(damaged, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    int rootPage = 0;
    int pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        db.setDatabaseName(damaged);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'account'"))
            && query.next());
        rootPage = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    // Scribble over the account table's root page, past its header bytes.
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(qint64(rootPage - 1) * pageSize + 12));
    file.write(QByteArray(pageSize - 12, '\xA5'));
    file.close();
    const QByteArray before = test::fileHash(damaged);
    const Run report = runKeyplan({QStringLiteral("report"), damaged, QStringLiteral("--json")});
    QCOMPARE(report.exitCode, 1);
    QVERIFY(report.out.isEmpty()); // never a partial report
    QVERIFY2(report.err.contains("damaged"), report.err.constData());
    const Run check = runKeyplan({QStringLiteral("check"), damaged});
    QCOMPARE(check.exitCode, 1);
    QCOMPARE(test::fileHash(damaged), before);
}

void TestCommandLine::badInput_isRefusedWithExitOneAndLeftUntouched_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("report on text") << "report" << QByteArray("not a plan");
    QTest::newRow("check on empty") << "check" << QByteArray();
    QTest::newRow("report on truncated header") << "report" << QByteArray("SQLite format 3\0\x10\0", 19);
    QTest::newRow("report on another program's database") << "report" << QByteArray("foreign");
    QTest::newRow("check on a plan from a newer Keyplan") << "check" << QByteArray("newer");
}

void TestCommandLine::badInput_isRefusedWithExitOneAndLeftUntouched()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(QStringLiteral("bad.keyplan"));
    QFile::remove(path);
    if (content == "foreign" || content == "newer") {
        if (content == "newer")
            QVERIFY(QFile::copy(m_plan, path));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bad"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        if (content == "foreign")
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        else
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(PlanDatabase::currentSchemaVersion() + 1)));
        query.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bad"));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
    }
    const QByteArray before = test::fileHash(path);
    const Run run = runKeyplan({command, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.startsWith("keyplan: "));
    QCOMPARE(test::fileHash(path), before);
    const Run directory = runKeyplan({command, m_dir.path()});
    QCOMPARE(directory.exitCode, 1);
    QVERIFY(directory.err.contains("folder"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
