#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

// Money is kept exactly, as a whole number of minor units (pence, cents) in a qint64.
// Never sum money as floating point; convert to a double only to display or to write JSON.
namespace keyplan {

using MinorUnits = qint64;

// The largest amount Keyplan accepts, typed or in a plan: ±10^15 minor units (ten trillion
// pounds). Far beyond any account, and small enough that a portfolio's sums cannot overflow.
inline constexpr MinorUnits maxMoney = 1'000'000'000'000'000LL;
constexpr bool isMoneyInRange(MinorUnits amount)
{
    return amount <= maxMoney && amount >= -maxMoney;
}

// A sum of amounts that refuses to wrap: once an addition would overflow, the sum is invalid
// for good, and whoever shows it says so instead of showing a wrapped number.
class MoneySum
{
public:
    MoneySum &operator+=(MinorUnits amount)
    {
        if (!m_overflow && __builtin_add_overflow(m_value, amount, &m_value))
            m_overflow = true;
        return *this;
    }
    bool isValid() const { return !m_overflow; }
    MinorUnits value() const { return m_overflow ? 0 : m_value; }

private:
    MinorUnits m_value = 0;
    bool m_overflow = false;
};

// The app's one money formatter. Every amount shown, printed or exported goes through these, so
// a column never mixes "£1,076,050.08" with "£717,192". Negative amounts take U+2212 MINUS SIGN.
//
// "£24,000": whole currency units, rounded half away from zero: tables, summaries, reports.
QString formatMoney(MinorUnits amount, const QString &currencyCode, const QLocale &locale = QLocale());
// "£24,000.50": with the minor units when there are any: where the user typed them (editors,
// the timeline of ARR changes).
QString formatMoneyExact(MinorUnits amount, const QString &currencyCode, const QLocale &locale = QLocale());
// "+£2,000" / "−£1,500": a change, always signed (whole units).
QString formatMoneyChange(MinorUnits amount, const QString &currencyCode, const QLocale &locale = QLocale());
// "24,000.50" for a line edit to start from: no symbol, grouped as the locale groups (which
// parseMoney reads back), two decimals only when needed.
QString moneyEditText(MinorUnits amount, const QLocale &locale = QLocale());

// The same, abbreviated for dense tables and headers: "£1.2M", "£950K".
QString formatMoneyShort(MinorUnits amount, const QString &currencyCode, const QLocale &locale = QLocale());

// Parses what a user typed: "24000", "24,000.50", "£24,000", "24 000,50" (in the given locale).
// Returns nothing for text that is not an amount, or one beyond ±maxMoney.
std::optional<MinorUnits> parseMoney(const QString &text, const QLocale &locale = QLocale());

// Minor units as a number of major units for JSON and charts: 2400050 -> 24000.5.
double toMajorUnits(MinorUnits amount);

// The symbol for an ISO 4217 code where it is well known ("GBP" -> "£"), else the code itself.
QString currencySymbol(const QString &currencyCode);

} // namespace keyplan
