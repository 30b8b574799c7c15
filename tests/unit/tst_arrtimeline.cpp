#include "domain/arrbridge.h"
#include "domain/exchangerates.h"
#include "domain/percent.h"
#include "domain/reportingconverter.h"
#include "domain/reportingperiod.h"
#include "domain/revenuefigures.h"

#include <QtTest>

using namespace keyplan;

namespace {

constexpr MinorUnits pounds(qint64 value)
{
    return value * 100;
}

ArrChange change(const QDate &on, ArrChangeKind kind, MinorUnits arr, ArrChangeId id = 0)
{
    return {id, 1, on, kind, arr, {}, std::nullopt, 1};
}

// The seeds' example, one change a month from January 2026.
QList<ArrChange> expansionExample()
{
    return {change(QDate(2025, 6, 1), ArrChangeKind::New, pounds(5000), 1),
        change(QDate(2026, 2, 1), ArrChangeKind::Upsell, pounds(7000), 2),
        change(QDate(2026, 4, 1), ArrChangeKind::CrossSell, pounds(8000), 3),
        change(QDate(2026, 6, 1), ArrChangeKind::PriceIncrease, pounds(8800), 4),
        change(QDate(2026, 9, 1), ArrChangeKind::SeatGrowth, pounds(10300), 5)};
}

RevenueInput account(AccountId id, const QString &currency, const QString &segment, QList<ArrChange> timeline)
{
    for (ArrChange &c : timeline)
        c.accountId = id;
    return {id, currency, segment, QStringLiteral("growth"), QStringLiteral("Tom"), true, timeline};
}

} // namespace

class TestArrTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrOnADay_isTheLastChangeOnOrBeforeIt();
    void effectiveKind_followsWhatArrDid();
    void bridge_attributesExpansionToItsMotion();
    void bridge_addsUpForEveryPeriodAndRate_data();
    void bridge_addsUpForEveryPeriodAndRate();
    void churnAndReactivation_areTheirOwnLines();
    void periods_fiscalYearsStartingInApril();
    void periods_parseWhatTheCommandLineTakes();
    void rates_parseConvertAndInvertExactly();
    void rates_inForceOnADay();
    void figures_newAccountsAreNewBusinessNotRetention();
    void figures_aSecondCurrencyWithoutARateIsNeverAdded();
    void figures_retentionIsAtConstantCurrency();
    void figures_aMonthAddedForOneAccountLeavesTheOthersAlone();
    void converter_convertsEachItemOnce();
    void percent_oneDecimalAndPoints();
};

void TestArrTimeline::arrOnADay_isTheLastChangeOnOrBeforeIt()
{
    const QList<ArrChange> timeline = expansionExample();
    QCOMPARE(arrOn(timeline, QDate(2025, 5, 31)), 0); // before the first change
    QCOMPARE(arrOn(timeline, QDate(2025, 6, 1)), pounds(5000));
    QCOMPARE(arrOn(timeline, QDate(2026, 1, 31)), pounds(5000)); // months without a change carry it forward
    QCOMPARE(arrOn(timeline, QDate(2026, 2, 1)), pounds(7000));
    QCOMPARE(arrBefore(timeline, QDate(2026, 2, 1)), pounds(5000));
    QCOMPARE(arrOn(timeline, QDate(2030, 1, 1)), pounds(10300));
    // Two changes the same day: the later recorded is in force.
    QList<ArrChange> sameDay {change(QDate(2026, 1, 1), ArrChangeKind::New, pounds(100), 7),
        change(QDate(2026, 1, 1), ArrChangeKind::Upsell, pounds(150), 3)};
    sortTimeline(sameDay);
    QCOMPARE(sameDay.constFirst().id, 3);
    QCOMPARE(arrOn(sameDay, QDate(2026, 1, 1)), pounds(100));
    const QList<MonthEnd> months = monthEnds(timeline, QDate(2026, 1, 1), QDate(2026, 3, 1));
    QCOMPARE(months.size(), 3);
    QCOMPARE(months.at(0).arr, pounds(5000));
    QCOMPARE(months.at(1).arr, pounds(7000));
    QCOMPARE(months.at(2).arr, pounds(7000));
}

