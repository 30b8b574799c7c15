#pragma once

#include "domain/whitespace.h"

#include "item/syncedtablemodel.h"
#include <QColor>
#include <QHash>
#include <QList>

namespace keyplan {

class PlanDocument;

// One account's whitespace matrix: offerings down, business units across, with a total column
// and a total row. A cell shows its money (sold revenue, open potential, or the amount of the
// opportunity it became) and its state; editing a cell's amount or state pushes an undo command.
class WhitespaceModel final : public SyncedTableModel
{
    Q_OBJECT

public:
    enum Role {
        CellStateRole = Qt::UserRole + 200,
        OfferingIdRole,
        BusinessUnitIdRole,
        IsTotalRole,
        OpportunityIdRole // in pipeline: the opportunity the cell became
    };

    explicit WhitespaceModel(PlanDocument *document, QObject *parent = nullptr);
    // The background of a cell in that state, which a legend shows too.
    static QColor stateColour(CellState state);
    Q_DISABLE_COPY_MOVE(WhitespaceModel)

    void setAccount(AccountId id);
    AccountId account() const { return m_accountId; }
    WhitespaceTotals totals() const { return m_totals; }
    QString currency() const { return m_currency; }
    std::optional<WhitespaceCell> cell(const QModelIndex &index) const;
    QString offeringName(int row) const { return m_offerings.value(row).name; }
    QString unitName(int column) const { return m_units.value(column).name; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole: a money amount (MinorUnits) for the cell's own figure; CellStateRole: a state key.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    bool isTotalRow(int row) const { return row == m_offerings.size(); }
    bool isTotalColumn(int column) const { return column == m_units.size(); }
    std::optional<WhitespaceCell> cellAt(int row, int column) const;
    MinorUnits amountOf(const WhitespaceCell &cell) const;

    PlanDocument *m_document;
    AccountId m_accountId = 0;
    QString m_currency;
    QList<Offering> m_offerings;
    QList<BusinessUnit> m_units;
    QHash<QPair<OfferingId, BusinessUnitId>, WhitespaceCell> m_cells;
    QHash<OpportunityId, MinorUnits> m_opportunityAmounts;
    WhitespaceTotals m_totals;
};

} // namespace keyplan
