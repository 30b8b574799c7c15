#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace keyplan {

// Reads every account's whole record through the stores the window and the reports read it
// with (people, links, contacts, map reviews, pipeline, health, QBRs with their snapshots), and
// returns one translated line per part that could not be read. Empty when everything reads.
QStringList readEveryRow(const QSqlDatabase &db);

} // namespace keyplan
