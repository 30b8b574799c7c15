#pragma once

#include "domain/qbr.h"
#include "item/accountrowsmodel.h"

#include <QList>

namespace keyplan {

// The value delivered to one account in the customer's terms, newest first: metric, before,
// after, the change, the day and a note. Edited through dialogs (PlanDocument's undoable edits).
class ValueOutcomeModel final : public AccountRowsModel
{
    Q_OBJECT

public:
    enum Column { Achieved, Metric, Before, After, Change, Note, ColumnCount };
    Q_ENUM(Column)

    explicit ValueOutcomeModel(PlanDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ValueOutcomeModel)

    const ValueOutcome &outcome(int row) const { return m_rows.at(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void readRows(AccountId id) override;
    int rows() const override { return int(m_rows.size()); }

    QList<ValueOutcome> m_rows;
};

// "£41,000 a month", "6.5%", "38 hours a week": a measure in its unit, a currency symbol first.
QString formatMeasure(double value, const QString &unit, const QLocale &locale = QLocale());

} // namespace keyplan
