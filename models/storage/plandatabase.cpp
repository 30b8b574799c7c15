#include "storage/plandatabase.h"

#include "storage/backupfolder.h"
#include "storage/migrator.h"
#include "storage/planbackup.h"
#include "storage/planfileheader.h"
#include "storage/planschema.h"
#include "storage/serverlocation.h"
#include "storage/sqlhelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <sys/statvfs.h>
#include <unistd.h>

namespace keyplan {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class PlanDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(PlanDatabase)
};

constexpr qint64 mmapBytes = 256LL * 1024 * 1024;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("keyplan-%1").arg(counter.fetchAndAddRelaxed(1));
}

void fail(PlanOpenResult *result, PlanOpenError error, const QString &message)
{
    if (result) {
        result->error = error;
        result->message = message;
    }
}

// An I/O failure: DiskFull when the disk is full (and the message says so), else `otherwise`.
void failIo(PlanOpenResult *result, PlanOpenError otherwise, const QString &path, int systemError,
    const QString &fallback)
{
    fail(result, isDiskFull(path, systemError) ? PlanOpenError::DiskFull : otherwise,
        ioFailureMessage(path, systemError, fallback));
}

// A plan on a read-only medium (or one we may not write) is opened read-only, and the user is told.
bool isWritable(const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    return ::access(file.constData(), W_OK) == 0 && ::access(dir.constData(), W_OK) == 0;
}

bool directoryWritable(const QString &path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    return ::access(dir.constData(), W_OK) == 0;
}

// A -wal with content beside the plan: the last writer did not close it (a crash, a full disk).
bool walLeftBehind(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

QString readOnlyUri(const QString &path)
{
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?mode=ro");
    // A WAL plan with no -wal file beside it is complete in its main file. Reading it as immutable
    // keeps SQLite from creating -wal and -shm files next to a file we only look at, and is the
    // only way to read a WAL plan at all in a folder we cannot write. (With a -wal beside it in
    // such a folder, the caller reads a private copy instead: immutable would ignore the -wal.)
    const bool walMode = readPlanFileHeader(path).walMode;
    if (!directoryWritable(path) || (walMode && !walLeftBehind(path)))
        uri += QStringLiteral("&immutable=1");
    return uri;
}

struct Verdict
{
    PlanOpenError error = PlanOpenError::None;
    QString message;
    int userVersion = 0;
};

// How much of the file is read before it is trusted.
enum class CheckDepth {
    PagesRead, // a reader: the pages it reads are verified as they are read
    Quick, // quick_check: every page, before writing
    Full, // integrity_check: every page, and every index against its table
};

QString damagedMessage(QString detail)
{
    // integrity_check speaks in lines ("*** in database main ***\nPage 21: …"): one line here.
    detail.replace(QStringLiteral("*** in database main ***"), QString());
    detail = detail.simplified();
    return PlanDatabaseText::tr("The plan is damaged (%1). Keyplan did not change it; restore a backup copy.")
        .arg(detail);
}

// The checks that read the plan through SQLite, on a connection that writes nothing.
Verdict inspect(const QSqlDatabase &db, CheckDepth depth, bool refuseUntrusted)
{
    QString error;
    const QVariant appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"), {}, &error);
    const QVariant version = sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, &error);
    if (!appId.isValid() || !version.isValid())
        return {PlanOpenError::Damaged, PlanDatabaseText::tr("The file is damaged: %1").arg(error)};
    if (appId.toLongLong() != PlanDatabase::applicationId)
        return {PlanOpenError::NotAPlan,
            PlanDatabaseText::tr("This is a SQLite database, but not a Keyplan plan. Keyplan did not change it.")};
    if (version.toInt() > PlanDatabase::currentSchemaVersion())
        return {PlanOpenError::Newer,
            PlanDatabaseText::tr("This plan was written by a newer version of Keyplan (plan format %1; this Keyplan "
                                 "reads up to %2). Update Keyplan to open it; the file was not changed.")
                .arg(version.toInt())
                .arg(PlanDatabase::currentSchemaVersion())};
    if (version.toInt() < 1)
        return {PlanOpenError::NotAPlan,
            PlanDatabaseText::tr("This file says it is a Keyplan plan but has no plan format. Keyplan did not "
                                 "change it.")};
    sql::run(db, QStringLiteral("PRAGMA cell_size_check = ON"));
    if (depth != CheckDepth::PagesRead) {
        // Both read every page: through a memory map they spare a copy per page.
        sql::run(db, QStringLiteral("PRAGMA mmap_size = %1").arg(mmapBytes));
        const QVariant check = sql::scalar(db,
            depth == CheckDepth::Full ? QStringLiteral("PRAGMA integrity_check(1)") : QStringLiteral("PRAGMA quick_check(1)"),
            {}, &error);
        if (check.toString() != u"ok")
            return {PlanOpenError::Damaged, damagedMessage(check.isValid() ? check.toString() : error)};
    }
    if (!refuseUntrusted)
        return {PlanOpenError::None, {}, version.toInt()};
    const QStringList differences = schemaDifferences(db, version.toInt());
    if (!differences.isEmpty() && depth == CheckDepth::PagesRead) {
        // Garbage over the schema's pages also reads as a strange schema: tell damage apart.
        const QVariant check = sql::scalar(db, QStringLiteral("PRAGMA quick_check(1)"), {}, &error);
        if (check.toString() != u"ok")
            return {PlanOpenError::Damaged, damagedMessage(check.isValid() ? check.toString() : error)};
    }
    if (!differences.isEmpty())
        return {PlanOpenError::ForeignSchema,
            PlanDatabaseText::tr("This plan's structure was changed outside Keyplan, so Keyplan will not use it: "
                                 "%1 Keyplan did not change the file; `keyplan check` lists every difference.")
                .arg(differences.constFirst())};
    const QStringList money = moneyOutOfRange(db);
    if (!money.isEmpty())
        return {PlanOpenError::Damaged,
            PlanDatabaseText::tr("The plan cannot be used: %1 Keyplan did not change it; `keyplan check` lists "
                                 "every problem.")
                .arg(money.constFirst())};
    return {PlanOpenError::None, {}, version.toInt()};
}

