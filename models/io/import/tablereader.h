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
    QStringList cells; // every column's text as read, mapped or not
};

// A table of an import, whatever file it came from: its headers, what they were taken to mean,
// and its rows one at a time.
class ImportRows
{
public:
    virtual ~ImportRows() = default;
    virtual QString displayName() const = 0;
    virtual const QStringList &headers() const = 0;
    virtual const TableGuess &guess() const = 0;
    // Replaces the guess: the kind (columns mapped again by their headers), or each column's field.
    virtual void setKind(TableKind kind) = 0;
    virtual void setColumns(const QList<ImportField> &columns) = 0;
    virtual bool next(MappedRow &row) = 0;
    virtual bool rewind() = 0; // back to the first row
    virtual bool hasError() const = 0;
    virtual QString errorString() const = 0;
    virtual QByteArray encodingName() const = 0;
    virtual QChar delimiter() const { return {}; }
    // Rows are numbered records rather than lines of text.
    virtual bool rowsAreRecords() const { return false; }
};

// The columns of `headers` for a table of `kind`, each field taken once.
TableGuess mapHeaders(const QStringList &headers, TableKind kind, ImportSource source);

class TableReader final : public ImportRows
{
public:
    // `path` is read; `displayName` names it in messages ("Contact.csv").
    TableReader(QString path, QString displayName);
    ~TableReader() override;
    Q_DISABLE_COPY_MOVE(TableReader)

    // Reads up to the header row; false, with errorString(), when the file cannot be read or has
    // no row that looks like a header.
    // `namedHeaders` (a mapping's column names) make a row the header too.
    bool open(const QStringList &namedHeaders = {});
    const QStringList &headers() const override { return m_headers; }
    const TableGuess &guess() const override { return m_guess; }
    const TextEncoding &encoding() const { return m_input->encoding(); }
    QByteArray encodingName() const override { return m_input->encoding().name; }
    QChar delimiter() const override { return m_delimiter; }
    qint64 headerLine() const { return m_headerLine; }

    void setKind(TableKind kind) override;
    void setColumns(const QList<ImportField> &columns) override;

    // The next data row; false at the end, at a footer or on an error.
    bool next(MappedRow &row) override;
    bool hasError() const override { return !m_error.isEmpty(); }
    QString errorString() const override { return m_error; } // "Contact.csv, line 12, column 3: ..."
    QString displayName() const override { return m_displayName; }

    // Starts reading the rows again from the first after the header.
    bool rewind() override;

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
