#include "storage/newplanfile.h"
#include "storage/serverlocation.h"
#include "storage/sqldialect.h"

#include "storage/plandatabase.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace keyplan {
namespace {

// Gives lupdate and the translator the same context for this file's free functions.
class NewPlanText
{
    Q_DECLARE_TR_FUNCTIONS(NewPlan)
};

} // namespace

bool makePrivateFolder(const QString &folder)
{
    // Every folder this call makes is the user's only, not just the last one.
    QStringList made;
    for (QString path = QFileInfo(folder).absoluteFilePath(); !QFileInfo::exists(path);
         path = QFileInfo(path).absolutePath()) {
        made.prepend(path);
        if (QFileInfo(path).absolutePath() == path)
            break;
    }
    if (!QDir().mkpath(folder))
        return false;
    const auto privately = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    for (const QString &path : std::as_const(made))
        QFile::setPermissions(path, privately);
    return QFile::setPermissions(folder, privately);
}

bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

bool writeNewPlan(const QString &target, const std::function<bool(PlanDatabase &plan, QString *error)> &fill,
    QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (ServerLocation::isServerUrl(target)) {
        // A team plan: made in its (empty) database, and its tables dropped again when the
        // content cannot go in, so that a failure leaves the database as empty as it was.
        PlanOpenResult result;
        std::unique_ptr<PlanDatabase> plan = PlanDatabase::create(target, &result);
        if (!plan) {
            why = result.message;
            return false;
        }
        if (fill(*plan, &why))
            return true;
        const QSqlDatabase db = plan->connection();
        QStringList tables = sql::tableNames(db);
        tables.append(QStringLiteral("schema_version"));
        for (const QString &table : std::as_const(tables))
            sql::execute(db, QStringLiteral("DROP TABLE IF EXISTS \"%1\" CASCADE").arg(table));
        return false;
    }
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink()) {
        why = NewPlanText::tr("%1 already exists; Keyplan never overwrites a plan.")
                  .arg(QDir::toNativeSeparators(target));
        return false;
    }
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        why = NewPlanText::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder));
        return false;
    }

    QString temporaryPath;
    {
        QTemporaryFile reserve(folder + QStringLiteral("/.keyplan-new-XXXXXX"));
        if (!reserve.open()) {
            why = ioFailureMessage(target, errno,
                NewPlanText::tr("cannot write in %1: %2")
                    .arg(QDir::toNativeSeparators(folder), reserve.errorString()));
            return false;
        }
        temporaryPath = reserve.fileName();
    }
    // Only ever the temporary plan's own files, and only while nothing has them open: a plan that
    // never reached its name is abandoned whole.
    const auto abandon = [&temporaryPath](const QString &reason, QString *out) {
        for (const QString &suffix :
            {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
            QFile::remove(temporaryPath + suffix);
        *out = reason;
        return false;
    };

    {
        PlanOpenResult result;
        std::unique_ptr<PlanDatabase> plan = PlanDatabase::create(temporaryPath, &result);
        if (!plan)
            return abandon(result.message, &why);
        QString reason;
        if (!fill(*plan, &reason)) {
            // SQLite's own words ("database or disk is full") become the plain ones.
            const int systemError = sql::lastSystemError(plan->connection());
            plan.reset();
            return abandon(ioFailureMessage(target, systemError, reason), &why);
        }
        if (!plan->close(&reason)) {
            plan.reset();
            return abandon(reason, &why);
        }
    }
    {
        // Read back what reached the disk before it takes the user's name.
        PlanOpenResult result;
        std::unique_ptr<PlanDatabase> check = PlanDatabase::open(temporaryPath, PlanOpenMode::ReadOnly, &result);
        if (!check)
            return abandon(result.message, &why);
        QString reason;
        const QVariant verdict = sql::scalar(check->connection(), QStringLiteral("PRAGMA integrity_check(1)"), {}, &reason);
        if (verdict.toString() != u"ok") {
            check.reset();
            return abandon(NewPlanText::tr("the new plan did not pass its check (%1)")
                               .arg(verdict.isValid() ? verdict.toString() : reason),
                &why);
        }
    }
    // QFile::rename never replaces an existing file, so a plan that appeared meanwhile survives.
    QFile moved(temporaryPath);
    if (!moved.rename(target)) {
        const int systemError = errno;
        const QString reason = QFileInfo::exists(target)
            ? NewPlanText::tr("%1 appeared meanwhile; Keyplan never overwrites a plan.").arg(QDir::toNativeSeparators(target))
            : ioFailureMessage(target, systemError,
                NewPlanText::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(target), moved.errorString()));
        return abandon(reason, &why);
    }
    syncFolder(folder);
    return true;
}

} // namespace keyplan
