#include "io/import/csvreader.h"
#include "io/import/textinput.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

namespace keyplan {
namespace {

class CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};

} // namespace

QChar detectCsvDelimiter(QStringView head)
{
    // Per candidate, how many delimiters each of the first lines holds outside quotes.
    std::array<QList<int>, candidates.size()> counts;
    std::array<int, candidates.size()> current {};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < head.size() && lines < 30; ++i) {
        const QChar c = head.at(i);
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r') {
            if (std::any_of(current.cbegin(), current.cend(), [](int n) { return n > 0; })) {
                for (std::size_t k = 0; k < candidates.size(); ++k)
                    counts[k].append(current[k]);
                ++lines;
            }
            current.fill(0);
            continue;
        }
        for (std::size_t k = 0; k < candidates.size(); ++k)
            current[k] += c == candidates[k] ? 1 : 0;
    }
    if (std::any_of(current.cbegin(), current.cend(), [](int n) { return n > 0; }))
        for (std::size_t k = 0; k < candidates.size(); ++k)
            counts[k].append(current[k]);

    // The candidate whose most frequent non-zero count is shared by the most lines, then the one
    // with more fields; a preamble line of prose counts against nobody.
    QChar best = u',';
    int bestLines = 0;
    int bestFields = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        QHash<int, int> frequency;
        for (const int n : std::as_const(counts[k]))
            if (n > 0)
                ++frequency[n];
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > bestLines || (it.value() == bestLines && it.key() > bestFields)) {
                best = QChar(candidates[k]);
                bestLines = it.value();
                bestFields = it.key();
            }
        }
    }
    return best;
}

CsvReader::CsvReader(TextInput &input)
    : m_input(input)
{
}

bool CsvReader::fill()
{
    if (m_input.atEnd())
        return false;
    const bool read = m_input.readChunk(m_buffer);
    if (!m_input.errorString().isEmpty() && m_error.isEmpty())
        m_error = m_input.errorString();
    return read;
}

void CsvReader::compact()
{
    if (m_position > 0 && m_position * 2 >= m_buffer.size()) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
}

QChar CsvReader::detectDelimiter()
{
    while (m_buffer.size() - m_position < 64 * 1024 && fill()) {
    }
    return detectCsvDelimiter(QStringView(m_buffer).mid(m_position));
}

QChar CsvReader::delimiter()
{
    if (m_delimiter.isNull())
        m_delimiter = detectDelimiter();
    return m_delimiter;
}

bool CsvReader::readRow(CsvRecord &row)
{
    if (!m_error.isEmpty())
        return false;
    const QChar separator = delimiter();
    if (!m_started) {
        m_started = true;
        if (m_buffer.isEmpty())
            fill();
        if (m_buffer.startsWith(QChar(0xFEFF)))
            m_position = 1; // a mark the decoder left (a UTF-8 file with two)
    }
    bool blankBefore = false;
    while (true) {
        // Parses one row from m_position; when the buffer ends before the row does, reads more
        // and parses the row again from its start.
        row.fields.clear();
        row.line = m_line;
        qint64 line = m_line;
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        qint64 quoteLine = 0;
        qsizetype i = m_position;
        bool complete = false;
        const qsizetype size = m_buffer.size();
        const QChar *data = m_buffer.constData();
        const auto endField = [&] {
            row.fields.append(wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        };
        for (; i < size; ++i) {
            const QChar c = data[i];
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 >= size && !m_input.atEnd())
                        break; // is it "" or the end of the field? the next chunk tells
                    if (i + 1 < size && data[i + 1] == u'"') {
                        field += u'"';
                        ++i;
                    } else {
                        quoted = false;
                    }
                    continue;
                }
                if (c == u'\n' || (c == u'\r' && (i + 1 >= size || data[i + 1] != u'\n')))
                    ++line;
                field += c;
                continue;
            }
            if (c == u'"' && field.trimmed().isEmpty() && !wasQuoted) {
                field.clear();
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
            } else if (c == separator) {
                endField();
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && i + 1 >= size && !m_input.atEnd())
                    break; // CR at the end of a chunk: is an LF next?
                if (c == u'\r' && i + 1 < size && data[i + 1] == u'\n')
                    ++i;
                ++i;
                ++line;
                complete = true;
                break;
            } else {
                field += c;
            }
        }
        if (!complete && !m_input.atEnd()) {
            // The row goes on in the next chunk.
            if (i - m_position > maximumRowLength) {
                m_error = quoted ? CsvReaderText::tr("line %1, column %2: a quoted field is not closed")
                                       .arg(quoteLine)
                                       .arg(row.fields.size() + 1)
                                 : CsvReaderText::tr("line %1: the row is longer than 16 MiB").arg(m_line);
                return false;
            }
            compact();
            if (!fill() && !m_error.isEmpty())
                return false;
            continue;
        }
        if (!complete) { // the end of the file
            if (quoted) {
                m_error = CsvReaderText::tr("line %1, column %2: a quoted field is not closed")
                              .arg(quoteLine)
                              .arg(row.fields.size() + 1);
                return false;
            }
            if (i == m_position && !wasQuoted && field.isEmpty() && row.fields.isEmpty())
                return false;
        }
        endField();
        m_position = i;
        m_line = line;
        const bool blank = std::all_of(row.fields.cbegin(), row.fields.cend(), [](const QString &f) { return f.isEmpty(); });
        if (blank) {
            blankBefore = true;
            compact();
            continue;
        }
        row.afterBlankLine = blankBefore;
        compact();
        return true;
    }
}

} // namespace keyplan
