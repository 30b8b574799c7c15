#include "domain/dayformat.h"

namespace keyplan {

QString formatDay(const QDate &day, const QLocale &locale)
{
    // German writes the day as an ordinal: "7. Jan. 2027".
    return locale.toString(day, locale.language() == QLocale::German ? QStringLiteral("d. MMM yyyy") : QStringLiteral("d MMM yyyy"));
}

QString shortDayPattern(const QLocale &locale)
{
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return pattern;
}

QString formatShortDay(const QDate &day, const QLocale &locale)
{
    return locale.toString(day, shortDayPattern(locale));
}

QString formatShortDayTime(const QDateTime &moment, const QLocale &locale)
{
    return locale.toString(moment, shortDayPattern(locale) + u' ' + locale.timeFormat(QLocale::ShortFormat));
}

} // namespace keyplan
