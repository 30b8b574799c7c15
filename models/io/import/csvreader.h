#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

// Rows of a delimited text file, read as they come (RFC 4180 and what spreadsheets and CRMs write):
// fields in double quotes may hold delimiters, line breaks and doubled quotes; lines end in CRLF,
// LF or CR. The delimiter (comma, semicolon, tab or bar) is found from the first lines. A row may
// be as long as 16 MiB; one longer, or a quote never closed, is an error naming its line.
namespace keyplan {

class TextInput;

struct CsvRecord
{
    qint64 line = 0; // where the row starts, from 1
    QStringList fields;
    bool afterBlankLine = false; // one or more blank lines came before it
};

class CsvReader
{
public:
    // `input` must be open; it must outlive the reader.
    explicit CsvReader(TextInput &input);

    // The delimiter, found from the first lines on first use unless set.
    QChar delimiter();
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }

    // The next row with any field; false at the end or on an error (see errorString()).
    bool readRow(CsvRecord &row);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; } // "line 12: ..."

    static constexpr qsizetype maximumRowLength = 16 * 1024 * 1024;

private:
    bool fill(); // reads one more chunk; false at the end
    void compact();
    QChar detectDelimiter();

    TextInput &m_input;
    QString m_buffer;
    qsizetype m_position = 0;
    qint64 m_line = 1;
    QChar m_delimiter;
    bool m_started = false;
    QString m_error;
};

// The delimiter the text's first lines use most consistently (comma when in doubt).
QChar detectCsvDelimiter(QStringView head);

} // namespace keyplan
