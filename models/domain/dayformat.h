#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace keyplan {

// A day as the plan shows it in text: "7 Jan 2027" (month names in the locale's language).
QString formatDay(const QDate &day, const QLocale &locale = QLocale());

} // namespace keyplan
