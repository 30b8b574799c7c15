#include "ui/bridgeview.h"
#include "ui/keyboardaccess.h"

#include "item/bridgetablemodel.h"
#include "item/plandocument.h"
#include "item/portfoliomodel.h"
#include "ui/charts/bridgechart.h"
#include "ui/deferredrefresh.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace keyplan {

BridgeView::BridgeView(QWidget *parent)
    : QWidget(parent)
    , m_scope(new QLabel(this))
    , m_grouping(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new BridgeTableModel(this))
    , m_chart(new BridgeChart(this))
    , m_deferred(new DeferredRefresh(this, [this] { refresh(); }))
{
    m_scope->setTextFormat(Qt::PlainText);
    m_scope->setWordWrap(true);
    m_grouping->setObjectName(QStringLiteral("bridgeGrouping"));
    m_grouping->addItem(tr("All accounts in scope"), int(BridgeTableModel::Grouping::Total));
    m_grouping->addItem(tr("By segment"), int(BridgeTableModel::Grouping::Segment));
    m_grouping->addItem(tr("By tier"), int(BridgeTableModel::Grouping::Tier));
    m_grouping->addItem(tr("By owner"), int(BridgeTableModel::Grouping::Owner));
    m_table->setModel(m_model);
    prepareItemView(m_table, tr("ARR bridge"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Show:"), this);
    groupLabel->setBuddy(m_grouping);
    top->addWidget(groupLabel);
    top->addWidget(m_grouping);
    top->addWidget(m_scope, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_grouping, &QComboBox::activated, this, &BridgeView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showRow(current.row()); });
}

void BridgeView::setSource(PlanDocument *document, PortfolioModel *model, QAbstractItemModel *view)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    if (m_view)
        disconnect(m_view, nullptr, this, nullptr);
    m_document = document;
    m_source = model;
    m_view = view ? view : model;
    // Edits and the table's filter: computed once per change, and not while the dock is closed.
    if (m_source)
        connect(m_source, &PortfolioModel::summaryChanged, m_deferred, &DeferredRefresh::schedule);
    m_deferred->watch(m_view != m_source ? m_view : nullptr);
    refresh();
}

void BridgeView::refresh()
{
    if (!m_source || !m_view) {
        m_model->setFigures({}, BridgeTableModel::Grouping::Total);
        m_chart->setBridge(std::nullopt, {}, {});
        m_scope->clear();
        return;
    }
    const QList<int> rows = m_source->rowsShownBy(m_view);
    const RevenueFigures figures = m_source->revenueFigures(rows);
    const int chosen = std::max(0, m_table->currentIndex().row());
    m_model->setFigures(figures, BridgeTableModel::Grouping(m_grouping->currentData().toInt()));
    const bool everyRow = rows.size() == m_source->rowCount();
    m_scope->setText(tr("%1 · %2 · in %3 at constant currency")
                         .arg(everyRow ? tr("All accounts (%1)").arg(rows.size())
                                       : tr("%1 of %n accounts (the table's filter)", nullptr, int(m_source->rowCount())).arg(rows.size()),
                             periodName(figures.period, m_source->fiscalYearStart()), figures.reportingCurrency));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(chosen, m_model->rowCount() - 1), 0));
    showRow(m_table->currentIndex().row());
}

void BridgeView::showRow(int row)
{
    const QStringList missing = m_model->missingRatesAt(row);
    m_chart->setBridge(m_model->bridgeAt(row), m_model->currency(),
        tr("ARR bridge: %1").arg(m_model->groupName(row)),
        missing.isEmpty() ? QString() : tr("These figures need a %1 rate: add it in Plan Settings.").arg(missing.join(QStringLiteral(", "))));
}

} // namespace keyplan
