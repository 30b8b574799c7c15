#include "ui/coveragechart.h"

#include "domain/percent.h"
#include "item/itemroles.h"
#include "item/portfoliomodel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace keyplan {

namespace {

QString percent(double ratio)
{
    return formatPercent(ratio, QLocale(), 0);
}

} // namespace

CoverageChart::CoverageChart(QWidget *parent)
    : ChartPanel(parent)
{
}

void CoverageChart::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        watch(model);
    else
        scheduleRebuild();
}

void CoverageChart::setTargetBand(double low, double high)
{
    m_low = low;
    m_high = high;
    scheduleRebuild();
}

QString CoverageChart::barToolTip(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const Bar &bar = m_bars.at(index);
    const QString where = bar.coverage < m_low ? tr("below the target of %1–%2")
        : bar.coverage > m_high                ? tr("above the target of %1–%2")
                                               : tr("within the target of %1–%2");
    return tr("%1: coverage %2, %3")
        .arg(bar.name, percent(bar.coverage), where.arg(percent(m_low), percent(m_high)));
}

void CoverageChart::rebuild()
{
    m_bars.clear();
    m_withoutMap = 0;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex name = m_model->index(row, PortfolioModel::Name);
            if (!name.data(IsKeyAccountRole).toBool())
                continue;
            const QVariant coverage = m_model->index(row, PortfolioModel::Coverage).data(RawValueRole);
            if (!coverage.isValid()) {
                ++m_withoutMap;
                continue;
            }
            m_bars.append(
                Bar {name.data(AccountIdRole).toLongLong(), name.data().toString(), coverage.toDouble()});
        }
    }
    std::stable_sort(
        m_bars.begin(), m_bars.end(), [](const Bar &a, const Bar &b) { return a.coverage < b.coverage; });

    clearChart();
    chart()->setTitle(tr("Coverage depth of key accounts"));

    // Three stacked sets so each bar takes the colour of where it stands against the band.
    auto *below = new QBarSet(tr("Below target"));
    auto *within = new QBarSet(tr("Within target"));
    auto *above = new QBarSet(tr("Above target"));
    below->setColor(QColor(0xd0, 0x4a, 0x3a));
    within->setColor(QColor(0x3f, 0x9a, 0x4f));
    above->setColor(QColor(0x2f, 0x6f, 0xb5));
    QStringList categories;
    // The first category is drawn at the bottom: list from the best down, so the worst is on top.
    for (auto it = m_bars.crbegin(); it != m_bars.crend(); ++it) {
        const double value = it->coverage * 100.0;
        *below << (it->coverage < m_low ? value : 0.0);
        *within << (it->coverage >= m_low && it->coverage <= m_high ? value : 0.0);
        *above << (it->coverage > m_high ? value : 0.0);
        categories << it->name.toHtmlEscaped(); // axis labels are rich text
    }
    auto *accountsAxis = new QBarCategoryAxis;
    accountsAxis->append(categories);
    accountsAxis->setTruncateLabels(false); // a name cut to "..." says nothing
    QFont labels = accountsAxis->labelsFont();
    labels.setPointSizeF(std::max(7.0, labels.pointSizeF() - 1.5)); // every name, not every other one
    accountsAxis->setLabelsFont(labels);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, 100);
    valueAxis->setTickCount(11);
    valueAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    valueAxis->setTitleText(tr("Coverage depth (active, company-owned relationships ÷ buying group)"));
    chart()->addAxis(valueAxis, Qt::AlignBottom);
    chart()->addAxis(accountsAxis, Qt::AlignLeft);

    // The target band first, so the bars are drawn over it.
    if (!m_bars.isEmpty()) {
        auto *bandAxis = new QValueAxis;
        bandAxis->setRange(0, 1);
        bandAxis->setVisible(false);
        chart()->addAxis(bandAxis, Qt::AlignRight);
        auto *top = new QLineSeries;
        auto *bottom = new QLineSeries;
        *top << QPointF(m_low * 100, 1) << QPointF(m_high * 100, 1);
        *bottom << QPointF(m_low * 100, 0) << QPointF(m_high * 100, 0);
        auto *band = new QAreaSeries(top, bottom);
        top->setParent(band); // an area series does not own its lines
        bottom->setParent(band);
        band->setName(tr("Target %1–%2").arg(percent(m_low), percent(m_high)));
        band->setColor(QColor(0x3f, 0x9a, 0x4f, 40));
        band->setBorderColor(QColor(0x3f, 0x9a, 0x4f, 120));
        chart()->addSeries(band);
        band->attachAxis(valueAxis);
        band->attachAxis(bandAxis);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({below, within, above});
    series->setBarWidth(0.7);
    chart()->addSeries(series);
    series->attachAxis(valueAxis);
    series->attachAxis(accountsAxis);

    const auto indexOf = [this](int categoryIndex) { return int(m_bars.size()) - 1 - categoryIndex; };
    for (QBarSet *set : {below, within, above}) {
        connect(set, &QBarSet::hovered, this, [this, indexOf](bool status, int index) {
            if (status)
                QToolTip::showText(QCursor::pos(),
                    QStringLiteral("<p>%1</p>").arg(barToolTip(indexOf(index)).toHtmlEscaped()), this);
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this, [this, indexOf](int index) {
            const int bar = indexOf(index);
            if (bar >= 0 && bar < m_bars.size())
                Q_EMIT accountActivated(m_bars.at(bar).id);
        });
    }
    chartView()->setMinimumHeight(std::min(520, 110 + 15 * int(m_bars.size()))); // room for every name
    note()->setText(m_withoutMap == 0
            ? QString()
            : tr("Not shown: %1 key accounts with nobody from the buying group on the map.")
                  .arg(m_withoutMap));
}

} // namespace keyplan
