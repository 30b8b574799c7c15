// Any bytes as a Salesforce tree export (JSON records): read into a table and its rows mapped.
#include "io/import/recordtable.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace keyplan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonArray records = document.object().value(QStringLiteral("records")).toArray();
    const QString object = records.first().toObject().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString();
    RecordTable table(QStringLiteral("fuzz.json"), records, tableKindOfObject(object).value_or(TableKind::Accounts),
        ImportSource::Salesforce);
    MappedRow row;
    int rows = 0;
    while (table.next(row) && ++rows < 10000)
        (void)row.values.size();
    return 0;
}