void TestArrTimeline::effectiveKind_followsWhatArrDid()
{
    QCOMPARE(effectiveKind(0, 100, false, ArrChangeKind::Upsell), ArrChangeKind::New);
    QCOMPARE(effectiveKind(0, 100, true, ArrChangeKind::New), ArrChangeKind::Reactivation);
    QCOMPARE(effectiveKind(100, 0, true, ArrChangeKind::Contraction), ArrChangeKind::Churn);
    QCOMPARE(effectiveKind(100, 150, true, ArrChangeKind::CrossSell), ArrChangeKind::CrossSell);
    QCOMPARE(effectiveKind(100, 150, true, ArrChangeKind::Contraction), ArrChangeKind::Expansion);
    QCOMPARE(effectiveKind(100, 50, true, ArrChangeKind::Upsell), ArrChangeKind::Contraction);
    QCOMPARE(effectiveKind(100, 100, true, ArrChangeKind::Upsell), std::nullopt);
    QCOMPARE(suggestedKind(100, 150, true), ArrChangeKind::Upsell);
    QCOMPARE(suggestedKind(0, 150, false), ArrChangeKind::New);
    QCOMPARE(suggestedKind(150, 0, true), ArrChangeKind::Churn);
    QCOMPARE(kindFor(ExpansionMotion::SeatGrowth), ArrChangeKind::SeatGrowth);
    QCOMPARE(motionOf(ArrChangeKind::PriceIncrease), ExpansionMotion::PriceIncrease);
    QCOMPARE(motionOf(ArrChangeKind::Expansion), std::nullopt);
    for (const ArrChangeKind kind : allArrChangeKinds)
        QCOMPARE(arrChangeKindFromKey(keyOf(kind)), kind);
}

void TestArrTimeline::bridge_attributesExpansionToItsMotion()
{
    // DOMAIN.md: £5,000 → upsell +£2,000, cross-sell +£1,000, price +£800, seats +£1,500 = £10,300.
    const ArrBridge bridge = accountBridge(expansionExample(), ReportingPeriod::calendarYear(2026));
    QCOMPARE(bridge.start, pounds(5000));
    QCOMPARE(bridge.expansion[int(ExpansionMotion::Upsell)], pounds(2000));
    QCOMPARE(bridge.expansion[int(ExpansionMotion::CrossSell)], pounds(1000));
    QCOMPARE(bridge.expansion[int(ExpansionMotion::PriceIncrease)], pounds(800));
    QCOMPARE(bridge.expansion[int(ExpansionMotion::SeatGrowth)], pounds(1500));
    QCOMPARE(bridge.expansion[int(ExpansionMotion::UsageGrowth)], 0);
    QCOMPARE(bridge.expansionTotal(), pounds(5300));
    QCOMPARE(bridge.end, pounds(10300));
    QVERIFY(bridge.addsUp());
    QCOMPARE(*retentionOf(bridge).nrr(), 10300.0 / 5000.0);
    QCOMPARE(*retentionOf(bridge).grr(), 1.0);
    // A quarter sees only its own change: the price rise of June.
    const ArrBridge q2 = accountBridge(expansionExample(), ReportingPeriod::quarter(2026, 2, 1));
    QCOMPARE(q2.start, pounds(7000));
    QCOMPARE(q2.expansionTotal(), pounds(1800)); // cross-sell in April, price in June
    QCOMPARE(q2.end, pounds(8800));
}

void TestArrTimeline::bridge_addsUpForEveryPeriodAndRate_data()
{
    QTest::addColumn<ReportingPeriod>("period");
    QTest::addColumn<qint64>("rate");
    QTest::newRow("2026 at par") << ReportingPeriod::calendarYear(2026) << rateScale;
    QTest::newRow("2026 at 0.787654321") << ReportingPeriod::calendarYear(2026) << qint64(787654321);
    QTest::newRow("trailing year at 1.3333") << ReportingPeriod::trailingTwelveMonths(QDate(2026, 8, 15)) << qint64(1333300000);
    QTest::newRow("a quarter at 151.7") << ReportingPeriod::quarter(2026, 3, 4) << qint64(151700000000);
    QTest::newRow("a single day") << ReportingPeriod::custom(QDate(2026, 6, 1), QDate(2026, 6, 1)) << qint64(333333333);
}

