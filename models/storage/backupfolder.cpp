#include "storage/backupfolder.h"

#include "domain/filenames.h"
#include "storage/newplanfile.h"
#include "storage/planbackup.h"
#include "storage/plandatabase.h"
#include "storage/planlock.h"
#include "storage/sqlhelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <functional>
#include <unistd.h>

namespace keyplan {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class BackupText
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

constexpr int keepNewest = 6;
constexpr int keepDaily = 12;
constexpr int keepWeekly = 8;
constexpr int keepMonthly = 12;

const QString timeFormat = QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'");

QString reasonKey(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Automatic:
        return QStringLiteral("automatic");
    case BackupReason::BeforeUpgrade:
        return QStringLiteral("before-upgrade");
    case BackupReason::BeforeImport:
        return QStringLiteral("before-import");
    case BackupReason::BeforeRestore:
        return QStringLiteral("before-restore");
    case BackupReason::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<BackupReason> reasonFromKey(const QString &key)
{
    for (const BackupReason reason : {BackupReason::Automatic, BackupReason::BeforeUpgrade,
             BackupReason::BeforeImport, BackupReason::BeforeRestore, BackupReason::Manual}) {
        if (reasonKey(reason) == key)
            return reason;
    }
    return std::nullopt;
}

// What a backup holds, without the 100-byte header (SQLite's change counters live there): two
// backups of an unchanged plan hold the same pages.
QByteArray contentFingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(100))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(&file);
    return hash.result();
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("keyplan-backup-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString displayName(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Automatic:
        return BackupText::tr("Automatic");
    case BackupReason::BeforeUpgrade:
        return BackupText::tr("Before an upgrade");
    case BackupReason::BeforeImport:
        return BackupText::tr("Before an import");
    case BackupReason::BeforeRestore:
        return BackupText::tr("Before a restore");
    case BackupReason::Manual:
        return BackupText::tr("Made by hand");
    }
    return {};
}

BackupFolder::BackupFolder(const QString &planPath, const QString &root)
{
    const QFileInfo plan(planPath);
    const QString canonical = plan.canonicalFilePath().isEmpty() ? plan.absoluteFilePath() : plan.canonicalFilePath();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    // Named after the file itself, not the link or path that reached it: one plan, one folder.
    m_path = root + QLatin1Char('/') + safeFileStem(QFileInfo(canonical).completeBaseName(), BackupText::tr("plan"), 80)
        + QLatin1Char('-') + hash;
}

