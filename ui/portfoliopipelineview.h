#pragma once

#include "domain/account.h"

#include <QTabWidget>

class QTableView;

namespace keyplan {

class PipelineChart;
class PipelinePage;
class PlanDocument;
class WhitespaceChart;
class WhitespaceSummaryModel;

// Expansion across the portfolio, in tabs: every opportunity as a list, the open pipeline by
// stage and by expected close (charts of the list's model), and whitespace by offering and by
// business unit across the key accounts (each a chart over its table). Kept up to date only
// while shown.
class PortfolioPipelineView final : public QTabWidget
{
    Q_OBJECT

public:
    explicit PortfolioPipelineView(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);

    PipelinePage *list() const { return m_list; }
    PipelineChart *byStage() const { return m_byStage; }
    PipelineChart *byQuarter() const { return m_byQuarter; }
    WhitespaceChart *byOffering() const { return m_byOffering; }
    WhitespaceChart *byUnit() const { return m_byUnit; }
    QTableView *offeringTable() const { return m_offeringTable; }
    QTableView *unitTable() const { return m_unitTable; }

Q_SIGNALS:
    void accountActivated(keyplan::AccountId id);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *whitespaceTab(WhitespaceChart *chart, QTableView *table);

    PlanDocument *m_document = nullptr;
    PipelinePage *m_list;
    PipelineChart *m_byStage;
    PipelineChart *m_byQuarter;
    WhitespaceChart *m_byOffering;
    WhitespaceChart *m_byUnit;
    QTableView *m_offeringTable;
    QTableView *m_unitTable;
    WhitespaceSummaryModel *m_offerings = nullptr;
    WhitespaceSummaryModel *m_units = nullptr;
};

} // namespace keyplan
