#include "ui/charts/pipelinechart.h"

#include "item/pipelinemodel.h"
#include "ui/charts/moneyaxis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedBarSeries>
#include <QToolTip>

namespace keyplan {

namespace {

// One colour per motion, the same in both cuts.
const QColor motionColours[motionCount] = {
    QColor(0x4e, 0x79, 0xa7), // upsell
    QColor(0xf2, 0x8e, 0x2b), // cross-sell
    QColor(0x59, 0xa1, 0x4f), // seat growth
    QColor(0x76, 0xb7, 0xb2), // usage growth
    QColor(0xb0, 0x7a, 0xa1), // price increase
};

} // namespace

PipelineChart::PipelineChart(Cut cut, QWidget *parent)
    : ChartPanel(parent)
    , m_cut(cut)
    , m_today(QDate::currentDate())
    , m_weighted(new QCheckBox(tr("&Weighted by probability"), this))
{
    m_weighted->setToolTip(tr("Each opportunity counted at its amount times its probability"));
    optionsRow()->addWidget(m_weighted);
    connect(m_weighted, &QCheckBox::toggled, this, &PipelineChart::scheduleRebuild);
}

void PipelineChart::setModel(PipelineModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        watch(model);
}

void PipelineChart::setToday(const QDate &today)
{
    m_today = today;
    scheduleRebuild();
}

QString PipelineChart::barToolTip(int motion, int category) const
{
    if (motion < 0 || motion >= motionCount || category < 0 || category >= m_breakdown.categories.size())
        return {};
    const int count = m_breakdown.counts.at(motion).at(category);
    const MinorUnits amount = m_breakdown.amounts.at(motion).at(category);
    const QString what = m_weighted->isChecked() ? tr("weighted %1").arg(formatMoney(amount, m_currency))
                                                 : formatMoney(amount, m_currency);
    const QString motionName = displayName(allExpansionMotions[motion]);
    const QString bar = m_breakdown.categories.at(category);
    return tr("%1 · %2: %3 in %n opportunities", nullptr, int(count)).arg(motionName, bar, what);
}

void PipelineChart::rebuild()
{
    clearChart();
    const bool weighted = m_weighted->isChecked();
    QList<Opportunity> opportunities;
    if (m_model) {
        opportunities.reserve(m_model->rowCount());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (const std::optional<Opportunity> o = m_model->convertedAt(row)) // in the chart's one currency
                opportunities.append(*o);
        }
        m_currency = m_model->currency();
    }
    m_breakdown = m_cut == Cut::ByStage ? breakdownByStage(opportunities, weighted)
                                        : breakdownByQuarter(opportunities, m_today, weighted);
    const QString title
        = m_cut == Cut::ByStage ? tr("Open pipeline by stage") : tr("Open pipeline by expected close");
    chart()->setTitle(weighted ? tr("%1, weighted").arg(title) : title);

    auto *series = new QStackedBarSeries;
    for (int motion = 0; motion < motionCount; ++motion) {
        auto *set = new QBarSet(displayName(allExpansionMotions[motion]));
        set->setColor(motionColours[motion]);
        set->setBorderColor(motionColours[motion].darker(115));
        for (const MinorUnits amount : m_breakdown.amounts.at(motion))
            set->append(toMajorUnits(amount));
        connect(set, &QBarSet::hovered, this, [this, motion](bool status, int index) {
            if (status)
                QToolTip::showText(QCursor::pos(), barToolTip(motion, index), this);
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    chart()->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    for (const QString &category : std::as_const(m_breakdown.categories))
        categories->append(category.toHtmlEscaped()); // axis labels are rich text
    categories->setTitleText(m_cut == Cut::ByStage ? tr("Stage") : tr("Expected close"));
    chart()->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    MinorUnits largest = 0;
    for (int category = 0; category < m_breakdown.categories.size(); ++category)
        largest = std::max(largest, m_breakdown.categoryTotal(category));
    QCategoryAxis *money = makeMoneyAxis(largest, m_currency);
    money->setTitleText(
        weighted ? tr("%1 a year, weighted").arg(m_currency) : tr("%1 a year").arg(m_currency));
    chart()->addAxis(money, Qt::AlignLeft);
    series->attachAxis(money);

    const PipelineTotals totals = pipelineTotals(opportunities);
    note()->setText(m_breakdown.categories.isEmpty() || totals.count == 0
            ? tr("No open opportunities.")
            : tr("%n open opportunities: %1, weighted %2.", nullptr, int(totals.count))
                  .arg(formatMoney(totals.unweighted, m_currency), formatMoney(totals.weighted, m_currency)));
}

} // namespace keyplan
