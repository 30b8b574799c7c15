#include "exportcommand.h"
#include "commandline.h"
#include "commandlineparser.h"

#include "io/planexport.h"
#include "storage/plandatabase.h"

#include <QCoreApplication>
#include <QDir>

namespace keyplan::cli {
namespace {

class ExportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

} // namespace

int runExport(const QStringList &words)
{
    const Parsed parsed = parse(words, {}, {QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("as-of")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(ExportCommandText::tr("export takes one plan file"));
    const std::optional<ExportFormat> format = exportFormatFromKey(parsed.options.value(QStringLiteral("format")));
    if (!format)
        return usageError(ExportCommandText::tr("--format takes json, csv or ics"));
    const QString output = parsed.options.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(ExportCommandText::tr("-o names the file (or, for CSV, a folder or a .zip) to write"));
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parsed.options.contains(QStringLiteral("as-of"))) {
        const QDate day = QDate::fromString(parsed.options.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!day.isValid())
            return usageError(ExportCommandText::tr("--as-of takes a date as YYYY-MM-DD"));
        now = QDateTime(day, QTime(12, 0), Qt::UTC);
    }
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(parsed.positional.constFirst(), PlanOpenMode::ReadOnly, &result);
    if (!plan)
        return refused(result.message);
    ExportResult written;
    QString error;
    if (!exportPlan(plan->connection(), *format, output, now, &written, &error))
        return refused(error);
    for (const QString &file : std::as_const(written.written))
        out() << terminalSafe(ExportCommandText::tr("Wrote %1").arg(QDir::toNativeSeparators(file))) << '\n';
    out() << Qt::flush;
    return Done;
}

} // namespace keyplan::cli