// Reads the file through a separate read-only connection that is closed again before anything
// is written, or kept (its name in `keepConnection`) for a reader.
Verdict inspectWithSqlite(const QString &path, CheckDepth depth, bool refuseUntrusted, QString *keepConnection)
{
    Verdict verdict;
    const QString name = nextConnectionName();
    bool keep = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(readOnlyUri(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            const QString why = db.lastError().text();
            const bool full = isDiskFull(path, sql::lastSystemError(db));
            verdict = {full ? PlanOpenError::DiskFull : PlanOpenError::Unreadable,
                ioFailureMessage(path, sql::lastSystemError(db),
                    PlanDatabaseText::tr("The file could not be read: %1").arg(why))};
        } else {
            verdict = inspect(db, depth, refuseUntrusted);
            if (verdict.error == PlanOpenError::Unreadable || verdict.error == PlanOpenError::Damaged) {
                // A -shm that cannot grow on a full disk fails reads with an I/O error: say why.
                const int systemError = sql::lastSystemError(db);
                if (isDiskFull(path, systemError))
                    verdict = {PlanOpenError::DiskFull,
                        ioFailureMessage(path, systemError, verdict.message)};
            }
        }
        // A reader keeps this connection: opening the file a second time would only cost time.
        keep = keepConnection && verdict.error == PlanOpenError::None;
        if (!keep)
            db.close();
    }
    if (keep)
        *keepConnection = name;
    else
        QSqlDatabase::removeDatabase(name);
    return verdict;
}

Verdict inspectHeader(const QString &path)
{
    const PlanFileHeader header = readPlanFileHeader(path);
    switch (header.problem) {
    case PlanFileProblem::None:
        return {};
    case PlanFileProblem::Missing:
        return {PlanOpenError::Missing,
            PlanDatabaseText::tr("There is no file at %1.").arg(QDir::toNativeSeparators(path))};
    case PlanFileProblem::IsDirectory:
        return {PlanOpenError::IsDirectory,
            PlanDatabaseText::tr("%1 is a folder, not a plan file.").arg(QDir::toNativeSeparators(path))};
    case PlanFileProblem::NotRegular:
        return {PlanOpenError::NotRegular,
            PlanDatabaseText::tr("%1 is not a regular file (a pipe, a device or a socket), so it cannot be a plan.")
                .arg(QDir::toNativeSeparators(path))};
    case PlanFileProblem::Unreadable:
        return {PlanOpenError::Unreadable,
            PlanDatabaseText::tr("%1 could not be read (permission denied?).")
                .arg(QDir::toNativeSeparators(path))};
    case PlanFileProblem::Empty:
        return {PlanOpenError::Empty, PlanDatabaseText::tr("The file is empty: it is not a Keyplan plan.")};
    case PlanFileProblem::NotSqlite:
        return {PlanOpenError::NotSqlite,
            PlanDatabaseText::tr("This file is not a Keyplan plan (it is not a SQLite database).")};
    case PlanFileProblem::Truncated:
        return {PlanOpenError::Damaged,
            PlanDatabaseText::tr("The plan is damaged: the file is shorter than its header says (truncated). "
                                 "Keyplan did not change it; restore a backup copy.")};
    }
    return {};
}

