#pragma once

#include "domain/qbr.h"
#include "item/accountrowsmodel.h"

#include <QList>

namespace keyplan {

// The agreed next steps of one account, open ones by due date, then done ones: a box to tick
// when done (undoable), the action, its owner (either side) and the due date (overdue in red).
class NextStepModel final : public AccountRowsModel
{
    Q_OBJECT

public:
    enum Column { Done, Action, Owner, Due, ColumnCount };
    Q_ENUM(Column)

    explicit NextStepModel(PlanDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NextStepModel)

    const NextStep &step(int row) const { return m_rows.at(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void readRows(AccountId id) override;
    int rows() const override { return int(m_rows.size()); }

    QList<NextStep> m_rows;
};

} // namespace keyplan
