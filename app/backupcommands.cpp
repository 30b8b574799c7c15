#include "backupcommands.h"

#include "commandline.h"
#include "commandlineparser.h"
#include "storage/backupfolder.h"
#include "storage/planbackup.h"
#include "storage/plandatabase.h"
#include "storage/planlock.h"
#include "storage/serverlocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>

#include <cerrno>

#include <cstdio>
#include <sys/stat.h>

namespace keyplan::cli {
namespace {

class BackupCommandText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

bool sameFile(const QString &a, const QString &b)
{
    struct stat first {};
    struct stat second {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0
        && ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev
        && first.st_ino == second.st_ino;
}

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes);
}

} // namespace

int runBackup(const QStringList &words)
{
    const Parsed parsed = parse(words, {QStringLiteral("replace")}, {QStringLiteral("output")});
    const bool replace = parsed.options.contains(QStringLiteral("replace"));
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1)
        return usageError(BackupCommandText::tr("backup takes one plan file"));
    const QString planPath = parsed.positional.constFirst();
    if (ServerLocation::isServerUrl(planPath))
        return refused(BackupCommandText::tr("a team plan is backed up by its server (pg_dump), or copied to a plan "
                                             "file with: keyplan copy %1 FILE")
                           .arg(planPath));
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(planPath, PlanOpenMode::ReadOnly, &result);
    if (!plan)
        return refused(result.message);
    QSqlDatabase db = plan->connection();
    const QString output = parsed.options.value(QStringLiteral("output"));
    if (parsed.options.contains(QStringLiteral("output")) && output.isEmpty())
        return usageError(BackupCommandText::tr("-o needs a file name"));
    if (output.isEmpty()) {
        const BackupOutcome outcome = BackupFolder(planPath).take(db, BackupReason::Manual);
        if (!outcome.ok)
            return refused(BackupCommandText::tr("the backup could not be written: %1").arg(outcome.error));
        out() << terminalSafe(outcome.kept
                       ? BackupCommandText::tr("%1: backed up to %2 (%3)")
                             .arg(planPath, QDir::toNativeSeparators(outcome.entry.path), sizeText(outcome.entry.size))
                       : BackupCommandText::tr("%1: unchanged since its backup %2")
                             .arg(planPath, QDir::toNativeSeparators(outcome.entry.path)))
              << '\n'
              << Qt::flush;
        return Done;
    }
    if (QFileInfo::exists(output) && sameFile(output, planPath))
        return refused(BackupCommandText::tr("%1 is the plan itself; choose another file.").arg(output));
    const QFileInfo target(output);
    if (target.exists() || target.isSymLink()) {
        // Never through a link, never onto a device or a pipe, never over a plan a window writes.
        if (target.isSymLink() || !target.isFile())
            return refused(BackupCommandText::tr("%1 is not a regular file; choose another name.").arg(output));
        if (!replace)
            return refused(BackupCommandText::tr("%1 already exists; add --replace to replace it.").arg(output));
        if (PlanLock::isOpenInThisProcess(output))
            return refused(BackupCommandText::tr("%1 is open in Keyplan; close it first.").arg(output));
        PlanLockFailure failure;
        const std::unique_ptr<PlanLock> inUse = PlanLock::acquire(output, &failure);
        if (!inUse && failure.inUse)
            return refused(BackupCommandText::tr("%1 is a plan open in another Keyplan; close it there first.").arg(output));
    }
    // Written and checked under a temporary name beside the target, which it replaces only then.
    QTemporaryFile reserve(target.absolutePath() + QStringLiteral("/.keyplan-backup-XXXXXX"));
    if (!reserve.open())
        return refused(ioFailureMessage(output, errno,
            BackupCommandText::tr("cannot write in %1: %2").arg(target.absolutePath(), reserve.errorString())));
    const QString temporary = reserve.fileName();
    reserve.close();
    QString error;
    if (!backupPlan(db, temporary, &error) || !verifyBackup(temporary, &error)) {
        QFile::remove(temporary);
        return refused(ioFailureMessage(output, errno, BackupCommandText::tr("the backup could not be written: %1").arg(error)));
    }
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    if (replace ? std::rename(from.constData(), to.constData()) != 0 : !QFile::rename(temporary, output)) {
        QFile::remove(temporary);
        return refused(BackupCommandText::tr("%1 could not be written (it appeared meanwhile?)").arg(output));
    }
    reserve.setAutoRemove(false);
    out() << terminalSafe(BackupCommandText::tr("%1: backed up to %2 (%3)")
                              .arg(planPath, output, sizeText(QFileInfo(output).size())))
          << '\n'
          << Qt::flush;
    return Done;
}

