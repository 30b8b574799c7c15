#include "domain/money.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace keyplan {

QString currencySymbol(const QString &currencyCode)
{
    const QString code = currencyCode.toUpper();
    if (code == u"GBP")
        return QStringLiteral("£");
    if (code == u"USD")
        return QStringLiteral("$");
    if (code == u"EUR")
        return QStringLiteral("€");
    if (code == u"JPY")
        return QStringLiteral("¥");
    if (code == u"CHF")
        return QStringLiteral("CHF ");
    return code + QLatin1Char(' ');
}

namespace {

// The sign, the symbol and the number. Line breaking never separates them (a currency symbol and
// U+2212 MINUS SIGN are prefixes of a number, digit groups are infixes), as long as the text is
// laid out with word wrap, not wrap-anywhere; a symbol written as a code takes a no-break space.
QString joined(bool negative, const QString &currencyCode, const QString &number)
{
    QString symbol = currencySymbol(currencyCode);
    if (symbol.endsWith(QLatin1Char(' ')))
        symbol.back() = QChar(0x00A0); // "CHF 100": a no-break space
    return (negative ? QString(QChar(0x2212)) : QString()) + symbol + number;
}

MinorUnits roundedToWhole(MinorUnits amount)
{
    const MinorUnits magnitude = amount < 0 ? -amount : amount;
    const MinorUnits whole = (magnitude + 50) / 100;
    return amount < 0 ? -whole : whole;
}

QString groupedNumber(MinorUnits magnitudeMinor, bool withCents, const QLocale &locale)
{
    const MinorUnits whole = withCents ? magnitudeMinor / 100 : magnitudeMinor;
    QString number = locale.toString(whole);
    if (withCents)
        number += locale.decimalPoint() + QString::number(magnitudeMinor % 100).rightJustified(2, u'0');
    return number;
}

} // namespace

QString formatMoney(MinorUnits amount, const QString &currencyCode, const QLocale &locale)
{
    const MinorUnits whole = roundedToWhole(amount);
    return joined(whole < 0, currencyCode, groupedNumber(whole < 0 ? -whole : whole, false, locale));
}

QString formatMoneyExact(MinorUnits amount, const QString &currencyCode, const QLocale &locale)
{
    if (amount % 100 == 0)
        return formatMoney(amount, currencyCode, locale);
    const MinorUnits magnitude = amount < 0 ? -amount : amount;
    return joined(amount < 0, currencyCode, groupedNumber(magnitude, true, locale));
}

QString formatMoneyChange(MinorUnits amount, const QString &currencyCode, const QLocale &locale)
{
    const QString text = formatMoney(amount, currencyCode, locale);
    return roundedToWhole(amount) > 0 ? QLatin1Char('+') + text : text;
}

QString moneyEditText(MinorUnits amount, const QLocale &locale)
{
    const MinorUnits magnitude = amount < 0 ? -amount : amount;
    QString text = locale.toString(qlonglong(magnitude / 100)); // grouped as the locale groups
    if (magnitude % 100 != 0)
        text += locale.decimalPoint() + QString::number(magnitude % 100).rightJustified(2, u'0');
    return amount < 0 ? locale.negativeSign() + text : text;
}

QString formatMoneyShort(MinorUnits amount, const QString &currencyCode, const QLocale &locale)
{
    const double major = toMajorUnits(amount);
    const double magnitude = std::abs(major);
    // The language's abbreviations: "3.6M" and "30K", "3,6 Mio." and "30 Tsd.", "3,6 M" and "30 k".
    const bool german = locale.language() == QLocale::German;
    const bool french = locale.language() == QLocale::French;
    const QString millions = german ? QStringLiteral("\u00a0Mio.") : french ? QStringLiteral("\u00a0M") : QStringLiteral("M");
    const QString thousands = german ? QStringLiteral("\u00a0Tsd.") : french ? QStringLiteral("\u00a0k") : QStringLiteral("K");
    QString number;
    if (magnitude >= 1e6)
        number = locale.toString(major / 1e6, 'f', magnitude >= 1e8 ? 0 : 1) + millions;
    else if (magnitude >= 1e4)
        number = locale.toString(major / 1e3, 'f', 0) + thousands;
    else
        number = locale.toString(major, 'f', 0);
    if (number.startsWith(locale.negativeSign()))
        return joined(true, currencyCode, number.mid(locale.negativeSign().size()));
    return joined(false, currencyCode, number);
}

std::optional<MinorUnits> parseMoney(const QString &text, const QLocale &locale)
{
    QString cleaned = text.trimmed();
    // Drop currency symbols, codes and spaces (including the narrow no-break space some locales group with).
    static const QRegularExpression noise(QStringLiteral("[\\p{Sc}\\s\\x{00A0}\\x{202F}]|[A-Za-z]{3}"));
    cleaned.remove(noise);
    if (cleaned.isEmpty())
        return std::nullopt;

    bool negative = false;
    if (cleaned.startsWith(locale.negativeSign()) || cleaned.startsWith(QLatin1Char('-'))
        || cleaned.startsWith(QChar(0x2212))) {
        negative = true;
        cleaned.remove(0, 1);
    }
    const QString decimalPoint = locale.decimalPoint();
    const QString groupSeparator = locale.groupSeparator();
    cleaned.remove(groupSeparator);

    QString wholePart = cleaned;
    QString fraction;
    const qsizetype point = cleaned.lastIndexOf(decimalPoint);
    if (point >= 0) {
        wholePart = cleaned.left(point);
        fraction = cleaned.mid(point + decimalPoint.size());
    }
    if (wholePart.isEmpty())
        wholePart = QStringLiteral("0");
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(wholePart).hasMatch())
        return std::nullopt;
    if (!fraction.isEmpty() && (fraction.size() > 2 || !digits.match(fraction).hasMatch()))
        return std::nullopt;
    if (wholePart.size() > 15)
        return std::nullopt;

    const qint64 whole = wholePart.toLongLong();
    qint64 minor = fraction.isEmpty() ? 0 : fraction.leftJustified(2, QLatin1Char('0')).toLongLong();
    const MinorUnits value = whole * 100 + minor;
    if (!isMoneyInRange(value))
        return std::nullopt;
    return negative ? -value : value;
}

double toMajorUnits(MinorUnits amount)
{
    return static_cast<double>(amount) / 100.0;
}

} // namespace keyplan
