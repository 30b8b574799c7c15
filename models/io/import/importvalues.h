#pragma once

#include "domain/money.h"

#include <QDate>
#include <QString>

#include <optional>

// Values as CRMs and spreadsheets export them: dates in ISO, in a locale's order or with month
// names, amounts with currency signs and either decimal mark, record ids in their several forms.
namespace keyplan {

// Which way round a file writes its numeric dates. Unknown until a value tells (a day above 12);
// a file whose values never tell is read month first, as Salesforce and HubSpot write by default.
enum class DateOrder { Unknown, DayFirst, MonthFirst };

// The date a value names: "2025-06-30", "2006-06-15T20:47:07.000Z", "2025-06-30 14:05",
// "3/1/2017", "30.06.2025", "07 Dec 2025", "Dec 7, 2025". Nothing for text that is not a date; an
// empty value is an invalid QDate. A numeric value that contradicts `order` is not a date.
std::optional<QDate> parseImportDate(QStringView text, DateOrder &order);

// An amount: "$1,234.56", "500000.0", "1.234,56 €", "(1,200)", "GBP 1 200". A sign or code found
// in the value is returned in `currency` (an ISO code), else it is left as it was.
std::optional<MinorUnits> parseImportAmount(QStringView text, QString *currency = nullptr);
// A plain number (a probability, a metric value, a head count): "12", "12.5", "1,200", "45%".
std::optional<double> parseImportNumber(QStringView text);

// A record id as the plan keeps it: empty for the null ids CRMs write (000000000000000AAA, #N/A,
// null); with `salesforce`, an 18-character id is its case-sensitive 15-character form.
QString normalisedSourceId(QStringView text, bool salesforce);
// A LinkedIn profile address without scheme, "www.", query or trailing slash, in lower case.
QString normalisedProfileUrl(QStringView text);

// "1", "true", "yes", "x" (and German and French) are true.
bool parseImportFlag(QStringView text);

} // namespace keyplan