void TestArrTimeline::bridge_addsUpForEveryPeriodAndRate()
{
    QFETCH(ReportingPeriod, period);
    QFETCH(qint64, rate);
    // Awkward amounts: odd pennies that round differently at every rate.
    QList<ArrChange> timeline {change(QDate(2025, 3, 3), ArrChangeKind::New, 123457, 1),
        change(QDate(2025, 11, 30), ArrChangeKind::Upsell, 198765, 2),
        change(QDate(2026, 2, 14), ArrChangeKind::Contraction, 150001, 3),
        change(QDate(2026, 6, 1), ArrChangeKind::Churn, 0, 4),
        change(QDate(2026, 7, 9), ArrChangeKind::Reactivation, 99999, 5),
        change(QDate(2026, 10, 2), ArrChangeKind::UsageGrowth, 250003, 6)};
    const ArrBridge bridge = accountBridge(timeline, period, rate);
    QVERIFY(bridge.addsUp());
    QCOMPARE(bridge.start, *convertAt(arrBefore(timeline, period.first), rate));
    QCOMPARE(bridge.end, *convertAt(arrOn(timeline, period.last), rate));
}

void TestArrTimeline::churnAndReactivation_areTheirOwnLines()
{
    const QList<ArrChange> timeline {change(QDate(2025, 1, 1), ArrChangeKind::New, pounds(1000), 1),
        change(QDate(2026, 3, 1), ArrChangeKind::Churn, 0, 2),
        change(QDate(2026, 9, 1), ArrChangeKind::Reactivation, pounds(600), 3)};
    const ArrBridge bridge = accountBridge(timeline, ReportingPeriod::calendarYear(2026));
    QCOMPARE(bridge.churn, pounds(1000));
    QCOMPARE(bridge.reactivation, pounds(600));
    QCOMPARE(bridge.newBusiness, 0);
    QVERIFY(bridge.addsUp());
    // In the cohort (it had ARR on 1 January): NRR 60%, GRR 60%.
    QCOMPARE(*retentionOf(bridge).nrr(), 0.6);
    QCOMPARE(*retentionOf(bridge).grr(), 0.6);
}

void TestArrTimeline::periods_fiscalYearsStartingInApril()
{
    const ReportingPeriod year = ReportingPeriod::fiscalYear(2026, 4);
    QCOMPARE(year.first, QDate(2026, 4, 1));
    QCOMPARE(year.last, QDate(2027, 3, 31));
    QCOMPARE(fiscalYearName(2026, 4), QStringLiteral("FY 2026/27"));
    QCOMPARE(fiscalYearName(2026, 1), QStringLiteral("FY 2026"));
    QCOMPARE(fiscalYearOf(QDate(2027, 2, 10), 4), 2026);
    QCOMPARE(fiscalYearOf(QDate(2026, 4, 1), 4), 2026);
    QCOMPARE(fiscalQuarterOf(QDate(2026, 4, 1), 4), 1);
    QCOMPARE(fiscalQuarterOf(QDate(2027, 1, 15), 4), 4);
    const ReportingPeriod q3 = ReportingPeriod::quarter(2026, 3, 4);
    QCOMPARE(q3.first, QDate(2026, 10, 1));
    QCOMPARE(q3.last, QDate(2026, 12, 31));
    const ReportingPeriod ytd = ReportingPeriod::yearToDate(QDate(2027, 2, 10), 4);
    QCOMPARE(ytd.first, QDate(2026, 4, 1));
    QCOMPARE(ytd.last, QDate(2027, 2, 10));
    // A calendar-year plan: year to date from 1 January.
    QCOMPARE(ReportingPeriod::yearToDate(QDate(2027, 2, 10), 1).first, QDate(2027, 1, 1));
    QCOMPARE(ReportingPeriod::quarter(2026, 4, 1).first, QDate(2026, 10, 1));
    // Leap days: the trailing year to 29 February 2028 starts on 1 March 2027.
    QCOMPARE(ReportingPeriod::trailingTwelveMonths(QDate(2028, 2, 29)).first, QDate(2027, 3, 1));
}

