#include "domain/dayformat.h"
#include "domain/money.h"
#include "domain/month.h"

#include <QtTest>

using namespace keyplan;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseMoney_acceptsWhatUsersType_data();
    void parseMoney_acceptsWhatUsersType();
    void parseMoney_refusesNonAmounts_data();
    void parseMoney_refusesNonAmounts();
    void formatMoney_showsWholeUnitsOrCents();
    void formatMoneyShort_abbreviates();
    void days_theWholeYearInEachLanguagesForm();
    void sumsOfMinorUnits_doNotDrift();
    void monthKey_roundTrips();
};

void TestMoney::parseMoney_acceptsWhatUsersType_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("plain") << "en_GB"
                           << "24000" << qint64(2400000);
    QTest::newRow("grouped") << "en_GB"
                             << "24,000" << qint64(2400000);
    QTest::newRow("with pence") << "en_GB"
                                << "24,000.50" << qint64(2400050);
    QTest::newRow("one decimal") << "en_GB"
                                 << "9600.5" << qint64(960050);
    QTest::newRow("symbol") << "en_GB"
                            << "£24,000" << qint64(2400000);
    QTest::newRow("code") << "en_GB"
                          << "GBP 1,200" << qint64(120000);
    QTest::newRow("spaces") << "en_GB"
                            << "  350  " << qint64(35000);
    QTest::newRow("german") << "de_DE"
                            << "24.000,50" << qint64(2400050);
    QTest::newRow("negative") << "en_GB"
                              << "-1,500" << qint64(-150000);
    QTest::newRow("zero") << "en_GB"
                          << "0" << qint64(0);
}

void TestMoney::parseMoney_acceptsWhatUsersType()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    const std::optional<MinorUnits> parsed = parseMoney(text, QLocale(locale));
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, minor);
}

void TestMoney::parseMoney_refusesNonAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("words") << "a lot";
    QTest::newRow("three decimals") << "1.005";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("too large") << "1234567890123456789";
}

void TestMoney::parseMoney_refusesNonAmounts()
{
    QFETCH(QString, text);
    QVERIFY(!parseMoney(text, QLocale(QStringLiteral("en_GB"))).has_value());
}

void TestMoney::formatMoney_showsWholeUnitsOrCents()
{
    const QLocale gb(QStringLiteral("en_GB"));
    // Tables and summaries: whole units, rounded half away from zero, so a column never mixes
    // "£1,076,050.08" with "£717,192".
    QCOMPARE(formatMoney(2400000, QStringLiteral("GBP"), gb), QStringLiteral("£24,000"));
    QCOMPARE(formatMoney(2400050, QStringLiteral("GBP"), gb), QStringLiteral("£24,001"));
    QCOMPARE(formatMoney(2400049, QStringLiteral("GBP"), gb), QStringLiteral("£24,000"));
    QCOMPARE(formatMoney(107605008, QStringLiteral("GBP"), gb), QStringLiteral("£1,076,050"));
    QCOMPARE(formatMoney(-150050, QStringLiteral("USD"), gb), QStringLiteral("\u2212$1,501"));
    QCOMPARE(formatMoney(100, QStringLiteral("NOK"), gb), QStringLiteral("NOK\u00A01"));
    // Editors and the timeline: the cents the user typed.
    QCOMPARE(formatMoneyExact(2400050, QStringLiteral("GBP"), gb), QStringLiteral("£24,000.50"));
    QCOMPARE(formatMoneyExact(2400000, QStringLiteral("GBP"), gb), QStringLiteral("£24,000"));
    QCOMPARE(formatMoneyExact(-5, QStringLiteral("EUR"), gb), QStringLiteral("\u2212€0.05"));
    QCOMPARE(formatMoneyExact(123456789, QStringLiteral("EUR"), QLocale(QStringLiteral("de_DE"))),
        QStringLiteral("€1.234.567,89"));
    QCOMPARE(formatMoneyChange(200000, QStringLiteral("GBP"), gb), QStringLiteral("+£2,000"));
    QCOMPARE(formatMoneyChange(-150000, QStringLiteral("GBP"), gb), QStringLiteral("\u2212£1,500"));
    QCOMPARE(formatMoneyChange(0, QStringLiteral("GBP"), gb), QStringLiteral("£0"));
    QCOMPARE(moneyEditText(2400050, gb), QStringLiteral("24,000.50"));
    QCOMPARE(moneyEditText(2400000, gb), QStringLiteral("24,000"));
    QCOMPARE(moneyEditText(-123456789, QLocale(QStringLiteral("de_DE"))), QStringLiteral("-1.234.567,89"));
    // What an editor starts from, the parser reads back, in each language's grouping.
    for (const QLocale &locale : {gb, QLocale(QStringLiteral("de_DE")), QLocale(QStringLiteral("fr_FR"))}) {
        for (const MinorUnits amount : {MinorUnits(0), MinorUnits(2400050), MinorUnits(-150000), maxMoney})
            QCOMPARE(parseMoney(moneyEditText(amount, locale), locale), std::optional(amount));
    }
    // What the formatter writes, the parser reads back.
    for (const MinorUnits amount : {MinorUnits(0), MinorUnits(2400050), MinorUnits(-150000), maxMoney})
        QCOMPARE(parseMoney(formatMoneyExact(amount, QStringLiteral("GBP"), gb), gb), std::optional(amount));

}

