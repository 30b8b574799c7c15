#include "storage/plandatabase.h"

#include "storage/migrator.h"
#include "storage/planbackup.h"
#include "storage/planfileheader.h"
#include "storage/sqlhelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QUrl>

#include <cerrno>
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

QString readOnlyUri(const QString &path)
{
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?mode=ro");
    // A WAL plan with no -wal file beside it is complete in its main file. Reading it as immutable
    // keeps SQLite from creating -wal and -shm files next to a file we only look at, and is the
    // only way to read a WAL plan at all in a folder we cannot write.
    const bool walMode = readPlanFileHeader(path).walMode;
    const bool walPresent = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (!directoryWritable(path) || (walMode && !walPresent))
        uri += QStringLiteral("&immutable=1");
    return uri;
}

struct Verdict
{
    PlanOpenError error = PlanOpenError::None;
    QString message;
    int userVersion = 0;
};

// Reads the file through a separate read-only connection that is closed again before anything
// is written.
Verdict inspectWithSqlite(const QString &path, bool checkEveryPage, QString *keepConnection)
{
    Verdict verdict;
    const QString name = nextConnectionName();
    bool keep = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(readOnlyUri(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            verdict = {PlanOpenError::Unreadable,
                PlanDatabaseText::tr("The file could not be read: %1").arg(db.lastError().text())};
        } else {
            QString error;
            const QVariant appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"), {}, &error);
            const QVariant version = sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, &error);
            if (!appId.isValid() || !version.isValid()) {
                verdict
                    = {PlanOpenError::Damaged, PlanDatabaseText::tr("The file is damaged: %1").arg(error)};
            } else if (appId.toLongLong() != PlanDatabase::applicationId) {
                verdict = {PlanOpenError::NotAPlan,
                    PlanDatabaseText::tr(
                        "This is a SQLite database, but not a Keyplan plan. Keyplan did not change it.")};
            } else if (version.toInt() > PlanDatabase::currentSchemaVersion()) {
                verdict = {PlanOpenError::Newer,
                    PlanDatabaseText::tr(
                        "This plan was written by a newer version of Keyplan (plan format %1; this Keyplan "
                        "reads up to %2). Update Keyplan to open it; the file was not changed.")
                        .arg(version.toInt())
                        .arg(PlanDatabase::currentSchemaVersion())};
            } else {
                sql::run(db, QStringLiteral("PRAGMA cell_size_check = ON"));
                // quick_check reads every page: through a memory map it spares a copy per page.
                if (checkEveryPage)
                    sql::run(db, QStringLiteral("PRAGMA mmap_size = %1").arg(mmapBytes));
                const QVariant check = checkEveryPage
                    ? sql::scalar(db, QStringLiteral("PRAGMA quick_check"), {}, &error)
                    : QVariant(QStringLiteral("ok"));
                if (check.toString() != u"ok") {
                    verdict = {PlanOpenError::Damaged,
                        PlanDatabaseText::tr(
                            "The plan is damaged (%1). Keyplan did not change it; restore a backup copy.")
                            .arg(check.isValid() ? check.toString() : error)};
                }
                verdict.userVersion = version.toInt();
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

} // namespace

QString lockFilePath(const QString &planPath)
{
    return planPath + QStringLiteral(".lock");
}

int PlanDatabase::currentSchemaVersion()
{
    static const int version = Migrator().latestVersion();
    return version;
}

PlanDatabase::~PlanDatabase()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
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

bool PlanDatabase::upgradeInMemory(int fromVersion)
{
    const QString memoryName = nextConnectionName();
    bool upgraded = false;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), memoryName);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        QSqlDatabase file = connection();
        QString error;
        if (memory.open() && copyPlanInto(file, memory, &error)) {
            sql::run(memory, QStringLiteral("PRAGMA foreign_keys = ON"));
            Migrator migrator;
            upgraded = migrator.migrate(memory, fromVersion);
        }
        if (upgraded)
            file.close();
        else
            memory.close();
    }
    if (!upgraded) {
        QSqlDatabase::removeDatabase(memoryName);
        return false;
    }
    QSqlDatabase::removeDatabase(m_connectionName); // the file: read whole, no longer needed
    m_connectionName = memoryName;
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

