#pragma once

#include "domain/account.h"
#include "domain/coverage.h"
#include "domain/portfoliofigures.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace keyplan {

class PlanDocument;

// The portfolio: one row per account of the plan, with its retention over the document's period.
// Edits go through setData(), which pushes undo commands; the model then follows the document's
// change signals, so undo, redo and every other view stay in step.
class PortfolioModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Key, Segment, Tier, Stage, Owner, Arr, RenewalDate, Nrr, Grr, Coverage, ColumnCount };
    Q_ENUM(Column)

    explicit PortfolioModel(PlanDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PortfolioModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowOf(AccountId id) const;
    AccountId accountIdAt(int row) const;

    // The figures in the portfolio header, over every account of the plan.
    PortfolioSummary summary() const;
    QList<AccountRevenue> revenues() const;

    // Re-reads every account and revenue figure from the plan.
    void reload();

Q_SIGNALS:
    void summaryChanged();

private:
    struct Row
    {
        Account account;
        MinorUnits startRevenue = 0;
        MinorUnits endRevenue = 0;
        std::optional<double> nrr;
        std::optional<double> grr;
        QString searchText; // case-folded name, owner, industry and region, for the filter box
        keyplan::Coverage coverage;
    };

    void computeRetention(
        Row &row, const QHash<AccountId, MinorUnits> &start, const QHash<AccountId, MinorUnits> &end) const;
    void refreshAccount(AccountId id);
    void insertAccount(AccountId id);
    void removeAccount(AccountId id);
    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;
    void updateSearchText(Row &row) const;
    QString coverageToolTip(const Row &row) const;

    PlanDocument *m_document;
    QList<Row> m_rows;
    CoverageSettings m_coverageSettings;
};

} // namespace keyplan
