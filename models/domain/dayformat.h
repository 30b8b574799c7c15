#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace keyplan {

// A day as the plan shows it in text: "7 Jan 2027", "7. Dez. 2026" (month names in the locale's
// language).
QString formatDay(const QDate &day, const QLocale &locale = QLocale());

// A day in the locale's short numeric form, always with the whole year: "05/12/2026",
// "05.12.2026" (Qt's short German form would say "05.12.26"). Tables and date fields use it.
QString shortDayPattern(const QLocale &locale = QLocale());
QString formatShortDay(const QDate &day, const QLocale &locale = QLocale());
// The same with the time of day: "05.12.2026 14:30".
QString formatShortDayTime(const QDateTime &moment, const QLocale &locale = QLocale());

} // namespace keyplan