std::unique_ptr<PlanDatabase> PlanDatabase::open(
    const QString &path, PlanOpenMode mode, PlanOpenResult *result)
{
    if (result)
        *result = {};
    Verdict verdict = inspectHeader(path);
    const bool readOnlyMedium = verdict.error == PlanOpenError::None && !isWritable(path);
    const bool readOnly = mode == PlanOpenMode::ReadOnly || readOnlyMedium;
    QString readerConnection;
    if (verdict.error == PlanOpenError::None)
        verdict = inspectWithSqlite(
            path, mode == PlanOpenMode::ReadWrite, readOnly ? &readerConnection : nullptr);
    if (verdict.error != PlanOpenError::None) {
        fail(result, verdict.error, verdict.message);
        return nullptr;
    }

    std::unique_ptr<PlanDatabase> plan(new PlanDatabase);
    plan->m_path = QFileInfo(path).absoluteFilePath();
    plan->m_readOnly = readOnly;
    plan->m_connectionName = readerConnection;
    if (result)
        result->readOnlyMedium = readOnlyMedium;
    const int currentVersion = currentSchemaVersion();

    if (plan->m_readOnly) {
        // An older plan that must not be written: upgrade a copy in memory and read that. The
        // file stays exactly as it is.
        if (verdict.userVersion < currentVersion && !plan->upgradeInMemory(verdict.userVersion)) {
            fail(result, PlanOpenError::OlderReadOnly,
                PlanDatabaseText::tr("This plan was written by an older Keyplan and could not be upgraded in "
                                     "memory to be read. Copy it somewhere writable and open it there."));
            return nullptr;
        }
        if (result)
            result->upgradedInMemory = verdict.userVersion < currentVersion;
    } else {
        plan->m_lock = std::make_unique<QLockFile>(lockFilePath(plan->m_path));
        plan->m_lock->setStaleLockTime(0); // stale only when its process is gone, however long it ran
        if (!plan->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString app;
            plan->m_lock->getLockInfo(&pid, &host, &app);
            fail(result, PlanOpenError::InUse,
                PlanDatabaseText::tr("This plan is in use by another Keyplan (process %1 on %2). Close it "
                                     "there first, or open "
                                     "a copy.")
                    .arg(pid)
                    .arg(host));
            return nullptr;
        }
        if (!plan->connect(plan->m_path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"))) {
            fail(result, PlanOpenError::Unreadable,
                PlanDatabaseText::tr("The plan could not be opened: %1")
                    .arg(plan->connection().lastError().text()));
            return nullptr;
        }
    }

    QString error;
    if (!plan->applyConnectionPragmas(&error)) {
        fail(result, PlanOpenError::Unreadable,
            PlanDatabaseText::tr("The plan could not be prepared for use: %1").arg(error));
        return nullptr;
    }

    const int version = sql::scalar(plan->connection(), QStringLiteral("PRAGMA user_version")).toInt();
    if (!plan->m_readOnly && version < currentVersion) {
        const QString backup
            = QStringLiteral("%1.v%2-backup-%3")
                  .arg(plan->m_path)
                  .arg(version)
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QSqlDatabase db = plan->connection();
        if (!backupPlan(db, backup, &error)) {
            fail(result, PlanOpenError::MigrationFailed,
                PlanDatabaseText::tr(
                    "The plan needs an upgrade, but the backup copy made first could not be written: %1")
                    .arg(error));
            return nullptr;
        }
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
    const QFileInfo info(path);
    if (info.exists()) {
        fail(result, PlanOpenError::AlreadyExists,
            PlanDatabaseText::tr("%1 already exists; Keyplan will not overwrite it.")
                .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            fail(result, PlanOpenError::CannotCreate,
                PlanDatabaseText::tr("%1 could not be created: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
            return nullptr;
        }
    }
    std::unique_ptr<PlanDatabase> plan(new PlanDatabase);
    plan->m_path = info.absoluteFilePath();
    plan->m_lock = std::make_unique<QLockFile>(lockFilePath(plan->m_path));
    plan->m_lock->setStaleLockTime(0);
    QString error;
    const auto abandon = [&](const QString &why) {
        fail(result, PlanOpenError::CannotCreate,
            PlanDatabaseText::tr("The new plan could not be created: %1").arg(why));
        plan.reset();
        QFile::remove(path);
        return nullptr;
    };
    if (!plan->m_lock->tryLock(0))
        return abandon(PlanDatabaseText::tr("its lock file could not be taken"));
    if (!plan->connect(plan->m_path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")))
        return abandon(plan->connection().lastError().text());
    if (!plan->applyConnectionPragmas(&error))
        return abandon(error);
    QSqlDatabase db = plan->connection();
    Migrator migrator;
    if (!migrator.migrate(db, 0, {QStringLiteral("PRAGMA application_id = %1").arg(applicationId)}))
        return abandon(migrator.errorString());
    return plan;
}

} // namespace keyplan
