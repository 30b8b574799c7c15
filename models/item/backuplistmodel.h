#pragma once

#include "domain/money.h"
#include "storage/backupfolder.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace keyplan {

// The backups of one plan, newest first, with what a user recognises a backup by: when it was
// taken and why, its size, and its key figures (accounts, key accounts, their ARR). A backup that
// cannot be read says so in its row instead of showing figures.
class BackupListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Taken, Reason, Size, Accounts, KeyAccounts, KeyArr, ColumnCount };
    Q_ENUM(Column)

    struct Row
    {
        BackupEntry entry;
        bool readable = false;
        QString problem; // why it cannot be restored, when not readable
        int accounts = 0;
        int keyAccounts = 0;
        std::optional<MinorUnits> keyArr; // nothing when the key accounts' currencies differ
        QString currency;
    };

    explicit BackupListModel(const QString &planPath, const QString &root = BackupFolder::defaultRoot(),
        QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(BackupListModel)

    // Reads the folder again (after a backup or a restore).
    void reload();
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The figures of one backup file, as the list shows them.
    static Row readRow(const BackupEntry &entry);

private:
    QString m_planPath;
    QString m_root;
    QList<Row> m_rows;
};

} // namespace keyplan
