#pragma once

#include <QDate>
#include <QString>

// Revenue is recorded per calendar month. A month is a QDate on the first of that month.
namespace keyplan {

QDate firstOfMonth(const QDate &date);
QString monthKey(const QDate &month); // "2026-10" for storage, JSON and tests
QDate monthFromKey(const QString &key); // invalid QDate for anything else
int monthsBetween(const QDate &from, const QDate &to); // whole months from one first-of-month to another

} // namespace keyplan
