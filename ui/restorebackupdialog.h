#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace keyplan {

class BackupListModel;

// File > Restore from Backup…: the open plan's backups, newest first, with their date, why they
// were taken, their size and key figures. Restore asks once more, then the window restores.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(const QString &planPath, QWidget *parent = nullptr);

    // The backup chosen, once accepted.
    QString chosenBackup() const { return m_chosen; }
    QTableView *table() const { return m_table; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    void updateButton();
    void confirm();

    BackupListModel *m_model;
    QTableView *m_table;
    QLabel *m_intro;
    QPushButton *m_restore;
    QString m_chosen;
};

} // namespace keyplan
