#include "storage/planfileheader.h"

#include "storage/planlock.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sys/stat.h>

namespace keyplan {
namespace {

// https://www.sqlite.org/fileformat.html, "The Database Header"
constexpr int headerSize = 100;
constexpr char magic[] = "SQLite format 3";

quint32 be32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

PlanFileHeader readPlanFileHeader(const QString &path)
{
    PlanFileHeader header;
    const QFileInfo info(path);
    if (!info.exists()) {
        header.problem = PlanFileProblem::Missing;
        return header;
    }
    if (info.isDir()) {
        header.problem = PlanFileProblem::IsDirectory;
        return header;
    }
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        header.problem = PlanFileProblem::Unreadable;
        return header;
    }
    if (!S_ISREG(status.st_mode)) {
        header.problem = PlanFileProblem::NotRegular;
        return header;
    }
    header.fileSize = status.st_size;
    QByteArray bytes;
    // A plan this process writes is read through its lock's descriptor: opening and closing the
    // file again would drop the SQLite locks of the connection that writes it.
    if (const std::optional<QByteArray> open = PlanLock::readIfOpen(path, headerSize)) {
        bytes = *open;
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            header.problem = PlanFileProblem::Unreadable;
            return header;
        }
        bytes = file.read(headerSize);
    }
    if (header.fileSize == 0) {
        header.problem = PlanFileProblem::Empty;
        return header;
    }
    if (bytes.size() < headerSize || !bytes.startsWith(QByteArray(magic, sizeof magic))) {
        header.problem = PlanFileProblem::NotSqlite;
        return header;
    }
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0) {
        header.problem = PlanFileProblem::NotSqlite;
        return header;
    }
    header.walMode = bytes.at(18) == 2 && bytes.at(19) == 2;
    const quint32 changeCounter = be32(bytes, 24);
    const quint32 validFor = be32(bytes, 92);
    header.pageCount = changeCounter == validFor ? be32(bytes, 28) : 0;
    header.userVersion = be32(bytes, 60);
    header.applicationId = be32(bytes, 68);
    if (header.fileSize % header.pageSize != 0
        || (header.pageCount > 0 && qint64(header.pageCount) * header.pageSize > header.fileSize)) {
        header.problem = PlanFileProblem::Truncated;
    }
    return header;
}

} // namespace keyplan
