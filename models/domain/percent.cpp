#include "domain/percent.h"

#include <QCoreApplication>

#include <cmath>

namespace keyplan {

namespace {

QString percentSpace(const QLocale &locale)
{
    // German and French set a space before the sign ("42,3 %"), which must not break.
    switch (locale.language()) {
    case QLocale::German:
        return QString(QChar(0x00A0));
    case QLocale::French:
        return QString(QChar(0x202F));
    default:
        return {};
    }
}

} // namespace

QString formatPercent(std::optional<double> ratio, const QLocale &locale, int decimals)
{
    if (!ratio || !std::isfinite(*ratio))
        return QStringLiteral("–");
    const double scale = std::pow(10.0, decimals);
    const double value = std::round(*ratio * 100.0 * scale) / scale;
    const QString number = locale.toString(std::abs(value), 'f', decimals);
    return (value < 0 ? QString(QChar(0x2212)) : QString()) + number + percentSpace(locale) + locale.percent();
}

QString formatPointChange(double from, double to, const QLocale &locale)
{
    const double points = std::round((to - from) * 1000.0) / 10.0;
    const QString number = locale.toString(std::abs(points), 'f', 1);
    const QString sign = points > 0 ? QStringLiteral("+") : points < 0 ? QString(QChar(0x2212)) : QString();
    return QCoreApplication::translate("Percent", "%1%2 pts").arg(sign, number);
}

QString formatMultiple(std::optional<double> ratio, const QLocale &locale)
{
    if (!ratio || !std::isfinite(*ratio))
        return QStringLiteral("–");
    return QCoreApplication::translate("Percent", "%1×").arg(locale.toString(*ratio, 'f', 1));
}

} // namespace keyplan