QString inUseMessage(const PlanLockFailure &why)
{
    if (why.inThisProcess)
        return PlanDatabaseText::tr("This plan is already open in this Keyplan (process %1 on %2).")
            .arg(why.pid)
            .arg(why.host);
    if (why.pid > 0)
        return PlanDatabaseText::tr("This plan is in use by another Keyplan (process %1 on %2). Close it there "
                                    "first, or open a copy.")
            .arg(why.pid)
            .arg(why.host);
    return PlanDatabaseText::tr("This plan is in use by another Keyplan. Close it there first, or open a copy.");
}

} // namespace

bool isDiskFull(const QString &path, int systemError)
{
    if (systemError == ENOSPC || systemError == EDQUOT)
        return true;
    struct statvfs fs {};
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    return ::statvfs(dir.constData(), &fs) == 0 && fs.f_bavail == 0 && !(fs.f_flag & ST_RDONLY);
}

QString ioFailureMessage(const QString &path, int systemError, const QString &fallback)
{
    if (isDiskFull(path, systemError))
        return PlanDatabaseText::tr("The disk that holds %1 is full. Free some space, then try again.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    if (systemError == EIO)
        return PlanDatabaseText::tr("The disk that holds %1 reported an error (%2): %3")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                QString::fromLocal8Bit(std::strerror(systemError)), fallback);
    return fallback;
}

int PlanDatabase::currentSchemaVersion()
{
    static const int version = Migrator().latestVersion();
    return version;
}

PlanDatabase::~PlanDatabase()
{
    close(nullptr);
}

bool PlanDatabase::close(QString *error)
{
    bool clean = true;
    QString why;
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (!m_readOnly && !m_server && db.isOpen()) {
                // Copy the -wal into the plan while we can still say it failed. If it cannot complete,
                // the -wal stays beside the plan with every committed edit; never remove it.
                QSqlQuery checkpoint = sql::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, &why);
                if (!checkpoint.isActive() || !checkpoint.next() || checkpoint.value(0).toInt() != 0) {
                    clean = false;
                    why = ioFailureMessage(m_path, sql::lastSystemError(db),
                        PlanDatabaseText::tr("the plan's journal could not be written into the plan (%1)")
                            .arg(why.isEmpty() ? PlanDatabaseText::tr("it is busy") : why));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    if (clean && !m_readOnly && !m_server && !m_path.isEmpty() && walLeftBehind(m_path)) {
        clean = false;
        why = PlanDatabaseText::tr("the plan's journal is still beside it after closing");
    }
    m_lock.reset(); // only now: closing our own descriptor earlier would drop SQLite's locks
    m_privateCopy.reset();
    if (!clean && error)
        *error = why;
    return clean;
}

QSqlDatabase PlanDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool PlanDatabase::connect(const QString &databaseName, const QString &options)
{
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databaseName);
    db.setConnectOptions(options);
    return db.open();
}

bool PlanDatabase::moveIntoMemory(int fromVersion)
{
    const QString memoryName = nextConnectionName();
    bool moved = false;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), memoryName);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        QSqlDatabase file = connection();
        QString error;
        if (memory.open() && copyPlanInto(file, memory, &error)) {
            sql::run(memory, QStringLiteral("PRAGMA foreign_keys = ON"));
            Migrator migrator;
            moved = fromVersion >= currentSchemaVersion() || migrator.migrate(memory, fromVersion);
        }
        if (moved)
            file.close();
        else
            memory.close();
    }
    if (!moved) {
        QSqlDatabase::removeDatabase(memoryName);
        return false;
    }
    QSqlDatabase::removeDatabase(m_connectionName); // the file: read whole, no longer needed
    m_connectionName = memoryName;
    m_privateCopy.reset();
    return true;
}

