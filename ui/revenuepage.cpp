#include "ui/revenuepage.h"
#include "ui/charts/chartpanel.h"
#include "ui/keyboardaccess.h"

#include "domain/month.h"
#include "item/arrtimelinemodel.h"
#include "item/plandocument.h"
#include "item/revenueediting.h"
#include "ui/arrchangedialog.h"
#include "ui/charts/bridgechart.h"
#include "ui/charts/moneyaxis.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace keyplan {

RevenuePage::RevenuePage(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_tables(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_monthEnds(new QTableView(this))
    , m_record(new QPushButton(tr("&Record Change…"), this))
    , m_edit(new QPushButton(tr("Ed&it…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_bridge(new BridgeChart(this))
{
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    for (QTableView *table : {m_table, m_monthEnds}) {
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setWordWrap(false);
    }
    m_table->setObjectName(QStringLiteral("arrTimeline"));
    prepareItemView(m_table, tr("ARR changes"));
    m_monthEnds->setObjectName(QStringLiteral("arrMonthEnds"));
    prepareItemView(m_monthEnds, tr("ARR at each month end"));
    m_record->setToolTip(tr("Record a change of this account's ARR: new business, expansion by motion, "
                            "contraction, churn or reactivation, from a given day"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *changes = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changes);
    changesLayout->setContentsMargins(0, 4, 0, 0);
    changesLayout->addLayout(buttons);
    changesLayout->addWidget(m_table, 1);
    m_tables->addTab(changes, tr("Changes"));
    m_tables->addTab(m_monthEnds, tr("Month Ends"));
    m_tables->addTab(m_bridge, tr("Bridge"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_tables);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_record, &QPushButton::clicked, this, &RevenuePage::recordChange);
    connect(m_edit, &QPushButton::clicked, this, &RevenuePage::editChange);
    connect(m_remove, &QPushButton::clicked, this, &RevenuePage::removeChange);
    connect(m_table, &QTableView::activated, this, &RevenuePage::editChange); // Enter, or a double-click
    setEnabled(false);
}

void RevenuePage::setDocument(PlanDocument *document, ArrTimelineModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    delete m_monthEndModel;
    m_monthEndModel = nullptr;
    m_document = document;
    m_model = model;
    m_table->setModel(model);
    if (model) {
        m_monthEndModel = new ArrMonthEndModel(model, this);
        m_monthEnds->setModel(m_monthEndModel);
        for (QTableView *table : {m_table, m_monthEnds}) {
            table->horizontalHeader()->setMinimumSectionSize(90);
            table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            table->horizontalHeader()->setStretchLastSection(true);
        }
        connect(model, &ArrTimelineModel::timelineChanged, this, &RevenuePage::rebuildChart);
        connect(model, &ArrTimelineModel::timelineChanged, this, &RevenuePage::rebuildBridge);
        connect(document, &PlanDocument::periodChanged, this, &RevenuePage::rebuildBridge);
        connect(model, &QAbstractItemModel::modelReset, this, &RevenuePage::updateButtons);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RevenuePage::updateButtons);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RevenuePage::updateButtons);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RevenuePage::updateButtons);
    } else {
        m_monthEnds->setModel(nullptr);
    }
    setAccount(0);
}

void RevenuePage::setAccount(AccountId id)
{
    m_accountId = id;
    if (m_model)
        m_model->setAccount(id);
    setEnabled(id > 0);
    updateButtons();
    rebuildChart();
}

void RevenuePage::updateButtons()
{
    const bool editable = m_document && !m_document->isReadOnly() && m_accountId > 0;
    const bool chosen = m_table->selectionModel() && m_table->selectionModel()->currentIndex().isValid();
    m_record->setEnabled(editable);
    m_edit->setEnabled(editable && chosen);
    m_remove->setEnabled(editable && chosen);
}

void RevenuePage::rebuildChart()
{
    followPalette(m_chart, palette()); // also when there is nothing to draw
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle(QString());
    if (!m_model || m_accountId == 0)
        return;
    const QList<ArrChange> timeline = m_model->timeline();
    if (timeline.isEmpty()) {
        m_chart->setTitle(tr("No ARR recorded yet: Record Change… starts the timeline."));
        return;
    }
    // A step line: flat until a change, then straight up or down on its day.
    const QDate today = m_model->asOf();
    const QDate first = firstOfMonth(timeline.constFirst().on);
    const QDate last = std::max(today, timeline.constLast().on);
    const auto x = [](const QDate &day) { return double(day.startOfDay().toMSecsSinceEpoch()); };
    auto *series = new QLineSeries;
    series->setName(tr("ARR"));
    MinorUnits current = 0;
    MinorUnits highest = 0;
    series->append(x(first), 0);
    for (const ArrChange &change : timeline) {
        series->append(x(change.on), toMajorUnits(current));
        series->append(x(change.on), toMajorUnits(change.arr));
        current = change.arr;
        highest = std::max(highest, change.arr);
    }
    series->append(x(last), toMajorUnits(current));
    QPen pen = series->pen();
    pen.setWidthF(2.0);
    pen.setColor(palette().color(QPalette::Highlight)); // reads on a light or a dark chart
    series->setPen(pen);
    m_chart->addSeries(series);
    auto *dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("MMM yy"));
    dates->setRange(first.startOfDay(), last.startOfDay());
    dates->setTickCount(std::clamp(monthsBetween(first, firstOfMonth(last)) + 1, 2, 7));
    QCategoryAxis *money = makeMoneyAxis(std::max<MinorUnits>(highest, 100) * 115 / 100, m_model->currency());
    m_chart->setTitle(tr("ARR over time (%1)").arg(m_model->currency()));
    m_chart->addAxis(dates, Qt::AlignBottom);
    m_chart->addAxis(money, Qt::AlignLeft);
    series->attachAxis(dates);
    series->attachAxis(money);
    followPalette(m_chart, palette());
}

void RevenuePage::rebuildBridge()
{
    if (!m_document || !m_model || m_accountId == 0) {
        m_bridge->setBridge(std::nullopt, {}, {});
        return;
    }
    const ReportingPeriod period = m_document->period();
    m_bridge->setBridge(accountBridge(m_model->timeline(), period), m_model->currency(),
        tr("ARR bridge: %1").arg(periodName(period, RevenueEditing::of(m_document)->fiscalYearStart())));
}

void RevenuePage::recordChange()
{
    if (!m_document || !m_model || m_accountId == 0 || m_document->isReadOnly())
        return;
    const std::optional<Account> account = m_document->account(m_accountId);
    if (!account)
        return;
    const QList<ArrChange> timeline = m_model->timeline();
    ArrChange change;
    change.accountId = m_accountId;
    change.on = m_document->asOf();
    change.arr = arrOn(timeline, change.on);
    change.kind = timeline.isEmpty() ? ArrChangeKind::New : ArrChangeKind::Upsell;
    ArrChangeDialog dialog(account->name, account->currency, timeline, change, this);
    if (dialog.exec() == QDialog::Accepted)
        RevenueEditing::of(m_document)->recordChange(dialog.change());
}

void RevenuePage::editChange()
{
    if (!m_document || !m_model || m_document->isReadOnly())
        return;
    const std::optional<ArrChange> change = m_model->changeAt(m_table->currentIndex().row());
    const std::optional<Account> account = m_document->account(m_accountId);
    if (!change || !account)
        return;
    QList<ArrChange> others = m_model->timeline();
    others.removeIf([&](const ArrChange &c) { return c.id == change->id; });
    ArrChangeDialog dialog(account->name, account->currency, others, *change, this);
    if (dialog.exec() == QDialog::Accepted)
        RevenueEditing::of(m_document)->editChange(dialog.change());
}

void RevenuePage::removeChange()
{
    if (!m_document || !m_model || m_document->isReadOnly())
        return;
    const std::optional<ArrChange> change = m_model->changeAt(m_table->currentIndex().row());
    if (change)
        RevenueEditing::of(m_document)->removeChange(*change); // undoable: no question asked
}

} // namespace keyplan
