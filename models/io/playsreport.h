#pragma once

#include "domain/play.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What `keyplan plays` prints: every play alive on a day (open, or snoozed), as the rules find the
// plan that day, without writing to it. A play the rules would open now is listed as new.
namespace keyplan {

struct PlaysReport
{
    QDate today;
    QString owner; // empty: everyone's
    struct Line
    {
        QString account; // empty: about the portfolio
        Play play;
        QString ownerName;
        bool isNew = false; // not yet in the plan: the next evaluation opens it
    };
    QList<Line> lines; // by due day, then account, then title
};

// Nothing, with the reason in `error`, when the plan could not be read whole.
std::optional<PlaysReport> buildPlaysReport(
    const QSqlDatabase &db, const QDate &today, const QString &owner, QString *error = nullptr);
QByteArray playsToJson(const PlaysReport &report);
QString playsToText(const PlaysReport &report);

} // namespace keyplan
