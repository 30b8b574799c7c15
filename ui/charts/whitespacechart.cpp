#include "ui/charts/whitespacechart.h"

#include "item/whitespacesummarymodel.h"
#include "ui/charts/moneyaxis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QTextDocument>
#include <QToolTip>

namespace keyplan {

WhitespaceChart::WhitespaceChart(QWidget *parent)
    : ChartPanel(parent)
{
}

void WhitespaceChart::setModel(WhitespaceSummaryModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        watch(model);
}

QString WhitespaceChart::barToolTip(int row) const
{
    if (!m_model || row < 0 || row >= m_rows)
        return {};
    const WhitespaceSummaryModel::Row r = m_model->rowAt(row);
    const QString currency = m_model->currency();
    const QString name = r.account.isEmpty() ? r.name : tr("%1 (%2)").arg(r.name, r.account);
    return tr("%1\nOpen whitespace %2\nIn pipeline %3\nSold %4")
        .arg(name, formatMoney(r.line.open, currency), formatMoney(r.line.inPipeline, currency),
            formatMoney(r.line.sold, currency));
}

void WhitespaceChart::rebuild()
{
    clearChart();
    const bool byUnit = m_model && m_model->grouping() == WhitespaceSummaryModel::Grouping::ByBusinessUnit;
    const int available = m_model ? m_model->rowCount() : 0;
    m_rows = byUnit ? std::min(available, mostUnitsShown) : available;
    chart()->setTitle(byUnit ? tr("Open whitespace by business unit, key accounts")
                             : tr("Whitespace by offering, key accounts"));
    const QString currency = m_model ? m_model->currency() : QString();

    auto *sold = new QBarSet(tr("Sold"));
    auto *piped = new QBarSet(tr("In pipeline"));
    auto *open = new QBarSet(tr("Open whitespace"));
    sold->setColor(QColor(0x7f, 0xb0, 0x82));
    piped->setColor(QColor(0x6f, 0x95, 0xc9));
    open->setColor(QColor(0xe8, 0xb0, 0x4a));
    auto *categories = new QBarCategoryAxis;
    MinorUnits largest = 0;
    // Bars run top to bottom in the model's order (most open whitespace first).
    for (int row = m_rows - 1; row >= 0; --row) {
        const WhitespaceSummaryModel::Row r = m_model->rowAt(row);
        if (!byUnit)
            sold->append(toMajorUnits(r.line.sold));
        piped->append(toMajorUnits(r.line.inPipeline));
        open->append(toMajorUnits(r.line.open));
        largest = std::max(largest, (byUnit ? 0 : r.line.sold) + r.line.inPipeline + r.line.open);
        const QString label = byUnit ? tr("%1, %2").arg(r.name, r.account) : r.name;
        categories->append(label.toHtmlEscaped()); // axis labels are rich text
    }
    auto *series = new QHorizontalStackedBarSeries;
    QList<QBarSet *> sets {piped, open};
    if (!byUnit)
        sets.prepend(sold);
    else
        delete sold;
    for (QBarSet *set : std::as_const(sets)) {
        set->setBorderColor(set->color().darker(115));
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
            if (status)
                QToolTip::showText(
                    QCursor::pos(), Qt::convertFromPlainText(barToolTip(m_rows - 1 - index)), this);
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    series->setBarWidth(0.7);
    chartView()->setMinimumHeight(std::max(260, 170 + 26 * m_rows));
    chart()->addSeries(series);
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categories->setLabelsFont(small);
    chart()->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QCategoryAxis *money = makeMoneyAxis(largest, currency);
    money->setTitleText(tr("A year (%1)").arg(currency));
    chart()->addAxis(money, Qt::AlignBottom);
    series->attachAxis(money);

    if (!m_model)
        note()->clear();
    else if (byUnit && available > m_rows)
        note()->setText(tr("The %1 business units with most open whitespace of %2; the table lists them all. "
                           "Open whitespace across key accounts: %3.")
                            .arg(m_rows)
                            .arg(available)
                            .arg(formatMoney(m_model->total().open, currency)));
    else
        note()->setText(tr("Open whitespace across key accounts: %1; in pipeline %2; sold %3.")
                            .arg(formatMoney(m_model->total().open, currency),
                                formatMoney(m_model->total().inPipeline, currency),
                                formatMoney(m_model->total().sold, currency)));
}

} // namespace keyplan
