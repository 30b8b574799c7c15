#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace keyplan {

enum class PlanOpenMode { ReadWrite, ReadOnly };

enum class PlanOpenError {
    None,
    Missing,
    IsDirectory,
    Unreadable,
    Empty,
    NotSqlite,
    Damaged,
    NotAPlan,
    Newer,
    OlderReadOnly,
    InUse,
    AlreadyExists,
    CannotCreate,
    MigrationFailed,
};

struct PlanOpenResult
{
    PlanOpenError error = PlanOpenError::None;
    QString message; // translated, for the user; empty when all went well
    QString backupPath; // the copy made before an upgrade, if one was made
    bool readOnlyMedium = false;
    // An older plan opened read-only is upgraded in memory, not on disk: what is read is current.
    bool upgradedInMemory = false;
};

// One open plan file: a single SQLite connection, owned by the thread that opened it, plus the
// lock that makes this process the plan's only writer.
//
// Opening checks before trusting: the file's header is read without SQLite, then a read-only
// connection reads the application id and schema version and, before a plan is opened for
// writing, runs quick_check over every page: writing into a damaged file would spread the damage.
// Everything else is refused and left byte-for-byte as it was. A reader (PlanOpenMode::ReadOnly,
// as `keyplan report` uses) skips the full-file check; it verifies the pages it reads instead
// (cell_size_check, and every read reports errors), and `keyplan check` checks the whole file.
class PlanDatabase
{
public:
    static constexpr quint32 applicationId = 0x4B504C4E; // "KPLN"

    ~PlanDatabase();
    Q_DISABLE_COPY_MOVE(PlanDatabase)

    static std::unique_ptr<PlanDatabase> open(const QString &path, PlanOpenMode mode, PlanOpenResult *result);
    // Creates a new, empty plan (readable by the user only); refuses an existing path.
    static std::unique_ptr<PlanDatabase> create(const QString &path, PlanOpenResult *result);

    // The schema version this Keyplan reads and writes.
    static int currentSchemaVersion();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

private:
    PlanDatabase() = default;
    bool connect(const QString &databaseName, const QString &options);
    bool upgradeInMemory(int fromVersion);
    bool applyConnectionPragmas(QString *error);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    std::unique_ptr<QLockFile> m_lock;
};

// "portfolio.keyplan.lock": the lock file that marks the plan's writer.
QString lockFilePath(const QString &planPath);

} // namespace keyplan