void TestArrTimeline::periods_parseWhatTheCommandLineTakes()
{
    const QDate today(2026, 11, 23);
    QCOMPARE(parsePeriod(QStringLiteral("ttm"), today, 4), ReportingPeriod::trailingTwelveMonths(today));
    QCOMPARE(parsePeriod(QStringLiteral("YTD"), today, 4), ReportingPeriod::yearToDate(today, 4));
    QCOMPARE(parsePeriod(QStringLiteral("2025"), today, 4), ReportingPeriod::calendarYear(2025));
    QCOMPARE(parsePeriod(QStringLiteral("FY2025"), today, 4), ReportingPeriod::fiscalYear(2025, 4));
    QCOMPARE(parsePeriod(QStringLiteral("2026-Q2"), today, 4), ReportingPeriod::quarter(2026, 2, 4));
    QCOMPARE(parsePeriod(QStringLiteral("2025-04-01..2026-03-31"), today, 1),
        ReportingPeriod::custom(QDate(2025, 4, 1), QDate(2026, 3, 31)));
    QCOMPARE(parsePeriod(QStringLiteral("2026-03-31..2025-04-01"), today, 1), std::nullopt);
    QCOMPARE(parsePeriod(QStringLiteral("2026-Q5"), today, 1), std::nullopt);
    QCOMPARE(parsePeriod(QStringLiteral("last spring"), today, 1), std::nullopt);
}

void TestArrTimeline::rates_parseConvertAndInvertExactly()
{
    QCOMPARE(parseRate(QStringLiteral("0.79"), QLocale::c()), qint64(790000000));
    QCOMPARE(parseRate(QStringLiteral("1,2673"), QLocale(QStringLiteral("de_DE"))), qint64(1267300000));
    QCOMPARE(parseRate(QStringLiteral("151.7"), QLocale::c()), qint64(151700000000));
    QCOMPARE(parseRate(QStringLiteral("0"), QLocale::c()), std::nullopt);
    QCOMPARE(parseRate(QStringLiteral("-1"), QLocale::c()), std::nullopt);
    QCOMPARE(parseRate(QStringLiteral("0.0000000001"), QLocale::c()), std::nullopt); // ten decimals
    QCOMPARE(parseRate(QStringLiteral("dollars"), QLocale::c()), std::nullopt);
    QCOMPARE(formatRate(790000000, QLocale::c()), QStringLiteral("0.79"));
    QCOMPARE(formatRate(1267300000, QLocale::c()), QStringLiteral("1.2673"));
    // $150,000 at 0.79 is £118,500; half a penny rounds away from zero.
    QCOMPARE(convertAt(pounds(150000), 790000000), pounds(118500));
    QCOMPARE(convertAt(1, 500000000), MinorUnits(1));
    QCOMPARE(convertAt(-1, 500000000), MinorUnits(-1));
    QCOMPARE(convertAt(maxMoney, 2 * rateScale), std::nullopt); // beyond what Keyplan holds
    // Entered one way, used the other: 1 GBP = 1.25 USD makes 1 USD = 0.8 GBP.
    const RateTable rates({{1, QStringLiteral("GBP"), QStringLiteral("USD"), QDate(2026, 1, 1), 1250000000, 1}});
    const std::optional<RateUsed> inverse = rates.rate(QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2026, 6, 1));
    QVERIFY(inverse && inverse->inverted);
    QCOMPARE(inverse->rate, qint64(800000000));
    QCOMPARE(rates.rate(QStringLiteral("GBP"), QStringLiteral("GBP"), QDate())->rate, rateScale);
    QCOMPARE(rates.rate(QStringLiteral("EUR"), QStringLiteral("GBP"), QDate(2026, 6, 1)), std::nullopt);
    QCOMPARE(missingRateText(QStringLiteral("USD"), QStringLiteral("GBP")), QStringLiteral("needs a USD→GBP rate"));
}

void TestArrTimeline::rates_inForceOnADay()
{
    const RateTable rates({{1, QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2026, 1, 1), 810000000, 1},
        {2, QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2026, 7, 1), 770000000, 1},
        {3, QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2026, 10, 1), 790000000, 1}});
    QCOMPARE(rates.rate(QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2026, 8, 15))->rate, qint64(770000000));
    QCOMPARE(rates.rate(QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2026, 10, 1))->rate, qint64(790000000));
    QCOMPARE(rates.rate(QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2030, 1, 1))->on, QDate(2026, 10, 1));
    // Before every rate: the earliest, and the rate used says its date.
    QCOMPARE(rates.rate(QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2025, 1, 1))->on, QDate(2026, 1, 1));
}

