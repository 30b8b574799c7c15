#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace keyplan {

// Why a plan's lock could not be taken.
struct PlanLockFailure
{
    bool inUse = false; // another writer holds it (else: the lock could not be taken at all)
    bool inThisProcess = false; // the plan is already open for writing in this process
    qint64 pid = 0; // the holder, when its lock file says (0: unknown)
    QString host;
    int systemError = 0; // errno, when the lock could not be taken at all
};

// The lock that makes one process the plan's only writer, whatever path reaches the plan: a
// symlink, a hard link, a relative path or a bind mount all lead to the same file, and the lock
// is an OS-level lock (flock) on that file itself, which the kernel drops when its holder dies,
// however it dies. Nothing written in a file decides who holds it.
//
// Beside the plan, "NAME.lock" (readable by the user only) names the holder, for the message a
// second writer sees; it is only information: empty, garbled or left behind by a killed process,
// it never locks anyone out.
//
// flock() locks are independent of the fcntl() locks SQLite takes on the same file. One rule
// matters: closing any descriptor of a file drops every fcntl() lock this process holds on it, so
// the lock must outlive the SQLite connection, and a plan already open in this process is refused
// without its file being opened a second time.
class PlanLock
{
public:
    ~PlanLock();
    Q_DISABLE_COPY_MOVE(PlanLock)

    // Takes the lock of the plan at `path` without waiting; nothing, with the reason, when another
    // writer holds it or it could not be taken.
    static std::unique_ptr<PlanLock> acquire(const QString &path, PlanLockFailure *failure);

    // True when a writer in this process has the plan at `path` open.
    static bool isOpenInThisProcess(const QString &path);
    // The first `size` bytes of the plan at `path` when a writer in this process has it open, read
    // through the lock's own descriptor; nothing otherwise. Opening and closing the file again
    // would drop the SQLite locks of this process's connection.
    static std::optional<QByteArray> readIfOpen(const QString &path, qint64 size);

private:
    PlanLock() = default;

    int m_fd = -1;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    QString m_infoPath;
};

// "portfolio.keyplan.lock": the file that names the plan's writer.
QString lockFilePath(const QString &planPath);

} // namespace keyplan
