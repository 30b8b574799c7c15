#pragma once

#include "domain/stagechange.h"

#include "item/syncedtablemodel.h"
#include <QList>

namespace keyplan {

class PlanDocument;

// The dated Millman–Wilson stage history of one account, newest first. Date and reason can be
// corrected in place (undoable); new changes come from AccountEditing::changeStage().
class StageHistoryModel final : public SyncedTableModel
{
    Q_OBJECT

public:
    enum Column { Date, From, To, Reason, ColumnCount };
    Q_ENUM(Column)

    explicit StageHistoryModel(PlanDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StageHistoryModel)

    void setAccount(AccountId id);
    AccountId account() const { return m_accountId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();

    PlanDocument *m_document;
    AccountId m_accountId = 0;
    QList<StageChange> m_changes; // newest first
};

} // namespace keyplan
