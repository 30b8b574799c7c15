#pragma once

#include "domain/qbr.h"
#include "item/accountrowsmodel.h"

#include <QList>

namespace keyplan {

// The risks of one account, open ones first (the highest severity first), then closed ones:
// title, severity, status, the remediation plan, our owner and the due date (overdue in red).
class RiskModel final : public AccountRowsModel
{
    Q_OBJECT

public:
    enum Column { Title, Severity, Status, Remediation, Owner, Due, ColumnCount };
    Q_ENUM(Column)

    explicit RiskModel(PlanDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RiskModel)

    const Risk &risk(int row) const { return m_rows.at(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void readRows(AccountId id) override;
    int rows() const override { return int(m_rows.size()); }

    QList<Risk> m_rows;
};

} // namespace keyplan
