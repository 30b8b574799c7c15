#include "ui/restorebackupdialog.h"
#include "ui/keyboardaccess.h"

#include "item/backuplistmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace keyplan {

RestoreBackupDialog::RestoreBackupDialog(const QString &planPath, QWidget *parent)
    : QDialog(parent)
    , m_model(new BackupListModel(planPath, BackupFolder::defaultRoot(), this))
    , m_table(new QTableView(this))
    , m_intro(new QLabel(this))
{
    setWindowTitle(tr("Restore from Backup"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->setText(m_model->rowCount() > 0
            ? tr("Keyplan backs up this plan automatically while you work. Restoring a backup keeps the plan as "
                 "it is now as a backup too, so you can come back to it.")
            : tr("This plan has no backups yet. Keyplan makes one within half an hour of your first edit, and "
                 "before every upgrade, import and restore."));
    m_table->setModel(m_model);
    prepareItemView(m_table, tr("Backups"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RestoreBackupDialog::updateButton);
    connect(m_table, &QTableView::doubleClicked, this, &RestoreBackupDialog::confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButton();
    resize(760, 420);
}

void RestoreBackupDialog::updateButton()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_restore->setEnabled(!rows.isEmpty() && m_model->row(rows.constFirst().row()).readable);
}

void RestoreBackupDialog::confirm()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_model->row(rows.constFirst().row()).readable)
        return;
    const BackupListModel::Row &row = m_model->row(rows.constFirst().row());
    QMessageBox question(QMessageBox::Question, tr("Restore from Backup"),
        tr("Replace the plan with the backup of %1?")
            .arg(QLocale().toString(row.entry.takenAt.toLocalTime(), QLocale::LongFormat)),
        QMessageBox::Cancel, this);
    question.setTextFormat(Qt::PlainText);
    question.setInformativeText(tr("The plan as it is now is kept as a backup first: to undo the restore, "
                                   "restore that backup."));
    QPushButton *restore = question.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    question.exec();
    if (question.clickedButton() != restore)
        return;
    m_chosen = row.entry.path;
    accept();
}

} // namespace keyplan