int runRestore(const QStringList &words)
{
    const Parsed parsed = parse(words, {}, {QStringLiteral("from")});
    if (!parsed.error.isEmpty())
        return usageError(parsed.error);
    if (parsed.positional.size() != 1 || !parsed.options.contains(QStringLiteral("from")))
        return usageError(BackupCommandText::tr("restore takes one plan file and --from FILE"));
    const QString planPath = parsed.positional.constFirst();
    if (ServerLocation::isServerUrl(planPath))
        return refused(BackupCommandText::tr("a team plan is restored with its server's tools (pg_restore); a plan "
                                             "file goes onto a new team plan with: keyplan copy FILE URL"));
    const QString from = parsed.options.value(QStringLiteral("from"));
    QString error;
    if (!verifyBackup(from, &error))
        return refused(BackupCommandText::tr("%1 cannot be restored: %2").arg(from, error));
    if (QFileInfo::exists(planPath) && sameFile(planPath, from))
        return refused(BackupCommandText::tr("%1 is the plan itself; nothing to restore.").arg(from));

    PlanOpenResult result;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(planPath, PlanOpenMode::ReadWrite, &result);
    if (plan) {
        // The plan as it is now becomes a backup first, so the restore can itself be undone.
        QSqlDatabase db = plan->connection();
        const BackupOutcome kept = BackupFolder(planPath).take(db, BackupReason::BeforeRestore);
        if (!kept.ok)
            return refused(BackupCommandText::tr("the plan as it is now could not be backed up first, so nothing "
                                                 "was restored: %1")
                               .arg(kept.error));
        if (!restoreInto(db, from, &error))
            return refused(BackupCommandText::tr("the backup could not be restored (%1); the plan is unchanged").arg(error));
        db = QSqlDatabase();
        if (!plan->close(&error))
            return refused(BackupCommandText::tr("the plan was restored, but closing it said: %1").arg(error));
        out() << terminalSafe(BackupCommandText::tr("%1: restored from %2; the plan as it was is kept at %3")
                                  .arg(planPath, from, QDir::toNativeSeparators(kept.entry.path)))
              << '\n'
              << Qt::flush;
        return Done;
    }
    switch (result.error) {
    case PlanOpenError::Damaged:
    case PlanOpenError::ForeignSchema:
    case PlanOpenError::NotSqlite:
    case PlanOpenError::Empty: {
        const QString damaged = replaceDamagedPlan(planPath, from, &error);
        if (damaged.isEmpty())
            return refused(error);
        out() << terminalSafe(BackupCommandText::tr("%1: restored from %2; the damaged plan is kept at %3")
                                  .arg(planPath, from, QDir::toNativeSeparators(damaged)))
              << '\n'
              << Qt::flush;
        return Done;
    }
    case PlanOpenError::Missing: {
        // A copy under a temporary name beside the plan, renamed into place when complete.
        QTemporaryFile copy(QFileInfo(planPath).absolutePath() + QStringLiteral("/.keyplan-restore-XXXXXX"));
        QFile source(from);
        if (!copy.open() || !source.open(QIODevice::ReadOnly) || copy.write(source.readAll()) != source.size()
            || !copy.flush() || !copy.rename(planPath))
            return refused(ioFailureMessage(planPath, errno, BackupCommandText::tr("%1 could not be written").arg(planPath)));
        copy.setAutoRemove(false);
        copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out() << terminalSafe(BackupCommandText::tr("%1: restored from %2").arg(planPath, from)) << '\n' << Qt::flush;
        return Done;
    }
    default:
        return refused(result.message);
    }
}

} // namespace keyplan::cli
