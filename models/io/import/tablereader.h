#pragma once

#include "io/import/csvreader.h"
#include "io/import/importfields.h"
#include "io/import/textinput.h"

#include <QFile>
#include <QHash>
#include <QString>

#include <memory>

// One exported table read row by row: the header row found (after any preamble such as LinkedIn's
// "Notes:"), the kind and source guessed from it, each column mapped to a field, and the rows after
// it up to the end or a report's footer (a blank line, then "Grand Totals (14 records)", a
// copyright line).
namespace keyplan {

struct MappedRow
{
    qint64 line = 0;
    QHash<ImportField, QString> values; // the mapped columns' text, trimmed
    QHash<ImportField, int> columns; // where each came from (from 1), for messages
};

class TableReader
{
public:
    // `path` is read; `displayName` names it in messages ("Contact.csv").
    TableReader(QString path, QString displayName);
    ~TableReader();
    Q_DISABLE_COPY_MOVE(TableReader)

    // Reads up to the header row; false, with errorString(), when the file cannot be read or has
    // no row that looks like a header.
    bool open();
    const QStringList &headers() const { return m_headers; }
    const TableGuess &guess() const { return m_guess; }
    const TextEncoding &encoding() const { return m_input->encoding(); }
    QChar delimiter() const { return m_delimiter; }
    qint64 headerLine() const { return m_headerLine; }

    // Replaces the guess: the kind, and the field of each column (by index).
    void setKind(TableKind kind);
    void setColumns(const QList<ImportField> &columns);

    // The next data row; false at the end, at a footer or on an error.
    bool next(MappedRow &row);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; } // "Contact.csv, line 12, column 3: ..."
    QString displayName() const { return m_displayName; }

    // Starts reading the rows again from the first after the header.
    bool rewind();

private:
    QString m_path;
    QString m_displayName;
    QFile m_file;
    std::unique_ptr<TextInput> m_input;
    std::unique_ptr<CsvReader> m_reader;
    QChar m_delimiter;
    QStringList m_headers;
    qint64 m_headerLine = 0;
    TableGuess m_guess;
    QString m_error;
    bool m_ended = false;
};

} // namespace keyplan
