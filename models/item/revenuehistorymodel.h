#pragma once

#include "domain/revenuesnapshot.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyplan {

class PlanDocument;

// The monthly recurring revenue of one account, newest month first. The revenue cell is
// editable (undoable); the change column compares each month with the one before.
class RevenueHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Month, Recurring, Change, ColumnCount };
    Q_ENUM(Column)

    explicit RevenueHistoryModel(PlanDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RevenueHistoryModel)

    void setAccount(AccountId id);
    AccountId account() const { return m_accountId; }
    // The month after the latest one recorded (or this month when there is none).
    QDate nextMonth() const;
    // Oldest first, for the revenue chart.
    QList<RevenueSnapshot> snapshots() const;

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
    QString m_currency;
    QList<RevenueSnapshot> m_snapshots; // newest first
};

} // namespace keyplan
