#include "io/import/ziparchive.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

#include <memory>

namespace keyplan {
namespace {

class ZipArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
};

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

Archive openArchive(const QString &path, QString *error)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive) {
        zip_error_t problem;
        zip_error_init_with_code(&problem, code);
        *error = ZipArchiveText::tr("the archive cannot be read: %1").arg(QString::fromLocal8Bit(zip_error_strerror(&problem)));
        zip_error_fini(&problem);
    }
    return Archive(archive);
}

} // namespace

bool looksLikeZip(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

bool listZip(const QString &path, QList<ZipEntry> *entries, QString *error)
{
    const Archive archive = openArchive(path, error);
    if (!archive)
        return false;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME))
            continue;
        const QString name = QString::fromUtf8(stat.name);
        if (name.endsWith(u'/'))
            continue;
        entries->append({i, name, (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0});
    }
    return true;
}

bool extractZipEntry(const QString &path, qint64 index, const QString &target, QString *error)
{
    const Archive archive = openArchive(path, error);
    if (!archive)
        return false;
    zip_file_t *entry = zip_fopen_index(archive.get(), zip_uint64_t(index), 0);
    if (!entry) {
        *error = ZipArchiveText::tr("an entry of the archive cannot be read: %1")
                     .arg(QString::fromLocal8Bit(zip_strerror(archive.get())));
        return false;
    }
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        zip_fclose(entry);
        *error = ZipArchiveText::tr("the archive's entry cannot be unpacked: %1").arg(out.errorString());
        return false;
    }
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    bool ok = true;
    while (true) {
        const zip_int64_t read = zip_fread(entry, buffer.data(), zip_uint64_t(buffer.size()));
        if (read < 0) {
            *error = ZipArchiveText::tr("the archive is damaged: %1").arg(QString::fromLocal8Bit(zip_file_strerror(entry)));
            ok = false;
            break;
        }
        if (read == 0)
            break;
        if (out.write(buffer.constData(), read) != read) {
            *error = ZipArchiveText::tr("the archive's entry cannot be unpacked: %1").arg(out.errorString());
            ok = false;
            break;
        }
    }
    zip_fclose(entry);
    return ok && out.flush();
}

} // namespace keyplan
