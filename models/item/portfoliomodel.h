#pragma once

#include "domain/account.h"
#include "domain/coverage.h"
#include "domain/portfoliofigures.h"
#include "domain/revenuefigures.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace keyplan {

class PlanDocument;

// The portfolio: one row per account of the plan, with its ARR today and its retention over the
// document's period (in the account's own currency).
// Edits go through setData(), which pushes undo commands; the model then follows the document's
// change signals, so undo, redo and every other view stay in step.
class PortfolioModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Key, Segment, Tier, Stage, Owner, Arr, RenewalDate, Nrr, Grr, Coverage, Health, Flags, ColumnCount };
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

    // The revenue figures of the given rows (the rows a filter shows), or of every row: in the
    // plan's reporting currency, over the document's period.
    RevenueFigures revenueFigures(const QList<int> &rows) const;
    RevenueFigures revenueFigures() const;
    // This model's rows that `view` (this model, or a proxy over it) shows, in the view's order:
    // the scope of the figures a header or a chart computes for what the table shows.
    QList<int> rowsShownBy(const QAbstractItemModel *view) const;
    QString reportingCurrency() const { return m_reportingCurrency; }
    int fiscalYearStart() const { return m_fiscalYearStart; }

    // Re-reads every account and revenue figure from the plan.
    void reload();

Q_SIGNALS:
    void summaryChanged();

private:
    struct Row
    {
        Account account;
        QList<ArrChange> timeline; // oldest first
        ArrBridge bridge; // over the period, in the account's currency
        std::optional<double> nrr;
        std::optional<double> grr;
        QString searchText; // case-folded name, owner, industry and region, for the filter box
        keyplan::Coverage coverage;
    };

    void computeRetention(Row &row) const;
    RevenueInput inputOf(const Row &row) const;
    QString arrToolTip(const Row &row) const;
    void refreshAccount(AccountId id);
    void insertAccount(AccountId id);
    void removeAccount(AccountId id);
    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;
    void updateSearchText(Row &row) const;
    QString coverageToolTip(const Row &row) const;
    QString healthToolTip(const Row &row) const;
    QString flagsToolTip(const Row &row) const;
    QStringList flagsOf(const Row &row) const;

    PlanDocument *m_document;
    QList<Row> m_rows;
    CoverageSettings m_coverageSettings;
    QString m_reportingCurrency;
    int m_fiscalYearStart = 1;
    RateTable m_rates;
};

} // namespace keyplan
