#include "domain/dayformat.h"

namespace keyplan {

QString formatDay(const QDate &day, const QLocale &locale)
{
    return locale.toString(day, QStringLiteral("d MMM yyyy"));
}

} // namespace keyplan
