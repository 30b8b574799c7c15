#include "domain/month.h"

namespace keyplan {

QDate firstOfMonth(const QDate &date)
{
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

QString monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QDate monthFromKey(const QString &key)
{
    if (key.size() != 7 || key.at(4) != QLatin1Char('-'))
        return {};
    return QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
}

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

} // namespace keyplan
