#pragma once

#include "domain/account.h"

#include <QWidget>

class QChart;
class QChartView;
class QPushButton;
class QTabWidget;
class QTableView;

namespace keyplan {

class ArrMonthEndModel;
class BridgeChart;
class ArrTimelineModel;
class PlanDocument;

// The account's ARR: a step chart of ARR over time with a money axis, above its timeline of
// dated changes (recorded, edited and removed through a form, each one undo step) and the
// month-end figures derived from it.
class RevenuePage final : public QWidget
{
    Q_OBJECT

public:
    explicit RevenuePage(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document, ArrTimelineModel *model);
    void setAccount(AccountId id);

    QTableView *table() const { return m_table; }
    QTableView *monthEndTable() const { return m_monthEnds; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QChart *chart() const { return m_chart; }
    // The account's ARR bridge over the window's period, in its own currency.
    BridgeChart *bridgeChart() const { return m_bridge; }

    // Opens the form for a new change (today, ARR as it stands) and records it when accepted.
    void recordChange();
    void editChange();
    void removeChange();

private:
    void rebuildChart();
    void rebuildBridge();
    void updateButtons();

    PlanDocument *m_document = nullptr;
    ArrTimelineModel *m_model = nullptr;
    ArrMonthEndModel *m_monthEndModel = nullptr;
    AccountId m_accountId = 0;
    QChart *m_chart;
    QChartView *m_chartView;
    QTabWidget *m_tables;
    QTableView *m_table;
    QTableView *m_monthEnds;
    QPushButton *m_record;
    QPushButton *m_edit;
    QPushButton *m_remove;
    BridgeChart *m_bridge;
};

} // namespace keyplan
