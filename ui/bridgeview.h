#pragma once

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QTableView;

namespace keyplan {

class BridgeChart;
class BridgeTableModel;
class DeferredRefresh;
class PlanDocument;
class PortfolioModel;

// The portfolio's ARR bridge over the window's period, for the accounts the table shows (its
// filter is the scope): a table of start, new, expansion, contraction, churn, reactivation and
// end for the whole scope or by segment, tier or owner, and the waterfall of the chosen row.
class BridgeView final : public QWidget
{
    Q_OBJECT

public:
    explicit BridgeView(QWidget *parent = nullptr);

    // `view`: the filtered model the portfolio table shows; the bridge covers its rows.
    void setSource(PlanDocument *document, PortfolioModel *model, QAbstractItemModel *view);
    QComboBox *groupingCombo() const { return m_grouping; }
    QTableView *table() const { return m_table; }
    BridgeTableModel *model() const { return m_model; }
    BridgeChart *chart() const { return m_chart; }
    QLabel *scopeLabel() const { return m_scope; }
    void refresh();

private:
    void showRow(int row);

    PlanDocument *m_document = nullptr;
    PortfolioModel *m_source = nullptr;
    QAbstractItemModel *m_view = nullptr;
    QLabel *m_scope;
    QComboBox *m_grouping;
    QTableView *m_table;
    BridgeTableModel *m_model;
    BridgeChart *m_chart;
    DeferredRefresh *m_deferred;
};

} // namespace keyplan
