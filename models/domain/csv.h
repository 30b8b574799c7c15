#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas, line
// breaks and doubled quotes; lines end in CRLF or LF; a byte-order mark is skipped. Blank lines
// are left out. What a spreadsheet or a CRM exports, and what a user pastes.
namespace keyplan {

struct CsvRow
{
    int line = 0; // where the row starts, from 1
    QStringList fields;
};

QList<CsvRow> parseCsv(QStringView text);

} // namespace keyplan
