#include "ui/revenuepage.h"

#include "domain/money.h"
#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/revenuehistorymodel.h"
#include "ui/moneydelegate.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace keyplan {
RevenuePage::RevenuePage(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_table(new QTableView(this))
    , m_addMonth(new QPushButton(tr("Add Next Month"), this))
    , m_removeMonth(new QPushButton(tr("Remove Month"), this))
{
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(RevenueHistoryModel::Recurring, new MoneyDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_addMonth->setToolTip(tr("Record next month's recurring revenue, starting from the latest figure"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addMonth);
    buttons->addWidget(m_removeMonth);
    buttons->addStretch(1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(buttons);
    bottomLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_addMonth, &QPushButton::clicked, this, &RevenuePage::addMonth);
    connect(m_removeMonth, &QPushButton::clicked, this, &RevenuePage::removeMonth);
    setEnabled(false);
}

void RevenuePage::setDocument(PlanDocument *document, RevenueHistoryModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_document = document;
    m_model = model;
    m_table->setModel(model);
    if (model) {
        m_table->horizontalHeader()->setMinimumSectionSize(110);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setStretchLastSection(false);
        connect(model, &QAbstractItemModel::modelReset, this, &RevenuePage::rebuildChart);
    }
    setAccount(0);
}

void RevenuePage::setAccount(AccountId id)
{
    m_accountId = id;
    if (m_model)
        m_model->setAccount(id);
    const bool editable = m_document && !m_document->isReadOnly() && id > 0;
    setEnabled(id > 0);
    m_addMonth->setEnabled(editable);
    m_removeMonth->setEnabled(editable);
    rebuildChart();
}

void RevenuePage::rebuildChart()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    if (!m_model || m_accountId == 0)
        return;
    const QList<RevenueSnapshot> snapshots = m_model->snapshots();
    if (snapshots.isEmpty())
        return;
    auto *series = new QLineSeries;
    series->setPointsVisible(true);
    double highest = 0;
    for (const RevenueSnapshot &snapshot : snapshots) {
        const double value = toMajorUnits(snapshot.recurring);
        highest = std::max(highest, value);
        series->append(double(snapshot.month.startOfDay().toMSecsSinceEpoch()), value);
    }
    m_chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yy"));
    x->setTickCount(std::min<int>(5, std::max<int>(2, int(snapshots.size()))));
    auto *y = new QValueAxis;
    y->setRange(0, highest > 0 ? highest * 1.15 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    const QString currency
        = m_document ? m_document->account(m_accountId).value_or(Account {}).currency : QString();
    y->setTitleText(tr("ARR (%1)").arg(currencySymbol(currency).trimmed()));
    m_chart->setTitle(tr("Recurring revenue by month"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void RevenuePage::addMonth()
{
    if (!m_document || !m_model || m_accountId == 0)
        return;
    const QList<RevenueSnapshot> snapshots = m_model->snapshots();
    const MinorUnits latest = snapshots.isEmpty() ? 0 : snapshots.constLast().recurring;
    m_document->editRevenue(m_accountId, m_model->nextMonth(), latest);
    m_table->setCurrentIndex(m_model->index(0, RevenueHistoryModel::Recurring));
    m_table->setFocus();
}

void RevenuePage::removeMonth()
{
    if (!m_document || !m_model || m_accountId == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QDate month = m_model->index(current.row(), RevenueHistoryModel::Month).data(RawValueRole).toDate();
    m_document->editRevenue(m_accountId, month, std::nullopt);
}

} // namespace keyplan
