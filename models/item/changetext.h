#pragma once

#include "storage/changelog.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace keyplan {

class PlanDocument;

// How a stored row and its changes read to the user: a column's name ("Reports to"), a stored
// value ("Champion", a person's or team member's name, a day, money in the row's currency), what
// kind of item a table holds ("Goal") and one change in a line. What the conflict dialog and an
// account's history show. Text only, never markup: views show it as plain text.
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeText)

public:
    static QString fieldName(const QString &column);
    // `table`: where the value is kept (a `stage` is an account's or an opportunity's); `currency`:
    // the row's, for the money columns (empty: shown as the plain number).
    static QString valueText(const QString &table, const QString &column, const QJsonValue &value,
        const PlanDocument *document, const QString &currency = {});
    // "Person", "Goal", "Change of ARR".
    static QString itemKind(const QString &table);
    // The row's name as the user knows it (a person's name, a goal's objective), or empty.
    static QString subject(const QJsonObject &row);
    // "Added", "Removed", or each changed field as "Title: Head of IT → CIO".
    static QString summary(const team::ChangeEntry &entry, const PlanDocument *document, const QString &currency = {});
};

} // namespace keyplan
