#include "storage/planlock.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QHash>
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyplan {
namespace {

using FileId = QPair<quint64, quint64>; // device, inode

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

// The plans this process holds for writing, with the descriptor that holds each lock.
QHash<FileId, int> &openPlans()
{
    static QHash<FileId, int> plans;
    return plans;
}

bool fileId(const QString &path, FileId *id)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return false;
    *id = {quint64(status.st_dev), quint64(status.st_ino)};
    return true;
}

// "pid\nkeyplan\nhost\n"; anything else yields nothing: the file is only a hint.
void readHolder(const QString &infoPath, PlanLockFailure *failure)
{
    QFile file(infoPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = file.read(1024).split('\n');
    bool ok = false;
    const qint64 pid = lines.value(0).trimmed().toLongLong(&ok);
    if (!ok || pid <= 0)
        return;
    failure->pid = pid;
    failure->host = QString::fromUtf8(lines.value(2).trimmed()).left(100);
}

void writeHolder(const QString &infoPath)
{
    const QByteArray name = QFile::encodeName(infoPath);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return; // a read-only folder or a full disk: the lock holds without its note
    ::fchmod(fd, 0600); // whatever the umask, and whoever made the file before
    const QByteArray text = QByteArray::number(qint64(::getpid())) + "\nkeyplan\n"
        + QSysInfo::machineHostName().toUtf8() + '\n';
    if (::ftruncate(fd, 0) == 0) {
        const ssize_t written = ::write(fd, text.constData(), size_t(text.size()));
        Q_UNUSED(written) // short or failed: the reader ignores what it cannot parse
    }
    ::close(fd);
}

} // namespace

QString lockFilePath(const QString &planPath)
{
    return planPath + QStringLiteral(".lock");
}

std::optional<QByteArray> PlanLock::readIfOpen(const QString &path, qint64 size)
{
    FileId id;
    if (!fileId(path, &id))
        return std::nullopt;
    const QMutexLocker locker(&registryMutex());
    const auto found = openPlans().constFind(id);
    if (found == openPlans().cend())
        return std::nullopt;
    QByteArray bytes(size, Qt::Uninitialized);
    const ssize_t read = ::pread(*found, bytes.data(), size_t(size), 0);
    bytes.resize(read < 0 ? 0 : qsizetype(read));
    return bytes;
}

bool PlanLock::isOpenInThisProcess(const QString &path)
{
    FileId id;
    if (!fileId(path, &id))
        return false;
    const QMutexLocker locker(&registryMutex());
    return openPlans().contains(id);
}

std::unique_ptr<PlanLock> PlanLock::acquire(const QString &path, PlanLockFailure *failure)
{
    PlanLockFailure ignored;
    PlanLockFailure &why = failure ? *failure : ignored;
    why = {};
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString infoPath = lockFilePath(canonical.isEmpty() ? path : canonical);
    FileId id;
    if (!fileId(path, &id)) {
        why.systemError = errno;
        return nullptr;
    }
    const QMutexLocker locker(&registryMutex());
    // Opening and closing the file again would drop this process's own SQLite locks on it.
    if (openPlans().contains(id)) {
        why.inUse = true;
        why.inThisProcess = true;
        why.pid = ::getpid();
        why.host = QSysInfo::machineHostName();
        return nullptr;
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        why.systemError = errno;
        return nullptr;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) {
            why.inUse = true;
            readHolder(infoPath, &why);
        } else {
            why.systemError = error;
        }
        return nullptr;
    }
    std::unique_ptr<PlanLock> lock(new PlanLock);
    lock->m_fd = fd;
    lock->m_device = id.first;
    lock->m_inode = id.second;
    lock->m_infoPath = infoPath;
    openPlans().insert(id, fd);
    writeHolder(infoPath);
    return lock;
}

PlanLock::~PlanLock()
{
    // The note goes first: while the lock is held, nobody else writes it.
    ::unlink(QFile::encodeName(m_infoPath).constData());
    const QMutexLocker locker(&registryMutex());
    openPlans().remove({m_device, m_inode});
    ::close(m_fd); // drops the flock
}

} // namespace keyplan