void TestArrTimeline::figures_newAccountsAreNewBusinessNotRetention()
{
    const ReportingPeriod period = ReportingPeriod::calendarYear(2026);
    const QList<RevenueInput> accounts {account(1, QStringLiteral("GBP"), QStringLiteral("smb"), expansionExample()),
        account(2, QStringLiteral("GBP"), QStringLiteral("enterprise"),
            {change(QDate(2026, 5, 1), ArrChangeKind::New, pounds(50000))})};
    const RevenueFigures figures = computeRevenueFigures(accounts, {}, QStringLiteral("GBP"), period, QDate(2026, 12, 31));
    QCOMPARE(figures.total.cohort, 1);
    QCOMPARE(*figures.total.nrr, 10300.0 / 5000.0); // the new account is not in it
    QCOMPARE(figures.total.bridge->newBusiness, pounds(50000));
    QCOMPARE(*figures.total.arr, pounds(60300));
    QVERIFY(figures.total.bridge->addsUp());
    QVERIFY(!figures.accounts.at(1).nrr);
    QCOMPARE(figures.bySegment.value(QStringLiteral("enterprise")).nrr, std::nullopt);
    QCOMPARE(figures.byOwner.value(QStringLiteral("Tom")).accounts, 2);
}

void TestArrTimeline::figures_aSecondCurrencyWithoutARateIsNeverAdded()
{
    const ReportingPeriod period = ReportingPeriod::calendarYear(2026);
    const QList<RevenueInput> accounts {account(1, QStringLiteral("GBP"), QStringLiteral("smb"), expansionExample()),
        account(2, QStringLiteral("USD"), QStringLiteral("enterprise"),
            {change(QDate(2024, 5, 1), ArrChangeKind::New, pounds(430000))})};
    const RevenueFigures without = computeRevenueFigures(accounts, {}, QStringLiteral("GBP"), period, QDate(2026, 12, 31));
    QCOMPARE(without.total.missingRates, QStringList {QStringLiteral("USD→GBP")});
    QCOMPARE(without.total.arr, std::nullopt); // never £440,300
    QCOMPARE(without.total.nrr, std::nullopt);
    QCOMPARE(without.top3Share, std::nullopt);
    // The group without the dollar account still has its figures; the account its own, in dollars.
    QCOMPARE(*without.bySegment.value(QStringLiteral("smb")).arr, pounds(10300));
    QVERIFY(!without.bySegment.value(QStringLiteral("enterprise")).hasFigures());
    QCOMPARE(without.accounts.at(1).arr, pounds(430000));
    QCOMPARE(*without.accounts.at(1).nrr, 1.0);

    const RateTable rates({{1, QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2026, 1, 1), 790000000, 1}});
    const RevenueFigures with = computeRevenueFigures(accounts, rates, QStringLiteral("GBP"), period, QDate(2026, 12, 31));
    QVERIFY(with.total.missingRates.isEmpty());
    QCOMPARE(*with.total.arr, pounds(10300) + pounds(339700));
    QCOMPARE(with.ratesUsed.size(), 1);
    QVERIFY(with.total.bridge->addsUp());
}

void TestArrTimeline::figures_retentionIsAtConstantCurrency()
{
    // Flat in dollars all year while the dollar fell from 0.81 to 0.77: no churn, no contraction.
    const ReportingPeriod period = ReportingPeriod::calendarYear(2026);
    const RateTable rates({{1, QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2026, 1, 1), 810000000, 1},
        {2, QStringLiteral("USD"), QStringLiteral("GBP"), QDate(2026, 12, 1), 770000000, 1}});
    const QList<RevenueInput> accounts {account(1, QStringLiteral("USD"), QStringLiteral("smb"),
        {change(QDate(2025, 1, 1), ArrChangeKind::New, pounds(100000))})};
    const RevenueFigures figures = computeRevenueFigures(accounts, rates, QStringLiteral("GBP"), period, QDate(2026, 12, 31));
    QCOMPARE(*figures.total.nrr, 1.0);
    QCOMPARE(*figures.total.grr, 1.0);
    QCOMPARE(figures.total.bridge->contraction, 0);
    QCOMPARE(figures.total.bridge->start, pounds(77000)); // both ends at the period's rate
    QCOMPARE(figures.total.bridge->end, pounds(77000));
    QCOMPARE(*figures.total.arr, pounds(77000)); // ARR today at today's rate
}