void TestMoney::formatMoneyShort_abbreviates()
{
    const QLocale gb(QStringLiteral("en_GB"));
    QCOMPARE(formatMoneyShort(339680000, QStringLiteral("GBP"), gb), QStringLiteral("£3.4M"));
    QCOMPARE(formatMoneyShort(95000000, QStringLiteral("GBP"), gb), QStringLiteral("£950K"));
    QCOMPARE(formatMoneyShort(960000, QStringLiteral("GBP"), gb), QStringLiteral("£9,600"));
    // In the language's own abbreviations.
    const QLocale de(QStringLiteral("de_DE"));
    QCOMPARE(formatMoneyShort(339680000, QStringLiteral("GBP"), de), QStringLiteral("£3,4\u00a0Mio."));
    QCOMPARE(formatMoneyShort(95000000, QStringLiteral("GBP"), de), QStringLiteral("£950\u00a0Tsd."));
    QCOMPARE(formatMoneyShort(95000000, QStringLiteral("EUR"), QLocale(QStringLiteral("fr_FR"))), QStringLiteral("€950\u00a0k"));
}

void TestMoney::days_theWholeYearInEachLanguagesForm()
{
    const QDate day(2026, 12, 5);
    const QLocale de(QStringLiteral("de_DE"));
    // Qt's short German form is "05.12.26"; a plan's dates reach years ahead and behind.
    QCOMPARE(formatShortDay(day, de), QStringLiteral("05.12.2026"));
    QCOMPARE(formatShortDay(day, QLocale(QStringLiteral("en_GB"))), QStringLiteral("05/12/2026"));
    QCOMPARE(formatShortDay(day, QLocale(QStringLiteral("en_US"))), QStringLiteral("12/5/2026"));
    QCOMPARE(formatShortDay(day, QLocale(QStringLiteral("fr_FR"))), QStringLiteral("05/12/2026"));
    QCOMPARE(formatShortDayTime(QDateTime(day, QTime(14, 30)), de), QStringLiteral("05.12.2026 14:30"));
    QCOMPARE(formatDay(day, de), QStringLiteral("5. Dez. 2026"));
    QCOMPARE(formatDay(day, QLocale(QStringLiteral("en_GB"))), QStringLiteral("5 Dec 2026"));
}

void TestMoney::sumsOfMinorUnits_doNotDrift()
{
    // 0.10 added a thousand times is exactly 100.00 in minor units, unlike binary doubles.
    MinorUnits total = 0;
    double floating = 0;
    for (int i = 0; i < 1000; ++i) {
        total += *parseMoney(QStringLiteral("0.10"), QLocale::c());
        floating += 0.10;
    }
    QCOMPARE(total, MinorUnits(10000));
    QVERIFY(floating != 100.0); // the reason money is not kept in doubles
}

void TestMoney::monthKey_roundTrips()
{
    QCOMPARE(monthKey(QDate(2026, 10, 1)), QStringLiteral("2026-10"));
    QCOMPARE(monthFromKey(QStringLiteral("2026-10")), QDate(2026, 10, 1));
    QVERIFY(!monthFromKey(QStringLiteral("2026-13")).isValid());
    QVERIFY(!monthFromKey(QStringLiteral("October")).isValid());
    QCOMPARE(firstOfMonth(QDate(2026, 11, 23)), QDate(2026, 11, 1));
    QCOMPARE(monthsBetween(QDate(2025, 10, 1), QDate(2026, 10, 1)), 12);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
