#include "storage/planbackup.h"

#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cstdio>

namespace keyplan {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class PlanBackupText
{
    Q_DECLARE_TR_FUNCTIONS(PlanBackup)
};

} // namespace

bool backupPlan(QSqlDatabase &source, const QString &targetPath, QString *error)
{
    sqlite3 *from = sql::sqliteHandle(source);
    if (!from) {
        if (error)
            *error = PlanBackupText::tr("the plan is not an open SQLite database");
        return false;
    }
    const QFileInfo target(targetPath);
    if (target.isDir()) {
        if (error)
            *error = PlanBackupText::tr("%1 is a folder").arg(targetPath);
        return false;
    }
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.keyplan-copy-XXXXXX"));
    if (!temporary.open()) {
        if (error)
            *error = temporary.errorString();
        return false;
    }
    temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    temporary.close();

    sqlite3 *to = nullptr;
    const QByteArray name = QFile::encodeName(temporary.fileName());
    int rc = sqlite3_open_v2(name.constData(), &to, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, -1);
            } while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(to);
        }
        // A copy is a closed file on its own: keep it out of WAL so it travels as one file.
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(to, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    const QString message = to ? QString::fromUtf8(sqlite3_errmsg(to)) : PlanBackupText::tr("out of memory");
    sqlite3_close(to);
    if (rc != SQLITE_OK) {
        if (error)
            *error = message;
        return false;
    }
    // rename(2) replaces an existing target atomically: the old copy or the new one, never half.
    if (std::rename(name.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        if (error)
            *error = PlanBackupText::tr("the copy could not be moved to %1").arg(targetPath);
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

bool copyPlanInto(QSqlDatabase &source, QSqlDatabase &target, QString *error)
{
    sqlite3 *from = sql::sqliteHandle(source);
    sqlite3 *to = sql::sqliteHandle(target);
    if (!from || !to) {
        if (error)
            *error = PlanBackupText::tr("the plan is not an open SQLite database");
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    int rc = SQLITE_OK;
    if (backup) {
        do {
            rc = sqlite3_backup_step(backup, -1);
        } while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    } else {
        rc = sqlite3_errcode(to);
    }
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    return true;
}

} // namespace keyplan
