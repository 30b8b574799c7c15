#include "item/planfiles.h"

#include "domain/teammember.h"
#include "io/sampleportfolio.h"
#include "item/liverefresh.h"
#include "item/plandocument.h"
#include "storage/backupfolder.h"
#include "storage/newplanfile.h"
#include "storage/planbackup.h"
#include "storage/plancopy.h"
#include "storage/planinfostore.h"
#include "storage/serverlocation.h"
#include "storage/teamstore.h"

namespace keyplan {

std::unique_ptr<PlanDocument> PlanFiles::open(const QString &location, const QString &password, PlanOpenResult *result)
{
    QString address = location;
    if (!password.isEmpty() && ServerLocation::isServerUrl(location)) {
        std::optional<ServerLocation> where = ServerLocation::parse(location, nullptr);
        if (where) {
            where->password = password;
            address = where->connectionUrl();
        }
    }
    std::unique_ptr<PlanDatabase> database = PlanDatabase::open(address, PlanOpenMode::ReadWrite, result);
    if (!database)
        return nullptr;
    auto document = std::make_unique<PlanDocument>(std::move(database));
    // A team plan follows what others commit from before any view reads it: nothing committed
    // between the views' first read and the first notification is missed.
    LiveRefresh::of(document.get());
    return document;
}

bool PlanFiles::createEmpty(const QString &path, QString *error)
{
    return writeNewPlan(path, [](PlanDatabase &, QString *) { return true; }, error);
}

bool PlanFiles::createFirst(const QString &path, const Start &start, QString *error)
{
    return writeNewPlan(
        path,
        [&start](PlanDatabase &plan, QString *why) {
            PlanInfoStore info(plan.connection());
            if (!info.setValue(PlanInfoStore::nameKey, start.name, why)
                || !info.setValue(PlanInfoStore::currencyKey, start.currency, why)
                || !info.setValue(PlanInfoStore::fiscalYearStartKey, QString::number(start.fiscalYearStart), why))
                return false;
            if (start.ownerName.isEmpty())
                return true;
            TeamMember me;
            me.name = start.ownerName;
            return TeamStore(plan.connection()).insert(me, why).has_value();
        },
        error);
}

bool PlanFiles::createSample(const QString &path, QString *error)
{
    return writeNewPlan(
        path, [](PlanDatabase &plan, QString *why) { return writeSamplePortfolio(plan, SampleOptions {}, why); }, error);
}

bool PlanFiles::saveCopy(const PlanDocument &document, const QString &path, QString *error)
{
    QSqlDatabase db = document.database().connection();
    if (document.database().isServer())
        return writeNewPlan(
            path, [&db](PlanDatabase &plan, QString *why) { return copyPlan(db, plan.connection(), nullptr, why); }, error);
    return backupPlan(db, path, error);
}

bool PlanFiles::restoreFromBackup(PlanDocument &document, const QString &backupPath, QString *keptAt, QString *error)
{
    if (document.isReadOnly() || document.database().isServer()) {
        *error = document.isReadOnly() ? tr("The plan is open read-only.")
                                       : tr("A team plan is restored with its server's own tools.");
        return false;
    }
    QString why;
    if (!verifyBackup(backupPath, &why)) {
        *error = tr("This backup cannot be restored: %1").arg(why);
        return false;
    }
    QSqlDatabase db = document.database().connection();
    const BackupOutcome kept = BackupFolder(document.database().path()).take(db, BackupReason::BeforeRestore);
    if (!kept.ok) {
        *error = tr("The plan as it is now could not be backed up first, so nothing was restored: %1").arg(kept.error);
        return false;
    }
    if (!restoreInto(db, backupPath, &why)) {
        *error = tr("The backup could not be restored (%1). The plan is unchanged.").arg(why);
        return false;
    }
    *keptAt = kept.entry.path;
    return true;
}

bool PlanFiles::exportTo(const PlanDocument &document, ExportFormat format, const QString &path, ExportResult *result,
    QString *error)
{
    return exportPlan(document.database().connection(), format, path,
        QDateTime(document.asOf(), QTime::currentTime()).toUTC(), result, error);
}

std::optional<PortfolioReport> PlanFiles::report(const PlanDocument &document, const ReportOptions &options, QString *error)
{
    return buildPortfolioReport(document.database().connection(), options, error);
}

} // namespace keyplan
