#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

// Small helpers so every statement is prepared and bound, and every failure carries a message.
namespace keyplan::sql {

// Prepares `statement`, binds `values` positionally (a QString without text binds as '', a
// QVariant without a value as NULL) and executes it. On failure, `error` (if
// given) receives the driver's message and the query is returned inactive.
QSqlQuery run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {},
    QString *error = nullptr);

// Runs a statement expected to return one value in one row; an invalid QVariant otherwise.
QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {},
    QString *error = nullptr);

// NULL for an empty optional-like value: invalid dates and empty optionals become SQL NULL.
QVariant nullableDate(const QDate &date);

} // namespace keyplan::sql
