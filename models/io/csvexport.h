#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The plan as five spreadsheets (accounts, people, opportunities, plays, ARR changes), for the
// tools an account manager hands data back to: stable English column names and keys, amounts as
// plain numbers in the record's currency, days as YYYY-MM-DD, each record's CRM ids beside it.
namespace keyplan {

struct CsvFile
{
    QString name; // "accounts.csv"
    QByteArray bytes;
};

// Empty, with why, when the plan cannot be read. ARR is each account's on `today`.
QList<CsvFile> planToCsv(const QSqlDatabase &db, const QDate &today, QString *error);

} // namespace keyplan
