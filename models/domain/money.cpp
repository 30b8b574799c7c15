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

QString formatMoney(MinorUnits amount, const QString &currencyCode, const QLocale &locale)
{
    const bool whole = amount % 100 == 0;
    const double major = toMajorUnits(amount);
    const QString number = locale.toString(major, 'f', whole ? 0 : 2);
    const QString symbol = currencySymbol(currencyCode);
    if (number.startsWith(locale.negativeSign()))
        return locale.negativeSign() + symbol + number.mid(locale.negativeSign().size());
    return symbol + number;
}

QString formatMoneyShort(MinorUnits amount, const QString &currencyCode, const QLocale &locale)
{
    const double major = toMajorUnits(amount);
    const double magnitude = std::abs(major);
    QString number;
    if (magnitude >= 1e6)
        number = locale.toString(major / 1e6, 'f', magnitude >= 1e8 ? 0 : 1) + QLatin1Char('M');
    else if (magnitude >= 1e4)
        number = locale.toString(major / 1e3, 'f', 0) + QLatin1Char('K');
    else
        number = locale.toString(major, 'f', 0);
    const QString symbol = currencySymbol(currencyCode);
    if (number.startsWith(locale.negativeSign()))
        return locale.negativeSign() + symbol + number.mid(locale.negativeSign().size());
    return symbol + number;
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
    if (cleaned.startsWith(locale.negativeSign()) || cleaned.startsWith(QLatin1Char('-'))) {
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
