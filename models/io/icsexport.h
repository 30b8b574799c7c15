#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// The dates an account manager keeps in their calendar, as an iCalendar file (RFC 5545, written by
// libical): each account's renewal, each key account's next QBR as its tier's cadence has it due,
// every play still alive on the day it is due, and every next step not yet done. Each event's UID
// is made of the record and the plan's own id, so importing the file again into a calendar
// updates the events instead of adding them twice.
namespace keyplan {

// Empty, with why, when the plan cannot be read; `now` is the file's DTSTAMP.
QByteArray planToIcs(const QSqlDatabase &db, const QDateTime &now, QString *error);

} // namespace keyplan
