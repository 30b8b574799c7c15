#include "ui/portfoliopipelineview.h"
#include "ui/keyboardaccess.h"

#include "item/itemroles.h"
#include "item/pipelinemodel.h"
#include "item/plandocument.h"
#include "item/whitespacesummarymodel.h"
#include "ui/charts/pipelinechart.h"
#include "ui/charts/whitespacechart.h"
#include "ui/pipelinepage.h"

#include <QHeaderView>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>

namespace keyplan {

PortfolioPipelineView::PortfolioPipelineView(QWidget *parent)
    : QTabWidget(parent)
    , m_list(new PipelinePage(PipelinePage::Scope::Portfolio, this))
    , m_byStage(new PipelineChart(PipelineChart::Cut::ByStage, this))
    , m_byQuarter(new PipelineChart(PipelineChart::Cut::ByQuarter, this))
    , m_byOffering(new WhitespaceChart(this))
    , m_byUnit(new WhitespaceChart(this))
    , m_offeringTable(new QTableView(this))
    , m_unitTable(new QTableView(this))
{
    setDocumentMode(true);
    for (QWidget *chart : std::initializer_list<QWidget *> {m_byStage, m_byQuarter, m_byOffering, m_byUnit})
        chart->setContentsMargins(6, 6, 6, 0);
    addTab(m_list, tr("Pipeline"));
    addTab(m_byStage, tr("By Stage"));
    addTab(m_byQuarter, tr("By Expected Close"));
    addTab(whitespaceTab(m_byOffering, m_offeringTable), tr("Whitespace by Offering"));
    addTab(whitespaceTab(m_byUnit, m_unitTable), tr("Whitespace by Business Unit"));
    connect(m_list, &PipelinePage::accountActivated, this, &PortfolioPipelineView::accountActivated);
    connect(m_unitTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QVariant id = index.siblingAtColumn(WhitespaceSummaryModel::Account).data(AccountIdRole);
        if (id.isValid())
            Q_EMIT accountActivated(id.toLongLong());
    });
}

QWidget *PortfolioPipelineView::whitespaceTab(WhitespaceChart *chart, QTableView *table)
{
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Fitted to their contents as they change: a hidden tab's table cannot be measured once.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setResizeContentsPrecision(200);
    table->setWordWrap(false);
    // The chart grows with its bars (each needs room for its label) and scrolls in its pane.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(chart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Side by side: the chart keeps the dock's height for its bars and their labels.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(scroll);
    split->addWidget(table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    return split;
}

void PortfolioPipelineView::setDocument(PlanDocument *document)
{
    m_document = document;
    m_byStage->setModel(nullptr);
    m_byQuarter->setModel(nullptr);
    m_list->setDocument(document);
    if (m_list->model())
        m_list->model()->setActive(isVisible()); // the whole portfolio is read only while shown
    m_byStage->setModel(m_list->model());
    m_byQuarter->setModel(m_list->model());
    if (document)
        m_byQuarter->setToday(document->asOf());
    m_byOffering->setModel(nullptr);
    m_byUnit->setModel(nullptr);
    for (QTableView *table : {m_offeringTable, m_unitTable}) {
        QAbstractItemModel *old = table->model();
        table->setModel(nullptr);
        delete old;
    }
    delete m_offerings;
    delete m_units;
    m_offerings = nullptr;
    m_units = nullptr;
    if (!document)
        return;
    m_offerings = new WhitespaceSummaryModel(document, WhitespaceSummaryModel::Grouping::ByOffering, this);
    m_units = new WhitespaceSummaryModel(document, WhitespaceSummaryModel::Grouping::ByBusinessUnit, this);
    m_offerings->setActive(isVisible());
    m_units->setActive(isVisible());
    const auto show = [](WhitespaceSummaryModel *model, QTableView *table, WhitespaceChart *chart) {
        auto *proxy = new QSortFilterProxyModel(table);
        proxy->setSourceModel(model);
        proxy->setSortRole(RawValueRole);
        table->setModel(proxy);
        table->sortByColumn(WhitespaceSummaryModel::Open, Qt::DescendingOrder);
        chart->setModel(model);
    };
    show(m_offerings, m_offeringTable, m_byOffering);
    show(m_units, m_unitTable, m_byUnit);
    m_offeringTable->setColumnHidden(WhitespaceSummaryModel::Account, true);
    prepareItemView(m_offeringTable, tr("Whitespace by offering"));
    prepareItemView(m_unitTable, tr("Whitespace by business unit"));
}

void PortfolioPipelineView::showEvent(QShowEvent *event)
{
    QTabWidget::showEvent(event);
    if (m_list->model())
        m_list->model()->setActive(true);
    if (m_offerings) {
        m_offerings->setActive(true);
        m_units->setActive(true);
    }
}

void PortfolioPipelineView::hideEvent(QHideEvent *event)
{
    QTabWidget::hideEvent(event);
    if (m_list->model())
        m_list->model()->setActive(false);
    if (m_offerings) {
        m_offerings->setActive(false);
        m_units->setActive(false);
    }
}

} // namespace keyplan
