#include "io/planexport.h"

#include "io/csvexport.h"
#include "io/icsexport.h"
#include "io/planjson.h"
#include "io/zipwriter.h"
#include "storage/plandatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace keyplan {
namespace {

class PlanExportText
{
    Q_DECLARE_TR_FUNCTIONS(PlanExport)
};

bool writeWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = ioFailureMessage(path, errno,
            PlanExportText::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    if (key == u"json")
        return ExportFormat::Json;
    if (key == u"csv")
        return ExportFormat::Csv;
    if (key == u"ics")
        return ExportFormat::Ics;
    return std::nullopt;
}

QString exportFileName(const QString &chosen, ExportFormat format)
{
    const QString wanted = format == ExportFormat::Csv ? QStringLiteral("zip")
        : format == ExportFormat::Ics                  ? QStringLiteral("ics")
                                                       : QStringLiteral("json");
    const QFileInfo info(chosen);
    const QString suffix = info.suffix().toLower();
    if (suffix == wanted)
        return chosen;
    static const QStringList others {QStringLiteral("json"), QStringLiteral("zip"), QStringLiteral("ics"), QStringLiteral("csv")};
    if (others.contains(suffix))
        return chosen.left(chosen.size() - info.suffix().size()) + wanted;
    return chosen + u'.' + wanted;
}

bool exportPlan(const QSqlDatabase &db, ExportFormat format, const QString &target, const QDateTime &now,
    ExportResult *result, QString *error)
{
    const QFileInfo info(target);
    if (info.isSymLink() || (info.exists() && !info.isFile() && !(format == ExportFormat::Csv && info.isDir()))) {
        *error = PlanExportText::tr("%1 is not a file Keyplan writes over").arg(QDir::toNativeSeparators(target));
        return false;
    }
    switch (format) {
    case ExportFormat::Json: {
        const QByteArray json = planToJson(db, error);
        if (json.isEmpty() || !writeWhole(target, json, error))
            return false;
        result->written.append(target);
        return true;
    }
    case ExportFormat::Ics: {
        const QByteArray ics = planToIcs(db, now, error);
        if (ics.isEmpty() || !writeWhole(target, ics, error))
            return false;
        result->written.append(target);
        return true;
    }
    case ExportFormat::Csv: {
        const QList<CsvFile> files = planToCsv(db, now.date(), error);
        if (files.isEmpty())
            return false;
        if (target.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive)) {
            ZipWriter zip;
            for (const CsvFile &file : files)
                zip.add(file.name, file.bytes);
            const QByteArray archive = zip.finish(error);
            if (archive.isEmpty() || !writeWhole(target, archive, error))
                return false;
            result->written.append(target);
            return true;
        }
        if (info.exists() && !info.isDir()) {
            *error = PlanExportText::tr("%1 is a file: CSV goes into a folder, or a file ending in .zip")
                         .arg(QDir::toNativeSeparators(target));
            return false;
        }
        if (!QDir().mkpath(target)) {
            *error = PlanExportText::tr("the folder %1 could not be made").arg(QDir::toNativeSeparators(target));
            return false;
        }
        for (const CsvFile &file : files) {
            const QString path = QDir(target).filePath(file.name);
            if (QFileInfo(path).isSymLink() || (QFileInfo::exists(path) && !QFileInfo(path).isFile())) {
                *error = PlanExportText::tr("%1 is not a file Keyplan writes over").arg(QDir::toNativeSeparators(path));
                return false;
            }
            if (!writeWhole(path, file.bytes, error))
                return false;
            result->written.append(path);
        }
        return true;
    }
    }
    return false;
}

} // namespace keyplan
