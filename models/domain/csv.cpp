#include "domain/csv.h"

namespace keyplan {

QList<CsvRow> parseCsv(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (its spaces are its own)
    int line = 1;
    row.line = 1;
    const auto endField = [&] {
        row.fields.append(wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    const auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.constFirst().isEmpty();
        if (!blank)
            rows.append(row);
        row = CsvRow {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRow();
            row.line = ++line;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.fields.isEmpty() || wasQuoted)
        endRow();
    return rows;
}

} // namespace keyplan
