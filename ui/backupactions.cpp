#include "ui/backupactions.h"

#include "item/backuplistmodel.h"
#include "item/plandocument.h"
#include "storage/backupfolder.h"
#include "storage/plandatabase.h"
#include "ui/messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace keyplan {
namespace {

class BackupActionsText
{
    Q_DECLARE_TR_FUNCTIONS(BackupActions)
};

} // namespace

bool restoreOpenPlan(PlanDocument &document, const QString &backupPath, QString *keptAt, QString *error)
{
    if (document.isReadOnly()) {
        *error = BackupActionsText::tr("The plan is open read-only.");
        return false;
    }
    QString why;
    if (!verifyBackup(backupPath, &why)) {
        *error = BackupActionsText::tr("This backup cannot be restored: %1").arg(why);
        return false;
    }
    QSqlDatabase db = document.database().connection();
    const BackupOutcome kept = BackupFolder(document.database().path()).take(db, BackupReason::BeforeRestore);
    if (!kept.ok) {
        *error = BackupActionsText::tr("The plan as it is now could not be backed up first, so nothing was "
                                       "restored: %1")
                     .arg(kept.error);
        return false;
    }
    if (!restoreInto(db, backupPath, &why)) {
        *error = BackupActionsText::tr("The backup could not be restored (%1). The plan is unchanged.").arg(why);
        return false;
    }
    *keptAt = kept.entry.path;
    return true;
}

BackupOffer offerNewestGoodBackup(QWidget *parent, const QString &planPath, const QString &why)
{
    const QList<BackupEntry> entries = BackupFolder(planPath).entries();
    for (const BackupEntry &entry : entries) {
        QString problem;
        if (!verifyBackup(entry.path, &problem))
            continue;
        const BackupListModel::Row row = BackupListModel::readRow(entry);
        const QString when = QLocale().toString(entry.takenAt.toLocalTime(), QLocale::LongFormat);
        QMessageBox question(QMessageBox::Warning, BackupActionsText::tr("Cannot Open Plan"),
            BackupActionsText::tr("%1\n\n%2").arg(QDir::toNativeSeparators(planPath), why), QMessageBox::Cancel, parent);
        question.setTextFormat(Qt::PlainText);
        question.setInformativeText(
            BackupActionsText::tr("Keyplan has a good backup of this plan from %1 (%2 accounts, %3 key accounts). "
                                  "Restore it? The damaged file is kept beside it as %4.")
                .arg(when)
                .arg(row.accounts)
                .arg(row.keyAccounts)
                .arg(QFileInfo(planPath).fileName() + QStringLiteral(".damaged")));
        QPushButton *restore = question.addButton(BackupActionsText::tr("Restore the Backup"), QMessageBox::AcceptRole);
        question.exec();
        if (question.clickedButton() != restore)
            return BackupOffer::Declined;
        QString error;
        if (replaceDamagedPlan(planPath, entry.path, &error).isEmpty()) {
            showWarning(parent, BackupActionsText::tr("Restore the Backup"), error);
            return BackupOffer::Declined;
        }
        return BackupOffer::Restored;
    }
    return BackupOffer::NoGoodBackup;
}

} // namespace keyplan
