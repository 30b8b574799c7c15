#include "domain/portfoliofigures.h"
#include "domain/retention.h"
#include "domain/revenuefigures.h"

#include <QtTest>

using namespace keyplan;

namespace {
constexpr MinorUnits pounds(qint64 value)
{
    return value * 100;
}
} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workedExample_twentyToFiftySeats_isNrr250();
    void grr_capsExpansionAtStartRevenue();
    void churnedAccount_countsAsZero();
    void newAccount_isNotInTheCohort();
    void emptyCohort_hasNoRatio();
    void cohortFigures_data();
    void cohortFigures();
    void trailingTwelveMonths_endsToday();
    void topShare_ofLargestAccounts();
    void summary_countsKeyAccountsAndWarns();
};

void TestRetention::workedExample_twentyToFiftySeats_isNrr250()
{
    // DOMAIN.md: 20 seats at £40/seat/month (£9,600/yr) grows to 50 seats (£24,000/yr).
    Retention account;
    account.add(pounds(20 * 40 * 12), pounds(50 * 40 * 12));
    QCOMPARE(account.startRevenue(), pounds(9600));
    QCOMPARE(account.endRevenue(), pounds(24000));
    QCOMPARE(*account.nrr(), 2.5);
    QCOMPARE(*account.grr(), 1.0);
}

void TestRetention::grr_capsExpansionAtStartRevenue()
{
    Retention cohort;
    cohort.add(pounds(100), pounds(150)); // expansion: GRR counts only 100
    cohort.add(pounds(100), pounds(80)); // downgrade
    QCOMPARE(*cohort.nrr(), 230.0 / 200.0);
    QCOMPARE(*cohort.grr(), 180.0 / 200.0);
}

void TestRetention::churnedAccount_countsAsZero()
{
    Retention cohort;
    cohort.add(pounds(300), 0);
    cohort.add(pounds(100), pounds(100));
    QCOMPARE(*cohort.nrr(), 0.25);
    QCOMPARE(*cohort.grr(), 0.25);
    QCOMPARE(cohort.cohortSize(), 2);
}

void TestRetention::newAccount_isNotInTheCohort()
{
    Retention cohort;
    cohort.add(pounds(100), pounds(100));
    cohort.add(0, pounds(5000)); // won during the period: not retention
    QCOMPARE(cohort.cohortSize(), 1);
    QCOMPARE(*cohort.nrr(), 1.0);
}

void TestRetention::emptyCohort_hasNoRatio()
{
    Retention cohort;
    cohort.add(0, pounds(10));
    QVERIFY(!cohort.nrr().has_value());
    QVERIFY(!cohort.grr().has_value());
}

void TestRetention::cohortFigures_data()
{
    QTest::addColumn<QList<qint64>>("starts");
    QTest::addColumn<QList<qint64>>("ends");
    QTest::addColumn<double>("nrr");
    QTest::addColumn<double>("grr");
    QTest::newRow("flat") << QList<qint64> {100, 200} << QList<qint64> {100, 200} << 1.0 << 1.0;
    QTest::newRow("median SaaS 106%") << QList<qint64> {1000} << QList<qint64> {1060} << 1.06 << 1.0;
    QTest::newRow("leaky but growing") << QList<qint64> {100, 100, 100, 100}
                                       << QList<qint64> {0, 90, 160, 200} << 450.0 / 400.0 << 290.0 / 400.0;
}

void TestRetention::cohortFigures()
{
    QFETCH(QList<qint64>, starts);
    QFETCH(QList<qint64>, ends);
    QFETCH(double, nrr);
    QFETCH(double, grr);
    Retention cohort;
    for (qsizetype i = 0; i < starts.size(); ++i)
        cohort.add(pounds(starts.at(i)), pounds(ends.at(i)));
    QCOMPARE(*cohort.nrr(), nrr);
    QCOMPARE(*cohort.grr(), grr);
}

void TestRetention::trailingTwelveMonths_endsToday()
{
    const ReportingPeriod period = ReportingPeriod::trailingTwelveMonths(QDate(2026, 10, 17));
    QCOMPARE(period.first, QDate(2025, 10, 18));
    QCOMPARE(period.last, QDate(2026, 10, 17));
    QCOMPARE(period.first.daysTo(period.last) + 1, 365);
    QVERIFY(period.isValid());
    QVERIFY(!ReportingPeriod::trailingTwelveMonths(QDate()).isValid());
}

void TestRetention::topShare_ofLargestAccounts()
{
    const QList<MinorUnits> arrs {pounds(50), pounds(10), pounds(20), pounds(10), pounds(10)};
    QCOMPARE(*topShare(arrs, 3), 0.8);
    QCOMPARE(*topShare(arrs, 10), 1.0);
    QVERIFY(!topShare({}, 3).has_value());
    QVERIFY(!topShare({0, 0}, 3).has_value());
}

void TestRetention::summary_countsKeyAccountsAndWarns()
{
    // 31 small key accounts growing from £100 to £110 in the period, one large one flat.
    const ReportingPeriod period = ReportingPeriod::calendarYear(2026);
    QList<RevenueInput> accounts;
    for (int i = 0; i < 31; ++i)
        accounts.append({i + 1, QStringLiteral("GBP"), QStringLiteral("smb"), QStringLiteral("growth"), {}, true,
            {{0, i + 1, QDate(2025, 6, 1), ArrChangeKind::New, pounds(100), {}, std::nullopt, 1},
                {0, i + 1, QDate(2026, 3, 1), ArrChangeKind::Upsell, pounds(110), {}, std::nullopt, 1}}});
    accounts.append({99, QStringLiteral("GBP"), QStringLiteral("enterprise"), QStringLiteral("strategic"), {}, false,
        {{0, 99, QDate(2024, 1, 1), ArrChangeKind::New, pounds(10000), {}, std::nullopt, 1}}});
    const RevenueFigures figures
        = computeRevenueFigures(accounts, RateTable(), QStringLiteral("GBP"), period, QDate(2026, 12, 31));
    const GroupRevenueFigures &total = figures.total;
    QCOMPARE(total.accounts, 32);
    QCOMPARE(total.keyAccounts, 31);
    QCOMPARE(*total.arr, pounds(13410));
    QCOMPARE(*total.nrr, (31 * 110.0 + 10000) / (31 * 100.0 + 10000));
    QVERIFY(tooManyKeyAccounts(total.keyAccounts));
    QVERIFY(!tooManyKeyAccounts(30));
    QVERIFY(isConcentrationRisk(figures.top3Share)); // the one big account holds three quarters
    QVERIFY(!isConcentrationRisk(0.29));
    QVERIFY(isConcentrationRisk(0.30));
    QCOMPARE(*figures.bySegment.value(QStringLiteral("smb")).nrr, 1.1);
    QCOMPARE(*figures.bySegment.value(QStringLiteral("enterprise")).nrr, 1.0);
    QCOMPARE(*figures.byTier.value(QStringLiteral("growth")).grr, 1.0);
    QCOMPARE(figures.byTier.size(), 2);
    PortfolioThresholds lenient;
    lenient.maxKeyAccounts = 40;
    QVERIFY(!tooManyKeyAccounts(31, lenient));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