bool PlanDatabase::applyConnectionPragmas(QString *error)
{
    const QSqlDatabase db = connection();
    // PRAGMAs take no bound values; these are fixed strings.
    static const char *const pragmas[] = {
        "PRAGMA foreign_keys = ON",
        "PRAGMA trusted_schema = OFF",
        "PRAGMA cell_size_check = ON",
    };
    // The window reads most of the plan: through a memory map it spares a copy per page. A reader
    // (keyplan report) touches a few pages, where the map's page faults cost more than they save.
    sql::run(db, QStringLiteral("PRAGMA mmap_size = %1").arg(m_readOnly ? 0 : mmapBytes));
    for (const char *pragma : pragmas) {
        if (!sql::run(db, QLatin1StringView(pragma), {}, error).isActive())
            return false;
    }
    if (m_readOnly)
        return true;
    // WAL lets `keyplan report` read while the app writes; FULL makes each commit durable.
    const QVariant mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), {}, error);
    if (mode.toString() != u"wal")
        return false;
    return sql::run(db, QStringLiteral("PRAGMA synchronous = FULL"), {}, error).isActive();
}

QString PlanDatabase::displayName() const
{
    return m_server ? m_displayName : QFileInfo(m_path).completeBaseName();
}

std::unique_ptr<PlanDatabase> PlanDatabase::open(
    const QString &path, PlanOpenMode mode, PlanOpenResult *result)
{
    if (result)
        *result = {};
    if (ServerLocation::isServerUrl(path))
        return openServer(path, mode, false, result);
    Verdict verdict = inspectHeader(path);
    if (verdict.error != PlanOpenError::None) {
        fail(result, verdict.error, verdict.message);
        return nullptr;
    }
    const bool readOnlyMedium = !isWritable(path);
    std::unique_ptr<PlanDatabase> plan(new PlanDatabase);
    plan->m_path = QFileInfo(path).absoluteFilePath();
    plan->m_readOnly = mode != PlanOpenMode::ReadWrite || readOnlyMedium;
    if (result)
        result->readOnlyMedium = readOnlyMedium;

    // The writer locks first, so that what it checks is what it then writes to.
    if (!plan->m_readOnly) {
        PlanLockFailure why;
        plan->m_lock = PlanLock::acquire(plan->m_path, &why);
        if (!plan->m_lock) {
            if (why.inUse)
                fail(result, PlanOpenError::InUse, inUseMessage(why));
            else
                failIo(result, PlanOpenError::Unreadable, path, why.systemError,
                PlanDatabaseText::tr("The plan's lock could not be taken: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(why.systemError))));
            return nullptr;
        }
    }

    // A reader that cannot write beside the plan cannot let SQLite read a crash's -wal in place.
    QString inspected = plan->m_path;
    if (plan->m_readOnly && walLeftBehind(plan->m_path) && !directoryWritable(plan->m_path)) {
        plan->m_privateCopy = std::make_unique<QTemporaryDir>();
        const QString copy = plan->m_privateCopy->filePath(QStringLiteral("plan.keyplan"));
        if (!plan->m_privateCopy->isValid() || !QFile::copy(plan->m_path, copy)
            || !QFile::copy(plan->m_path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"))) {
            fail(result, PlanOpenError::Unreadable,
                PlanDatabaseText::tr("A crash left this plan's latest edits in %1, in a folder Keyplan cannot "
                                     "write, and they could not be copied to read them. Copy the plan together "
                                     "with that file somewhere writable and open it there.")
                    .arg(QDir::toNativeSeparators(plan->m_path + QStringLiteral("-wal"))));
            return nullptr;
        }
        inspected = copy;
    }

    const bool unclean = !plan->m_readOnly && walLeftBehind(plan->m_path);
    if (result)
        result->uncleanShutdown = unclean;
    const CheckDepth depth = plan->m_readOnly ? CheckDepth::PagesRead : unclean ? CheckDepth::Full : CheckDepth::Quick;
    QString readerConnection;
    verdict = inspectWithSqlite(
        inspected, depth, mode != PlanOpenMode::Inspect, plan->m_readOnly ? &readerConnection : nullptr);
    if (verdict.error != PlanOpenError::None) {
        fail(result, verdict.error, verdict.message);
        return nullptr;
    }
    plan->m_connectionName = readerConnection;
    const int currentVersion = currentSchemaVersion();

    if (plan->m_readOnly) {
        // An older plan that must not be written: upgrade a copy in memory and read that. The
        // file stays exactly as it is. A private copy is read into memory likewise, then removed.
        const bool older = verdict.userVersion < currentVersion;
        if ((older || plan->m_privateCopy) && !plan->moveIntoMemory(verdict.userVersion)) {
            fail(result, PlanOpenError::OlderReadOnly,
                PlanDatabaseText::tr("This plan could not be read into memory (it is from an older Keyplan, or a "
                                     "crash left edits beside it on a read-only medium). Copy it somewhere "
                                     "writable and open it there."));
            return nullptr;
        }
        if (result)
            result->upgradedInMemory = older;
    } else if (!plan->connect(plan->m_path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"))) {
        const QSqlDatabase db = plan->connection();
        failIo(result, PlanOpenError::Unreadable, path, sql::lastSystemError(db),
                PlanDatabaseText::tr("The plan could not be opened: %1").arg(db.lastError().text()));
        return nullptr;
    }

    QString error;
    if (!plan->applyConnectionPragmas(&error)) {
        const int systemError = sql::lastSystemError(plan->connection());
        failIo(result, PlanOpenError::Unreadable, path, systemError,
                PlanDatabaseText::tr("The plan could not be prepared for use: %1").arg(error));
        return nullptr;
    }

    const int version = sql::scalar(plan->connection(), QStringLiteral("PRAGMA user_version")).toInt();
    if (!plan->m_readOnly && version < currentVersion) {
        QSqlDatabase db = plan->connection();
        const BackupOutcome saved = BackupFolder(plan->m_path).take(db, BackupReason::BeforeUpgrade);
        if (!saved.ok) {
            fail(result, PlanOpenError::MigrationFailed,
                PlanDatabaseText::tr(
                    "The plan needs an upgrade, but the backup copy made first could not be written: %1")
                    .arg(saved.error));
            return nullptr;
        }
        const QString backup = saved.entry.path;
        if (result)
            result->backupPath = backup;
        Migrator migrator;
        if (!migrator.migrate(db, version)) {
            fail(result, PlanOpenError::MigrationFailed,
                PlanDatabaseText::tr(
                    "The plan could not be upgraded (%1). It was left as it was; a copy is at %2.")
                    .arg(migrator.errorString(), QDir::toNativeSeparators(backup)));
            return nullptr;
        }
    }
    return plan;
}

std::unique_ptr<PlanDatabase> PlanDatabase::create(const QString &path, PlanOpenResult *result)
{
    if (result)
        *result = {};
    if (ServerLocation::isServerUrl(path))
        return openServer(path, PlanOpenMode::ReadWrite, true, result);
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        fail(result, PlanOpenError::AlreadyExists,
            PlanDatabaseText::tr("%1 already exists; Keyplan will not overwrite it.")
                .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            const int systemError = errno;
            failIo(result, PlanOpenError::CannotCreate, path, systemError,
                PlanDatabaseText::tr("%1 could not be created: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
            return nullptr;
        }
        // The umask may have been narrower than ours, never wider: say it plainly.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    std::unique_ptr<PlanDatabase> plan(new PlanDatabase);
    plan->m_path = info.absoluteFilePath();
    QString error;
    int systemError = 0;
    const auto abandon = [&](const QString &why) {
        failIo(result, PlanOpenError::CannotCreate, path, systemError,
                PlanDatabaseText::tr("The new plan could not be created: %1").arg(why));
        plan.reset();
        // Only what this call made: the new file and what SQLite made beside it.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return nullptr;
    };
    PlanLockFailure why;
    plan->m_lock = PlanLock::acquire(plan->m_path, &why);
    if (!plan->m_lock) {
        systemError = why.systemError;
        return abandon(PlanDatabaseText::tr("its lock could not be taken"));
    }
    if (!plan->connect(plan->m_path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"))) {
        systemError = sql::lastSystemError(plan->connection());
        return abandon(plan->connection().lastError().text());
    }
    if (!plan->applyConnectionPragmas(&error)) {
        systemError = sql::lastSystemError(plan->connection());
        return abandon(error);
    }
    Migrator migrator;
    bool migrated = false;
    {
        QSqlDatabase db = plan->connection();
        migrated = migrator.migrate(db, 0, {QStringLiteral("PRAGMA application_id = %1").arg(applicationId)});
        systemError = migrated ? 0 : sql::lastSystemError(db);
    }
    if (!migrated)
        return abandon(migrator.errorString());
    return plan;
}

} // namespace keyplan
