// Any text as the values an import reads: dates, amounts, numbers, ids, profile addresses, flags,
// and names compared as the matcher compares them (each line against the next).
#include "domain/namematch.h"
#include "io/import/importfields.h"
#include "io/import/importvalues.h"

#include <QStringList>

using namespace keyplan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = text.split(u'\n');
    DateOrder order = DateOrder::Unknown;
    for (qsizetype i = 0; i < lines.size() && i < 200; ++i) {
        const QString &line = lines.at(i);
        parseImportDate(line, order);
        QString currency;
        parseImportAmount(line, &currency);
        parseImportNumber(line);
        normalisedSourceId(line, true);
        normalisedProfileUrl(line);
        parseImportFlag(line);
        nameKey(line);
        personKey(line);
        normalisedHeader(line);
        fieldForHeader(line, TableKind::People);
        if (i + 1 < lines.size() && line.size() < 300 && lines.at(i + 1).size() < 300)
            compareNames(line, lines.at(i + 1));
    }
    return 0;
}
