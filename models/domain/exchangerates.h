#pragma once

#include "domain/money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Dated exchange rates and conversion of money between currencies, exactly: a rate is kept as an
// integer number of billionths, and a converted amount is rounded once, to the nearest minor unit
// (halves away from zero).
namespace keyplan {

using ExchangeRateId = qint64;

// Billionths: a rate of 0.79 is 790'000'000.
inline constexpr qint64 rateScale = 1'000'000'000LL;
// Rates Keyplan accepts: from one billionth to a million units for one.
inline constexpr qint64 maxRate = 1'000'000LL * rateScale;

// One unit of `from` was worth `rate` units of `to` from `on`.
struct ExchangeRate
{
    ExchangeRateId id = 0;
    QString from;
    QString to;
    QDate on;
    qint64 rate = rateScale; // billionths
    qint64 version = 1;

    bool operator==(const ExchangeRate &) const = default;
};

// "0.79" -> 790000000; "1,2673" in a locale with a decimal comma. Nothing for text that is not a
// positive rate with at most nine decimals, or beyond maxRate.
std::optional<qint64> parseRate(const QString &text, const QLocale &locale = QLocale());
// "0.79", "1.2673": as many decimals as the rate has (at least two).
QString formatRate(qint64 rate, const QLocale &locale = QLocale());

// `amount` of one currency at `rate` (billionths), rounded to the nearest minor unit. Nothing when
// the result would be beyond ±maxMoney.
std::optional<MinorUnits> convertAt(MinorUnits amount, qint64 rate);

// The rate a conversion used, for the report's `rates_used` and the window's tooltips.
struct RateUsed
{
    QString from;
    QString to;
    QDate on; // the rate's own date
    qint64 rate = rateScale;
    bool inverted = false; // taken as 1 / the rate entered the other way round
    bool operator==(const RateUsed &) const = default;
};

// The plan's rates, for looking up the one in force on a day.
class RateTable
{
public:
    RateTable() = default;
    explicit RateTable(const QList<ExchangeRate> &rates);

    // The rate from `from` to `to` in force on `day`: the latest dated on or before it, else (when
    // every rate is later) the earliest. A rate entered the other way round is used inverted when
    // there is none this way. The same currency converts at 1; nothing when the plan has no rate.
    std::optional<RateUsed> rate(const QString &from, const QString &to, const QDate &day) const;

private:
    std::optional<RateUsed> direct(const QString &from, const QString &to, const QDate &day) const;
    QHash<QString, QList<ExchangeRate>> m_rates; // by "FROM>TO", oldest first
};

// "needs a USD→GBP rate": what a figure says instead of a number it cannot convert.
QString missingRateText(const QString &from, const QString &to);

} // namespace keyplan
