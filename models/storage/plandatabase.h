#pragma once

#include "storage/planlock.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace keyplan {

enum class PlanOpenMode {
    ReadWrite,
    ReadOnly,
    // Read-only, for `keyplan check`: opens what it can read, a foreign schema and bad amounts
    // included, so that the checker can list every problem instead of the first.
    Inspect,
};

enum class PlanOpenError {
    None,
    Missing,
    IsDirectory,
    NotRegular,
    Unreadable,
    Empty,
    NotSqlite,
    Damaged, // fails SQLite's checks, or holds values Keyplan never writes: a backup may help
    ForeignSchema, // tables, triggers or views changed outside Keyplan
    NotAPlan,
    Newer,
    OlderReadOnly,
    InUse,
    AlreadyExists,
    CannotCreate,
    MigrationFailed,
    DiskFull,
    // A team plan (PostgreSQL):
    NoServer, // nothing answered at that address
    AuthenticationFailed, // a wrong password or an unknown user
    Insecure, // TLS was required and could not be had, or the server's certificate did not match
    NeedsPassword, // the server asks for a password and none was given: ask the user, try again
    NeedsUpgrade, // made by an older Keyplan: its owner runs `keyplan team init URL`
    AccessDenied, // the login has no role on the plan: its owner runs `keyplan team grant`
    ServerFailed, // anything else the server said
};

struct PlanOpenResult
{
    PlanOpenError error = PlanOpenError::None;
    QString message; // translated, for the user; empty when all went well
    QString backupPath; // the copy made before an upgrade, if one was made
    bool readOnlyMedium = false;
    // An older plan opened read-only is upgraded in memory, not on disk: what is read is current.
    bool upgradedInMemory = false;
    // A -wal was left beside the plan (a crash): the whole file was checked before it was trusted.
    bool uncleanShutdown = false;
    // A team plan whose user may read but not edit it (the keyplan_reader role).
    bool readerRole = false;
};

// One open plan file: a single SQLite connection, owned by the thread that opened it, plus the
// lock that makes this process the plan's only writer.
//
// Opening checks before trusting: the file's header is read without SQLite (anything but a regular
// file is refused at once), a writer takes the plan's lock, then a read-only connection reads the
// application id and schema version, compares the schema with Keyplan's own (a foreign trigger or
// view, an altered CHECK is refused), looks for amounts beyond ±10^15 and, before a plan is opened
// for writing, runs quick_check over every page: writing into a damaged file would spread the
// damage. After an unclean shutdown (a -wal left beside the plan) the writer runs the full
// integrity_check instead, which also proves every index matches its table: an older copy put back
// over a crash's -wal passes quick_check with broken indexes.
// Everything else is refused and left byte-for-byte as it was. A reader (PlanOpenMode::ReadOnly,
// as `keyplan report` uses) skips the full-file check; it verifies the pages it reads instead
// (cell_size_check, and every read reports errors), and `keyplan check` checks the whole file. A
// reader that finds a crash's -wal beside a plan in a folder it cannot write reads a private copy
// of both, so what it shows is what was committed, never the stale main file alone.
class PlanDatabase
{
public:
    static constexpr quint32 applicationId = 0x4B504C4E; // "KPLN"

    ~PlanDatabase();
    Q_DISABLE_COPY_MOVE(PlanDatabase)

    // `path` is a plan file, or a team plan's postgresql:// URL (ServerLocation).
    static std::unique_ptr<PlanDatabase> open(const QString &path, PlanOpenMode mode, PlanOpenResult *result);
    // Creates a new, empty plan (readable by the user only); refuses an existing path. Given a URL,
    // makes the team plan in that database (which must hold no tables yet), as `keyplan team init`.
    static std::unique_ptr<PlanDatabase> create(const QString &path, PlanOpenResult *result);

    // The schema version this Keyplan reads and writes.
    static int currentSchemaVersion();

    QSqlDatabase connection() const;
    // Checkpoints the -wal into the plan and closes the connection; false, with the reason, when
    // the checkpoint could not complete (a full disk): the -wal then stays beside the plan, where
    // the next open finds every committed edit. The object is closed either way.
    bool close(QString *error);
    // The plan file's absolute path, or a team plan's URL without its password.
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // A team plan on a PostgreSQL server rather than a plan file.
    bool isServer() const { return m_server; }
    // What a title bar calls it: the file's name without .keyplan, or "database on host".
    QString displayName() const;
    // A team plan connection's name in the change log, unique to this window (empty for a file).
    QString clientId() const { return m_clientId; }
    // A team plan's connection made again after the server or the network dropped it, with its
    // session as before (the same client id); false, with libpq's reason, while it cannot be.
    bool reconnect(QString *error);

private:
    PlanDatabase() = default;
    static std::unique_ptr<PlanDatabase> openServer(const QString &url, PlanOpenMode mode, bool creating,
        PlanOpenResult *result);
    bool connect(const QString &databaseName, const QString &options);
    bool moveIntoMemory(int fromVersion);
    bool applyConnectionPragmas(QString *error);
    bool startServerSession(QString *error);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    bool m_server = false;
    QString m_displayName;
    QString m_clientId;
    std::unique_ptr<PlanLock> m_lock; // declared last: released after the connection is closed
    std::unique_ptr<QTemporaryDir> m_privateCopy; // a reader's copy of a plan and its -wal
};

// A message for an I/O failure at `path` that says what the user can do: "the disk is full" when
// it is (errno ENOSPC or EDQUOT, or no space left in the folder), else `fallback`.
QString ioFailureMessage(const QString &path, int systemError, const QString &fallback);
bool isDiskFull(const QString &path, int systemError);

} // namespace keyplan
