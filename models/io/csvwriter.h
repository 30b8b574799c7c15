#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Comma-separated values for spreadsheets (RFC 4180): UTF-8 with a byte-order mark so that Excel
// reads it as UTF-8, CRLF line ends, a field quoted when it holds a comma, quote or line break.
// Text from users is neutralised: a cell that starts with =, +, -, @, a tab or a carriage return
// gets a leading apostrophe, so no spreadsheet runs it as a formula (CSV injection). Numbers the
// export writes itself go in as they are.
namespace keyplan {

class CsvWriter
{
public:
    CsvWriter();

    CsvWriter &text(const QString &value); // user text: neutralised
    CsvWriter &number(const QString &value); // a number or date Keyplan formatted: as it is
    CsvWriter &number(qint64 value);
    CsvWriter &money(qint64 minorUnits); // "24000.5", "-0.05"
    void endRow();

    QByteArray take();

    static QString neutralised(const QString &value);

private:
    void field(const QString &value);

    QByteArray m_out;
    bool m_rowStarted = false;
};

} // namespace keyplan
