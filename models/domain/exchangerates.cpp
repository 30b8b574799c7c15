#include "domain/exchangerates.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace keyplan {
namespace {

QString pairKey(const QString &from, const QString &to)
{
    return from + QLatin1Char('>') + to;
}

// GCC's and Clang's 128-bit integer (an extension: -Wpedantic is told so).
__extension__ typedef __int128 Wide;

// a * b / c, rounded half away from zero, in 128 bits (a and b are each below 2^63).
std::optional<qint64> mulDiv(qint64 a, qint64 b, qint64 c)
{
    if (c <= 0)
        return std::nullopt;
    const Wide product = static_cast<Wide>(a) * b;
    const bool negative = product < 0;
    const Wide magnitude = negative ? -product : product;
    const Wide quotient = (magnitude + c / 2) / c;
    if (quotient > maxMoney)
        return std::nullopt;
    return negative ? -static_cast<qint64>(quotient) : static_cast<qint64>(quotient);
}

} // namespace

std::optional<qint64> parseRate(const QString &text, const QLocale &locale)
{
    QString cleaned = text.trimmed();
    cleaned.remove(locale.groupSeparator());
    const QString point = locale.decimalPoint();
    QString whole = cleaned;
    QString fraction;
    qsizetype at = cleaned.indexOf(point);
    if (at < 0 && point != QStringLiteral("."))
        at = cleaned.indexOf(QLatin1Char('.'));
    if (at >= 0) {
        whole = cleaned.left(at);
        fraction = cleaned.mid(at + 1);
    }
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    const auto digitsOnly = [](const QString &s) {
        return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (!digitsOnly(whole) || !digitsOnly(fraction) || fraction.size() > 9 || whole.size() > 7)
        return std::nullopt;
    const qint64 value = whole.toLongLong() * rateScale + fraction.leftJustified(9, u'0').toLongLong();
    if (value <= 0 || value > maxRate)
        return std::nullopt;
    return value;
}

QString formatRate(qint64 rate, const QLocale &locale)
{
    QString fraction = QString::number(rate % rateScale).rightJustified(9, u'0');
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return locale.toString(rate / rateScale) + locale.decimalPoint() + fraction;
}

std::optional<MinorUnits> convertAt(MinorUnits amount, qint64 rate)
{
    return mulDiv(amount, rate, rateScale);
}

RateTable::RateTable(const QList<ExchangeRate> &rates)
{
    for (const ExchangeRate &rate : rates)
        m_rates[pairKey(rate.from, rate.to)].append(rate);
    for (QList<ExchangeRate> &list : m_rates)
        std::stable_sort(list.begin(), list.end(),
            [](const ExchangeRate &a, const ExchangeRate &b) { return a.on < b.on; });
}

std::optional<RateUsed> RateTable::direct(const QString &from, const QString &to, const QDate &day) const
{
    const auto found = m_rates.constFind(pairKey(from, to));
    if (found == m_rates.cend() || found->isEmpty())
        return std::nullopt;
    const QList<ExchangeRate> &list = *found;
    const auto after = std::upper_bound(list.cbegin(), list.cend(), day,
        [](const QDate &d, const ExchangeRate &rate) { return d < rate.on; });
    const ExchangeRate &inForce = after == list.cbegin() ? list.constFirst() : *std::prev(after);
    return RateUsed {from, to, inForce.on, inForce.rate, false};
}

std::optional<RateUsed> RateTable::rate(const QString &from, const QString &to, const QDate &day) const
{
    if (from == to)
        return RateUsed {from, to, {}, rateScale, false};
    if (std::optional<RateUsed> found = direct(from, to, day))
        return found;
    const std::optional<RateUsed> reverse = direct(to, from, day);
    if (!reverse)
        return std::nullopt;
    // 1 / rate in billionths: rateScale² / rate, rounded.
    const std::optional<qint64> inverse = mulDiv(rateScale, rateScale, reverse->rate);
    if (!inverse || *inverse <= 0)
        return std::nullopt;
    return RateUsed {from, to, reverse->on, *inverse, true};
}

QString missingRateText(const QString &from, const QString &to)
{
    return QCoreApplication::translate("ExchangeRates", "needs a %1→%2 rate").arg(from, to);
}

} // namespace keyplan
