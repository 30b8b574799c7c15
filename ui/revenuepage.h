#pragma once

#include "domain/account.h"

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QPushButton;
class QTableView;

namespace keyplan {

class PlanDocument;
class RevenueHistoryModel;

// Monthly recurring revenue of the account: a chart of the trend over the editable table.
class RevenuePage final : public QWidget
{
    Q_OBJECT

public:
    explicit RevenuePage(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document, RevenueHistoryModel *model);
    void setAccount(AccountId id);

    QTableView *table() const { return m_table; }
    QPushButton *addMonthButton() const { return m_addMonth; }
    QChart *chart() const { return m_chart; }

private:
    void rebuildChart();
    void addMonth();
    void removeMonth();

    PlanDocument *m_document = nullptr;
    RevenueHistoryModel *m_model = nullptr;
    AccountId m_accountId = 0;
    QChart *m_chart;
    QChartView *m_chartView;
    QTableView *m_table;
    QPushButton *m_addMonth;
    QPushButton *m_removeMonth;
};

} // namespace keyplan
