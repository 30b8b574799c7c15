#include "ui/backupactions.h"

#include "item/backuplistmodel.h"
#include "storage/backupfolder.h"
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
