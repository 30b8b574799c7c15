// MainWindow's File menu: a new plan, opening one, connecting to a team plan, saving a copy and
// restoring a backup. (Opening itself, and closing, are in mainwindow.cpp with the rest of a
// plan's life in the window.)
#include "ui/mainwindow.h"

#include "item/autobackup.h"
#include "item/plandocument.h"
#include "item/planfiles.h"
#include "ui/accounteditor.h"
#include "ui/backupactions.h"
#include "ui/messages.h"
#include "ui/plansettingsdialog.h"
#include "ui/restorebackupdialog.h"
#include "ui/settings.h"
#include "ui/teamconnectdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>

namespace keyplan {
namespace {

QString planFilter()
{
    return MainWindow::tr("Keyplan plans (*.keyplan);;All files (*)");
}

} // namespace

QString MainWindow::dialogFolder() const
{
    const QString folder = settings::lastFolder.get();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

void MainWindow::newPlan()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Plan"), dialogFolder() + QStringLiteral("/plan.keyplan"), planFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".keyplan");
    if (QFileInfo::exists(path)) {
        // The dialog asked to replace it; a plan is never deleted behind the user's back, so refuse.
        showWarning(this, tr("New Plan"),
            tr("%1 already exists. Choose another name, or open it instead.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!PlanFiles::createEmpty(path, &error)) {
        showWarning(this, tr("New Plan"), error);
        return;
    }
    openPlan(path);
    // A new plan starts with its reporting currency and fiscal year, before any figure is shown.
    if (m_document && m_document->accounts().isEmpty())
        PlanSettingsDialog::edit(m_document.get(), this);
}

void MainWindow::openPlanDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), dialogFolder(), planFilter());
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::connectToTeamPlan()
{
    TeamConnectDialog dialog(settings::lastTeamPlan.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings::lastTeamPlan.set(dialog.url());
    openPlan(dialog.url());
}

void MainWindow::saveCopyAs()
{
    if (!m_document)
        return;
    m_editor->flushPendingEdits();
    const QString suggested = dialogFolder() + QLatin1Char('/') + m_document->database().displayName() + tr(" (copy)")
        + QStringLiteral(".keyplan");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), suggested, planFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_document->database().path()).absoluteFilePath()) {
        showWarning(this, tr("Save a Copy As"), tr("Choose another file: this is the open plan itself."));
        return;
    }
    QString error;
    if (!PlanFiles::saveCopy(*m_document, path, &error)) {
        showWarning(this, tr("Save a Copy As"), tr("The copy could not be written: %1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::restoreFromBackup()
{
    if (!m_document || m_document->isReadOnly())
        return;
    m_editor->flushPendingEdits();
    const QString path = m_document->database().path();
    RestoreBackupDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_autoBackup)
        m_autoBackup->waitForIdle();
    QString keptAt;
    QString error;
    if (!PlanFiles::restoreFromBackup(*m_document, dialog.chosenBackup(), &keptAt, &error)) {
        showWarning(this, tr("Restore from Backup"), error);
        return;
    }
    // Every view reads the restored plan afresh; the undo history belonged to the plan replaced.
    closePlan();
    openPlan(path);
    statusBar()->showMessage(tr("Restored. The plan as it was is kept as a backup: File > Restore from Backup… "
                                "brings it back."),
        20000);
}

} // namespace keyplan