void TestArrTimeline::figures_aMonthAddedForOneAccountLeavesTheOthersAlone()
{
    // Last time, one account's figure for next month made every other account read as churned.
    QList<RevenueInput> accounts;
    for (AccountId id = 1; id <= 5; ++id)
        accounts.append(account(id, QStringLiteral("GBP"), QStringLiteral("smb"),
            {change(QDate(2024, 1, 1), ArrChangeKind::New, pounds(1000 * id))}));
    const QDate today(2026, 11, 23);
    const ReportingPeriod period = ReportingPeriod::trailingTwelveMonths(today);
    const RevenueFigures before = computeRevenueFigures(accounts, {}, QStringLiteral("GBP"), period, today);
    accounts[0].timeline.append(change(QDate(2026, 12, 1), ArrChangeKind::SeatGrowth, pounds(1500)));
    const RevenueFigures scheduled = computeRevenueFigures(accounts, {}, QStringLiteral("GBP"), period, today);
    QCOMPARE(*scheduled.total.nrr, 1.0); // a change after today is not in today's figures
    QCOMPARE(scheduled.total.arr, before.total.arr);
    const QDate nextMonth(2026, 12, 15);
    const RevenueFigures later = computeRevenueFigures(
        accounts, {}, QStringLiteral("GBP"), ReportingPeriod::trailingTwelveMonths(nextMonth), nextMonth);
    for (int i = 1; i < 5; ++i)
        QCOMPARE(*later.accounts.at(i).nrr, 1.0); // the others carry their ARR forward
    QCOMPARE(*later.total.nrr, 15500.0 / 15000.0);
}

void TestArrTimeline::converter_convertsEachItemOnce()
{
    const RateTable rates({{1, QStringLiteral("EUR"), QStringLiteral("GBP"), QDate(2026, 1, 1), 860000000, 1}});
    const ReportingConverter converter(rates, QStringLiteral("GBP"), QDate(2026, 6, 1),
        {{1, QStringLiteral("GBP")}, {2, QStringLiteral("EUR")}, {3, QStringLiteral("JPY")}});
    Opportunity a;
    a.accountId = 1;
    a.amount = pounds(1000);
    Opportunity b = a;
    b.accountId = 2;
    Opportunity c = a;
    c.accountId = 3;
    const QList<Opportunity> converted = converter.opportunities({a, b, c});
    QCOMPARE(converted.size(), 2); // the yen account has no rate: left out, and said
    QCOMPARE(converted.at(1).amount, pounds(860));
    QCOMPARE(converter.missingRates(), QStringList {QStringLiteral("JPY→GBP")});
}

void TestArrTimeline::percent_oneDecimalAndPoints()
{
    const QLocale c = QLocale::c();
    QCOMPARE(formatPercent(1.0625, c), QStringLiteral("106.3%"));
    QCOMPARE(formatPercent(0.43, c, 0), QStringLiteral("43%"));
    QCOMPARE(formatPercent(std::nullopt, c), QStringLiteral("–"));
    QCOMPARE(formatPercent(-0.05, c), QStringLiteral("\u22125.0%"));
    // From 11.8% to 10.9%: down 0.9 points, never "−7.6%".
    QCOMPARE(formatPointChange(0.118, 0.109, c), QStringLiteral("\u22120.9 pts"));
    QCOMPARE(formatPointChange(0.60, 0.65, c), QStringLiteral("+5.0 pts"));
    // German and French set the sign apart with a space that does not break.
    QCOMPARE(formatPercent(1.0625, QLocale(QStringLiteral("de_DE"))), QStringLiteral("106,3\u00a0%"));
    QCOMPARE(formatPercent(1.0625, QLocale(QStringLiteral("fr_FR"))), QStringLiteral("106,3\u202f%"));
}

QTEST_GUILESS_MAIN(TestArrTimeline)
#include "tst_arrtimeline.moc"
