#include "io/zipwriter.h"

#include <zip.h>

#include <cstdio>
#include <memory>

namespace keyplan {

namespace {

QString errorText(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &data, Compression compression)
{
    m_entries.append({name, data, compression});
}

QByteArray ZipWriter::finish(QString *error) const
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &zipError);
    if (!buffer) {
        const QString why = errorText(&zipError);
        zip_error_fini(&zipError);
        return fail(why);
    }
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &zipError);
    if (!archive) {
        const QString why = errorText(&zipError);
        zip_error_fini(&zipError);
        zip_source_free(buffer);
        return fail(why);
    }
    zip_error_fini(&zipError);
    zip_source_keep(buffer); // the archive's bytes are read from it once the archive is closed
    const std::unique_ptr<zip_source_t, decltype(&zip_source_free)> kept(buffer, &zip_source_free);
    for (const Entry &entry : m_entries) {
        // The data stays alive (m_entries) until zip_close() has written it.
        zip_source_t *source = zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const QByteArray name = entry.name.toUtf8();
        const zip_int64_t index = source ? zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            const QString why = QString::fromLocal8Bit(zip_strerror(archive));
            zip_discard(archive);
            return fail(why);
        }
        zip_set_file_compression(archive, zip_uint64_t(index),
            entry.compression == Compression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(archive) < 0) {
        const QString why = QString::fromLocal8Bit(zip_strerror(archive));
        zip_discard(archive);
        return fail(why);
    }
    if (zip_source_open(buffer) < 0)
        return fail(QString::fromLocal8Bit(zip_error_strerror(zip_source_error(buffer))));
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    QByteArray bytes(qsizetype(std::max<zip_int64_t>(size, 0)), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), zip_uint64_t(bytes.size()));
    zip_source_close(buffer);
    if (read != size)
        return fail(QStringLiteral("the archive could not be read back"));
    return bytes;
}

} // namespace keyplan