QString BackupFolder::defaultRoot()
{
    const QString configured = qEnvironmentVariable("KEYPLAN_BACKUP_DIR");
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

QList<BackupEntry> BackupFolder::entries() const
{
    QList<BackupEntry> result;
    const QFileInfoList files = QDir(m_path).entryInfoList({QStringLiteral("*.keyplan")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QString stem = file.completeBaseName();
        const qsizetype dash = stem.indexOf(QLatin1Char('-'));
        if (dash < 0)
            continue;
        QDateTime takenAt = QDateTime::fromString(stem.left(dash), timeFormat);
        takenAt.setTimeZone(QTimeZone::utc());
        QString key = stem.mid(dash + 1);
        // "…-automatic-2": a second backup within the same second.
        if (const qsizetype extra = key.lastIndexOf(QLatin1Char('-')); extra > 0 && key.mid(extra + 1).toInt() > 0)
            key.truncate(extra);
        const std::optional<BackupReason> reason = reasonFromKey(key);
        if (!takenAt.isValid() || !reason)
            continue;
        result.append({file.absoluteFilePath(), takenAt, *reason, file.size()});
    }
    std::sort(result.begin(), result.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return result;
}

BackupOutcome BackupFolder::take(QSqlDatabase &source, BackupReason reason, const QDateTime &now)
{
    BackupOutcome outcome;
    if (!makePrivateFolder(m_path)) {
        outcome.error = BackupText::tr("the backup folder %1 could not be made").arg(QDir::toNativeSeparators(m_path));
        return outcome;
    }
    const QString stem = now.toUTC().toString(timeFormat) + QLatin1Char('-') + reasonKey(reason);
    QString target = m_path + QLatin1Char('/') + stem + QStringLiteral(".keyplan");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QLatin1Char('/') + stem + QStringLiteral("-%1.keyplan").arg(n);
    QString error;
    if (!backupPlan(source, target, &error)) {
        outcome.error = ioFailureMessage(target, sql::lastSystemError(source), error);
        return outcome;
    }
    // A backup counts only once it opens and checks as a plan.
    if (!verifyBackup(target, &error)) {
        QFile::remove(target);
        outcome.error = BackupText::tr("the backup did not pass its check (%1)").arg(error);
        return outcome;
    }
    const QList<BackupEntry> existing = entries();
    const auto previous = std::find_if(existing.cbegin(), existing.cend(),
        [&target](const BackupEntry &entry) { return entry.path != QFileInfo(target).absoluteFilePath(); });
    outcome.ok = true;
    if (previous != existing.cend() && contentFingerprint(previous->path) == contentFingerprint(target)) {
        QFile::remove(target);
        outcome.entry = *previous;
        return outcome;
    }
    outcome.kept = true;
    outcome.entry = {QFileInfo(target).absoluteFilePath(), now.toUTC(), reason, QFileInfo(target).size()};
    syncFolder(m_path);
    prune(now);
    return outcome;
}

BackupOutcome BackupFolder::takeFromFile(const QString &planFile, BackupReason reason, const QDateTime &now)
{
    BackupOutcome outcome;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(planFile).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?mode=ro"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            outcome = take(db, reason, now);
        else
            outcome.error = BackupText::tr("the plan could not be read: %1").arg(db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

QList<qsizetype> backupsToKeep(const QList<QDateTime> &newestFirst, const QTimeZone &timeZone)
{
    QSet<qsizetype> keep;
    for (qsizetype i = 0; i < std::min<qsizetype>(keepNewest, newestFirst.size()); ++i)
        keep.insert(i);
    // The newest backup of each of the latest N days, weeks and months that have one.
    const auto keepFirstOf = [&](int limit, const std::function<qint64(const QDate &)> &period) {
        QSet<qint64> seen;
        for (qsizetype i = 0; i < newestFirst.size() && seen.size() < limit; ++i) {
            const qint64 key = period(newestFirst.at(i).toTimeZone(timeZone).date());
            if (!seen.contains(key)) {
                seen.insert(key);
                keep.insert(i);
            }
        }
    };
    keepFirstOf(keepDaily, [](const QDate &day) { return day.toJulianDay(); });
    keepFirstOf(keepWeekly, [](const QDate &day) {
        int year = 0;
        const int week = day.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepFirstOf(keepMonthly, [](const QDate &day) { return qint64(day.year()) * 100 + day.month(); });
    QList<qsizetype> result(keep.cbegin(), keep.cend());
    std::sort(result.begin(), result.end());
    return result;
}

void BackupFolder::prune(const QDateTime &now)
{
    Q_UNUSED(now) // the rotation counts backups, not time: a plan left alone for a year keeps its last ones
    const QList<BackupEntry> all = entries();
    QList<QDateTime> times;
    for (const BackupEntry &entry : all)
        times.append(entry.takenAt);
    const QList<qsizetype> kept = backupsToKeep(times);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!kept.contains(i))
            QFile::remove(all.at(i).path);
    }
}

bool verifyBackup(const QString &path, QString *error)
{
    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(path, PlanOpenMode::ReadOnly, &result);
    if (!plan) {
        if (error)
            *error = result.message;
        return false;
    }
    QString why;
    const QVariant verdict = sql::scalar(plan->connection(), QStringLiteral("PRAGMA integrity_check(1)"), {}, &why);
    if (verdict.toString() != u"ok") {
        if (error)
            *error = BackupText::tr("it is damaged (%1)").arg(verdict.isValid() ? verdict.toString() : why);
        return false;
    }
    return true;
}

bool restoreInto(QSqlDatabase &target, const QString &backupPath, QString *error)
{
    const QString name = nextConnectionName();
    bool restored = false;
    {
        QSqlDatabase backup = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Immutable when nothing is beside it: reading a backup never leaves -wal or -shm files there.
        const bool alone = !QFileInfo::exists(backupPath + QStringLiteral("-wal"));
        backup.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(backupPath).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + (alone ? QStringLiteral("?mode=ro&immutable=1") : QStringLiteral("?mode=ro")));
        backup.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        QString why;
        if (!backup.open())
            why = backup.lastError().text();
        else
            restored = copyPlanInto(backup, target, &why); // inside SQLite's own transaction on the plan
        if (!restored && error)
            *error = ioFailureMessage(backupPath, sql::lastSystemError(target), why);
        backup.close();
    }
    QSqlDatabase::removeDatabase(name);
    return restored;
}

QString replaceDamagedPlan(const QString &planPath, const QString &backupPath, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    PlanLockFailure failure;
    const std::unique_ptr<PlanLock> lock = PlanLock::acquire(planPath, &failure);
    if (!lock) {
        why = failure.inUse ? BackupText::tr("the plan is open in another Keyplan; close it there first")
                            : ioFailureMessage(planPath, failure.systemError, BackupText::tr("the plan could not be locked"));
        return {};
    }
    QString damaged = planPath + QStringLiteral(".damaged");
    for (int n = 2; QFileInfo::exists(damaged) || QFileInfo::exists(damaged + QStringLiteral("-wal")); ++n)
        damaged = planPath + QStringLiteral(".damaged-%1").arg(n);
    // The copy first, beside the plan: the damaged file moves only once its replacement is ready.
    const QString folder = QFileInfo(planPath).absolutePath();
    QTemporaryFile copy(folder + QStringLiteral("/.keyplan-restore-XXXXXX"));
    QFile source(backupPath);
    if (!copy.open() || !source.open(QIODevice::ReadOnly)) {
        why = ioFailureMessage(planPath, errno, BackupText::tr("the backup could not be copied beside the plan"));
        return {};
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size()) {
            why = ioFailureMessage(planPath, errno, BackupText::tr("the backup could not be copied beside the plan"));
            return {};
        }
    }
    if (!copy.flush() || ::fsync(copy.handle()) != 0) {
        why = ioFailureMessage(planPath, errno, BackupText::tr("the backup could not be copied beside the plan"));
        return {};
    }
    copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        if (QFileInfo::exists(planPath + suffix) && !QFile::rename(planPath + suffix, damaged + suffix)) {
            why = BackupText::tr("the damaged plan could not be moved aside to %1").arg(QDir::toNativeSeparators(damaged));
            return {};
        }
    }
    if (!copy.rename(planPath)) {
        why = BackupText::tr("the backup could not be put in place; the damaged plan is at %1")
                  .arg(QDir::toNativeSeparators(damaged));
        return {};
    }
    copy.setAutoRemove(false);
    syncFolder(folder);
    return damaged;
}

} // namespace keyplan
