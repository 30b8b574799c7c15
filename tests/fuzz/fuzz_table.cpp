// Any bytes as an exported table file: the header found after any preamble, the kind and source
// guessed, the rows read to the end or a footer, and every row made into the record it describes
// (dates learnt first, as the import does), for the guessed kind and one other.
#include "io/import/rowconversion.h"
#include "io/import/tablereader.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace keyplan;

namespace {

constexpr TableKind kinds[] = {TableKind::Accounts, TableKind::People, TableKind::Opportunities, TableKind::ContactRoles,
    TableKind::ArrChanges, TableKind::Metrics, TableKind::Connections};

void convert(TableReader &table, TableKind kind)
{
    table.setKind(kind);
    if (!table.rewind())
        return;
    const DealTables deals;
    RowConverter converter(table.guess().source, {QStringLiteral("fuzz.csv"), table.headers(), kind, false}, deals);
    MappedRow row;
    QString error;
    int rows = 0;
    while (table.next(row) && ++rows < 2000 && converter.learnDates(row, &error)) {
    }
    if (!table.rewind())
        return;
    rows = 0;
    while (table.next(row) && ++rows < 2000) {
        bool read = false;
        switch (kind) {
        case TableKind::Accounts: {
            IncomingAccount out;
            read = converter.account(row, &out, &error);
            break;
        }
        case TableKind::People:
        case TableKind::Connections: {
            IncomingPerson out;
            read = converter.person(row, &out, &error);
            break;
        }
        case TableKind::Opportunities: {
            IncomingOpportunity out;
            read = converter.opportunity(row, &out, &error);
            break;
        }
        case TableKind::ContactRoles: {
            IncomingContactRole out;
            read = converter.contactRole(row, &out, &error);
            break;
        }
        case TableKind::ArrChanges: {
            IncomingArr out;
            read = converter.arr(row, &out, &error);
            break;
        }
        case TableKind::Metrics: {
            IncomingMetric out;
            read = converter.metric(row, &out, &error);
            break;
        }
        }
        if (!read && error.isEmpty())
            __builtin_trap(); // a refused row always says why
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // TableReader reads a file by its path, as the import does.
    static const QString path = QDir::temp().filePath(QStringLiteral("keyplan-fuzz-table-%1.csv").arg(getpid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    TableReader table(path, QStringLiteral("fuzz.csv"));
    if (!table.open())
        return 0;
    const TableKind guessed = table.guess().kind;
    convert(table, guessed);
    const TableKind other = kinds[size % std::size(kinds)];
    if (other != guessed)
        convert(table, other);
    return 0;
}
