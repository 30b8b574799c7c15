// Any bytes as a CSV export: decoded (BOM, UTF-8 check, uchardet), split into rows, the header found
// and mapped, each value read as the importer reads it.
#include "io/import/csvreader.h"
#include "io/import/importfields.h"
#include "io/import/importvalues.h"
#include "io/import/textinput.h"

#include <QBuffer>

using namespace keyplan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TextInput input(buffer);
    if (!input.open())
        return 0;
    CsvReader reader(input);
    CsvRecord row;
    TableGuess guess;
    bool header = false;
    DateOrder order = DateOrder::Unknown;
    int rows = 0;
    while (reader.readRow(row) && ++rows < 5000) {
        if (!header && looksLikeHeader(row.fields)) {
            guess = guessTable(row.fields, QStringLiteral("fuzz.csv"));
            header = true;
            continue;
        }
        for (qsizetype i = 0; i < row.fields.size(); ++i) {
            const QString &field = row.fields.at(i);
            parseImportDate(field, order);
            QString currency;
            parseImportAmount(field, &currency);
            parseImportNumber(field);
            normalisedSourceId(field, i % 2 == 0);
            if (i < guess.columns.size() && guess.columns.at(i) == ImportField::ProfileUrl)
                normalisedProfileUrl(field);
        }
    }
    return 0;
}
