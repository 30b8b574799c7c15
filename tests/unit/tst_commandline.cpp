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

#include <cmath>

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
    void report_addingNextMonthForOneAccountChangesNothingElse();
    void report_secondCurrencyNeedsARate();
    void reportText_isReadable();
    void reportJson_hasCoverageFromTheStakeholderMap();
    void reportJson_hasPipelineWhitespaceAndHealth();
    void plays_listsWhatTheRulesFindWithoutWriting();
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

namespace {

qint64 cents(const QJsonValue &value)
{
    return std::llround(value.toDouble() * 100.0);
}

// start + new + expansion − contraction − churn + reactivation, in cents, against end.
void verifyBridgeAddsUp(const QJsonObject &bridge, const QString &what)
{
    qint64 expansion = 0;
    const QJsonObject motions = bridge.value(QStringLiteral("expansion")).toObject();
    QCOMPARE(motions.size(), 6);
    for (auto it = motions.constBegin(); it != motions.constEnd(); ++it)
        expansion += cents(it.value());
    QCOMPARE(expansion, cents(bridge.value(QStringLiteral("expansion_total"))));
    const qint64 sum = cents(bridge.value(QStringLiteral("start"))) + cents(bridge.value(QStringLiteral("new")))
        + expansion - cents(bridge.value(QStringLiteral("contraction"))) - cents(bridge.value(QStringLiteral("churn")))
        + cents(bridge.value(QStringLiteral("reactivation")));
    QVERIFY2(sum == cents(bridge.value(QStringLiteral("end"))), qPrintable(what));
}

QJsonObject reportJson(const QStringList &arguments)
{
    const Run run = runKeyplan(arguments);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

void TestCommandLine::reportJson_hasThePortfolioAndAccountFields()
{
    const Run run = runKeyplan(
        {QStringLiteral("report"), m_plan, QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject portfolio = root.value(QStringLiteral("portfolio")).toObject();
    for (const char *field : {"scope", "reporting_currency", "rates_used", "key_accounts", "arr", "nrr", "grr",
             "top3_share", "nrr_by_segment", "grr_by_segment", "bridge", "pipeline_total", "pipeline_weighted",
             "whitespace_open", "period", "period_start", "period_end"})
        QVERIFY2(portfolio.contains(QLatin1StringView(field)), field);
    QCOMPARE(portfolio.value(QStringLiteral("key_accounts")).toInt(), 25);
    QCOMPARE(portfolio.value(QStringLiteral("reporting_currency")).toString(), QStringLiteral("GBP"));
    const QJsonObject scope = portfolio.value(QStringLiteral("scope")).toObject();
    QCOMPARE(scope.value(QStringLiteral("accounts")).toString(), QStringLiteral("all"));
    QCOMPARE(scope.value(QStringLiteral("count")).toInt(), 29);
    // £3,250,220 in pounds, $150,000 at 0.79 and €52,000 at 0.86.
    QCOMPARE(cents(portfolio.value(QStringLiteral("arr"))), qint64(356472000));
    const QJsonArray rates = portfolio.value(QStringLiteral("rates_used")).toArray();
    QCOMPARE(rates.size(), 2);
    QCOMPARE(rates.at(0).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("USD"));
    QCOMPARE(rates.at(0).toObject().value(QStringLiteral("rate")).toDouble(), 0.79);
    QCOMPARE(portfolio.value(QStringLiteral("period_start")).toString(), QStringLiteral("2025-11-24"));
    QCOMPARE(portfolio.value(QStringLiteral("period_end")).toString(), QStringLiteral("2026-11-23"));
    QCOMPARE(portfolio.value(QStringLiteral("period")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("trailing_12_months"));
    const double nrr = portfolio.value(QStringLiteral("nrr")).toDouble();
    QVERIFY(nrr > 1.0 && nrr < 1.2);
    QVERIFY(
        portfolio.value(QStringLiteral("nrr_by_segment")).toObject().contains(QStringLiteral("enterprise")));
    const QJsonObject bridge = portfolio.value(QStringLiteral("bridge")).toObject();
    verifyBridgeAddsUp(bridge, QStringLiteral("portfolio"));
    QCOMPARE(cents(bridge.value(QStringLiteral("end"))), cents(portfolio.value(QStringLiteral("arr"))));
    const QJsonArray accounts = root.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 29);
    bool found = false;
    qint64 endSum = 0;
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        for (const char *field :
            {"name", "segment", "tier", "stage", "owner", "currency", "arr", "nrr", "grr", "bridge", "renewal_date"})
            QVERIFY2(account.contains(QLatin1StringView(field)), field);
        const QString name = account.value(QStringLiteral("name")).toString();
        verifyBridgeAddsUp(account.value(QStringLiteral("bridge")).toObject(), name);
        endSum += cents(account.value(QStringLiteral("bridge")).toObject().value(QStringLiteral("end")));
        if (name == u"Northgate Logistics") {
            found = true;
            QCOMPARE(account.value(QStringLiteral("nrr")).toDouble(), 2.5);
            QCOMPARE(account.value(QStringLiteral("arr")).toDouble(), 24000.0);
            QCOMPARE(account.value(QStringLiteral("stage")).toString(), QStringLiteral("mid_kam"));
            QCOMPARE(account.value(QStringLiteral("owner")).toString(), QStringLiteral("Tom Whitaker"));
        }
        if (name == u"Atlas Facilities Management") {
            QVERIFY(account.value(QStringLiteral("nrr")).isNull()); // new: not in the cohort
            QCOMPARE(account.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
            QCOMPARE(account.value(QStringLiteral("arr_in_account_currency")).toDouble(), 150000.0);
            QCOMPARE(account.value(QStringLiteral("arr")).toDouble(), 118500.0);
        }
    }
    QVERIFY(found);
    QCOMPARE(endSum, cents(bridge.value(QStringLiteral("end"))));
    // A chosen period: the plan's fiscal year 2025 (it starts in April).
    const QJsonObject fiscal = reportJson({QStringLiteral("report"), m_plan, QStringLiteral("--json"),
        QStringLiteral("--period"), QStringLiteral("FY2025"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")})
                                   .value(QStringLiteral("portfolio"))
                                   .toObject();
    QCOMPARE(fiscal.value(QStringLiteral("period_start")).toString(), QStringLiteral("2025-04-01"));
    QCOMPARE(fiscal.value(QStringLiteral("period_end")).toString(), QStringLiteral("2026-03-31"));
    verifyBridgeAddsUp(fiscal.value(QStringLiteral("bridge")).toObject(), QStringLiteral("FY2025"));
    // Key accounts only, and one owner's book.
    const QJsonObject key = reportJson({QStringLiteral("report"), m_plan, QStringLiteral("--json"),
        QStringLiteral("--scope"), QStringLiteral("key")});
    QCOMPARE(key.value(QStringLiteral("accounts")).toArray().size(), 25);
    QCOMPARE(key.value(QStringLiteral("portfolio")).toObject().value(QStringLiteral("scope")).toObject()
                 .value(QStringLiteral("accounts")).toString(),
        QStringLiteral("key"));
    const QJsonObject tom = reportJson({QStringLiteral("report"), m_plan, QStringLiteral("--json"),
        QStringLiteral("--owner"), QStringLiteral("Tom Whitaker")});
    const QJsonArray book = tom.value(QStringLiteral("accounts")).toArray();
    QVERIFY(!book.isEmpty() && book.size() < 29);
    for (const QJsonValue &account : book)
        QCOMPARE(account.toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("Tom Whitaker"));
    QCOMPARE(runKeyplan({QStringLiteral("report"), m_plan, QStringLiteral("--owner"), QStringLiteral("Nobody Here")})
                 .exitCode,
        1);
    QCOMPARE(runKeyplan({QStringLiteral("report"), m_plan, QStringLiteral("--period"), QStringLiteral("last spring")})
                 .exitCode,
        2);
}

void TestCommandLine::report_addingNextMonthForOneAccountChangesNothingElse()
{
    // The reproduction: one account gets next month's figure; nobody else reads as churned.
    const QString path = m_dir.filePath(QStringLiteral("nextmonth.keyplan"));
    QVERIFY(QFile::copy(m_plan, path));
    const QStringList args {QStringLiteral("report"), path, QStringLiteral("--json"), QStringLiteral("--as-of"),
        QStringLiteral("2026-12-15")};
    const QJsonObject before = reportJson(args);
    QVERIFY(test::runSql(path,
        {QStringLiteral("INSERT INTO arr_change (account_id, effective_on, kind, arr_minor) SELECT id, '2026-12-01', "
                        "'seat_growth', 3000000 FROM account WHERE name = 'Northgate Logistics'")}));
    const QJsonObject after = reportJson(args);
    const QJsonArray was = before.value(QStringLiteral("accounts")).toArray();
    const QJsonArray now = after.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(now.size(), was.size());
    for (qsizetype i = 0; i < now.size(); ++i) {
        const QJsonObject a = was.at(i).toObject();
        const QJsonObject b = now.at(i).toObject();
        if (a.value(QStringLiteral("name")).toString() == u"Northgate Logistics") {
            QCOMPARE(b.value(QStringLiteral("arr")).toDouble(), 30000.0);
            continue;
        }
        QCOMPARE(b.value(QStringLiteral("nrr")), a.value(QStringLiteral("nrr")));
        QCOMPARE(b.value(QStringLiteral("arr")), a.value(QStringLiteral("arr")));
    }
    const double nrrBefore = before.value(QStringLiteral("portfolio")).toObject().value(QStringLiteral("nrr")).toDouble();
    const double nrrAfter = after.value(QStringLiteral("portfolio")).toObject().value(QStringLiteral("nrr")).toDouble();
    QVERIFY(nrrBefore > 1.0);
    QVERIFY(nrrAfter > nrrBefore); // only Northgate's expansion moved it
    QVERIFY(nrrAfter - nrrBefore < 0.01);
}

void TestCommandLine::report_secondCurrencyNeedsARate()
{
    const QString path = m_dir.filePath(QStringLiteral("currency.keyplan"));
    QVERIFY(QFile::copy(m_plan, path));
    QVERIFY(test::runSql(path, {QStringLiteral("UPDATE account SET currency = 'CHF' WHERE name = 'Lumen Hotels'")}));
    // Without a CHF rate, nothing is added unconverted: the report refuses and names the rate.
    const Run refused = runKeyplan({QStringLiteral("report"), path});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("CHF\xe2\x86\x92GBP"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
    // With one, Lumen's CHF 40,000 counts at it, in ARR and in the retention figures alike.
    QVERIFY(test::runSql(path, {QStringLiteral("INSERT INTO exchange_rate (from_currency, to_currency, effective_on, "
                                               "rate_billionths) VALUES ('CHF', 'GBP', '2026-01-01', 900000000)")}));
    const QJsonObject root = reportJson(
        {QStringLiteral("report"), path, QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    for (const QJsonValue &value : root.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject account = value.toObject();
        if (account.value(QStringLiteral("name")).toString() == u"Lumen Hotels") {
            QCOMPARE(account.value(QStringLiteral("arr_in_account_currency")).toDouble(), 40000.0);
            QCOMPARE(account.value(QStringLiteral("arr")).toDouble(), 36000.0);
            // Constant currency: 45,000 → 40,000 is 88.9% whatever the rate.
            QCOMPARE(account.value(QStringLiteral("nrr")).toDouble(), 0.8889);
        }
    }
    const QJsonObject portfolio = root.value(QStringLiteral("portfolio")).toObject();
    QCOMPARE(cents(portfolio.value(QStringLiteral("arr"))), qint64(356472000 - 4000000 + 3600000));
    QCOMPARE(portfolio.value(QStringLiteral("rates_used")).toArray().size(), 3);
}

void TestCommandLine::plays_listsWhatTheRulesFindWithoutWriting()
{
    const QString plan = m_dir.filePath(QStringLiteral("plays.keyplan"));
    QVERIFY(test::writeSamplePlan(plan));
    const QByteArray before = test::fileHash(plan);
    const Run run = runKeyplan({QStringLiteral("plays"), plan, QStringLiteral("--json"), QStringLiteral("--as-of"),
        QStringLiteral("2026-11-23")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(test::fileHash(plan), before); // listed, never written
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-23"));
    bool rethread = false;
    bool snoozed = false;
    QString previousDue;
    for (const QJsonValue &value : report.value(QStringLiteral("plays")).toArray()) {
        const QJsonObject play = value.toObject();
        const QString status = play.value(QStringLiteral("status")).toString();
        QVERIFY2(status == u"open" || status == u"snoozed", qPrintable(status)); // alive only
        if (play.value(QStringLiteral("account")).toString() == u"Kestrel Aviation Services"
            && play.value(QStringLiteral("rule")).toString() == u"champion_left") {
            rethread = true;
            QCOMPARE(play.value(QStringLiteral("title")).toString(), QStringLiteral("Re-thread the account"));
            QVERIFY(play.value(QStringLiteral("why")).toString().startsWith(QStringLiteral("Helen Marsh, Champion, left on")));
            QCOMPARE(play.value(QStringLiteral("new")).toBool(), true); // the plan has never been evaluated
            QCOMPARE(play.value(QStringLiteral("owner")).toString(), QStringLiteral("Sofia Lindqvist"));
            QVERIFY(!play.value(QStringLiteral("steps")).toArray().isEmpty());
        }
        if (status == u"snoozed") {
            snoozed = true;
            QCOMPARE(play.value(QStringLiteral("account")).toString(), QStringLiteral("Meridian Retail Group"));
            QVERIFY(!play.value(QStringLiteral("reason")).toString().isEmpty());
            QCOMPARE(play.value(QStringLiteral("new")).toBool(), false);
        }
    }
    QVERIFY(rethread);
    QVERIFY(snoozed);
    // One person's: every play listed is theirs.
    const Run sofia = runKeyplan({QStringLiteral("plays"), plan, QStringLiteral("--json"), QStringLiteral("--owner"),
        QStringLiteral("Sofia Lindqvist"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    QCOMPARE(sofia.exitCode, 0);
    const QJsonArray hers = QJsonDocument::fromJson(sofia.out).object().value(QStringLiteral("plays")).toArray();
    QVERIFY(!hers.isEmpty());
    for (const QJsonValue &value : hers)
        QCOMPARE(value.toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("Sofia Lindqvist"));
    QVERIFY(hers.size() < report.value(QStringLiteral("plays")).toArray().size());
    // Text for a terminal; an unknown owner is refused.
    const Run text = runKeyplan({QStringLiteral("plays"), plan, QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("Kestrel Aviation Services · Re-thread the account (new)")));
    const Run nobody = runKeyplan({QStringLiteral("plays"), plan, QStringLiteral("--owner"), QStringLiteral("Nobody")});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY(nobody.err.contains("Nobody"));
    QCOMPARE(test::fileHash(plan), before);
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
            // The mark of 8 holds as an override after the upgrade, until the scorecard takes over.
            const QJsonObject health = account.value(QStringLiteral("health")).toObject();
            QCOMPARE(health.value(QStringLiteral("score")).toDouble(), 8.0);
            QCOMPARE(health.value(QStringLiteral("overridden")).toBool(), true);
            QCOMPARE(health.value(QStringLiteral("risk_review")).toBool(), false);
        } else if (!account.value(QStringLiteral("key")).toBool()) {
            // The scorecard is kept for key accounts only.
            QVERIFY(account.value(QStringLiteral("health")).isNull());
            QVERIFY(account.value(QStringLiteral("plays_open")).toArray().isEmpty());
        } else {
            // Nothing entered by hand and no goals: the score is the weighted mean (default weights)
            // of the measures the map gives, and the others are named as having no data.
            const QJsonObject health = account.value(QStringLiteral("health")).toObject();
            const QJsonObject measures = health.value(QStringLiteral("measures")).toObject();
            const QList<std::pair<const char *, double>> weights {{"usage", 20}, {"support", 10}, {"sentiment", 15},
                {"payment", 10}, {"engagement", 15}, {"relationship", 20}, {"goals", 10}};
            double sum = 0;
            double weight = 0;
            for (const auto &[measure, points] : weights) {
                const QJsonValue score = measures.value(QLatin1StringView(measure));
                if (score.isNull())
                    QVERIFY(health.value(QStringLiteral("without_data")).toArray().contains(QLatin1StringView(measure)));
                else {
                    sum += score.toDouble() * points;
                    weight += points;
                }
            }
            QVERIFY(measures.value(QStringLiteral("sentiment")).isNull());
            if (weight == 0)
                QVERIFY(health.value(QStringLiteral("score")).isNull());
            else
                QVERIFY2(std::abs(health.value(QStringLiteral("score")).toDouble() - sum / weight) < 0.06,
                    qPrintable(account.value(QStringLiteral("name")).toString()));
        }
        QVERIFY(account.value(QStringLiteral("plays_open")).isArray());
        QVERIFY(account.value(QStringLiteral("goals")).isArray());
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
