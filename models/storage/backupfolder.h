#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

namespace keyplan {

// Why a backup was taken; part of its file name.
enum class BackupReason { Automatic, BeforeUpgrade, BeforeImport, BeforeRestore, Manual };

struct BackupEntry
{
    QString path;
    QDateTime takenAt; // UTC, from the file name
    BackupReason reason = BackupReason::Automatic;
    qint64 size = 0;
};

struct BackupOutcome
{
    bool ok = false;
    bool kept = false; // false when the plan was unchanged since the newest backup
    BackupEntry entry; // the new backup, or the newest one it matched
    QString error; // translated, when not ok
};

// The backups of one plan: "backups/NAME-HASH/20261201T221530.250Z-automatic.keyplan", in the user's
// data folder (readable by the user only). Each backup is written with SQLite's backup API, so it
// is consistent while the plan is being written; it is opened and checked before it counts; and
// one identical to the newest backup is not kept. Old backups are thinned to the newest few, one a
// day for 12 days, one a week for 8 weeks and one a month for 12 months.
class BackupFolder
{
public:
    explicit BackupFolder(const QString &planPath, const QString &root = defaultRoot());

    // "~/.local/share/Keyplan/Keyplan/backups", or $KEYPLAN_BACKUP_DIR when set (tests, scripts).
    static QString defaultRoot();
    QString path() const { return m_path; }

    // Newest first.
    QList<BackupEntry> entries() const;

    // Backs up the plan open on `source` (any connection that can read it).
    BackupOutcome take(QSqlDatabase &source, BackupReason reason, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Opens the plan file read-only on a connection of this thread, then backs it up: for a worker
    // thread or a command, beside a writer that keeps the plan open.
    BackupOutcome takeFromFile(const QString &planFile, BackupReason reason,
        const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Removes what the rotation no longer keeps.
    void prune(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    QString m_path;
};

QString displayName(BackupReason reason);

// The rotation: given when the backups were taken (newest first), the indexes of those to keep.
// `timeZone` decides where a day begins.
QList<qsizetype> backupsToKeep(
    const QList<QDateTime> &newestFirst, const QTimeZone &timeZone = QTimeZone::systemTimeZone());

// Opens a file that claims to be a backup and checks it as a plan to restore: a Keyplan plan of
// this or an older format, passing integrity_check and the schema comparison. False, with why.
bool verifyBackup(const QString &path, QString *error);

// Replaces the content of the open plan `target` with the backup at `backupPath`, through the
// backup API inside SQLite's own transaction: the plan keeps its file, its lock and its -wal.
bool restoreInto(QSqlDatabase &target, const QString &backupPath, QString *error);

// For a plan that cannot be opened: moves it aside as "NAME.damaged" (with its -wal and -shm,
// never deleted), then puts a copy of the backup in its place. Returns the damaged file's new
// path, or nothing with why.
QString replaceDamagedPlan(const QString &planPath, const QString &backupPath, QString *error);

} // namespace keyplan
