#include "ui/charts/bridgechart.h"

#include "ui/charts/moneyaxis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLabel>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>

#include <limits>

namespace keyplan {

namespace {

const QColor totalColour(0x1e, 0x4e, 0x8c);
const QColor upColour(0x2e, 0x8b, 0x57);
const QColor downColour(0xb0, 0x3a, 0x2e);

} // namespace

BridgeChart::BridgeChart(QWidget *parent)
    : ChartPanel(parent)
{
    setObjectName(QStringLiteral("bridgeChart"));
    chart()->legend()->hide();
}

void BridgeChart::setBridge(
    const std::optional<ArrBridge> &bridge, const QString &currency, const QString &title, const QString &emptyReason)
{
    m_bridge = bridge;
    m_currency = currency;
    m_title = title;
    m_emptyReason = emptyReason;
    scheduleRebuild();
}

void BridgeChart::rebuild()
{
    clearChart();
    m_categories.clear();
    m_bars.clear();
    chart()->setTitle(m_title);
    if (!m_bridge) {
        note()->setText(m_emptyReason.isEmpty() ? tr("No figures for this period.") : m_emptyReason);
        return;
    }
    const ArrBridge &b = *m_bridge;
    struct Step
    {
        QString name;
        MinorUnits delta; // signed; a total when `total`
        bool total;
    };
    QList<Step> steps {{tr("Start"), b.start, true}, {tr("New"), b.newBusiness, false}};
    const QString motions[bridgeMotionCount] = {tr("Upsell"), tr("Cross-sell"), tr("Seat growth"), tr("Usage growth"),
        tr("Price increase"), tr("Expansion (motion not recorded)")};
    for (int motion = 0; motion < bridgeMotionCount; ++motion)
        steps.append({motions[motion], b.expansion[motion], false});
    steps.append({tr("Contraction"), -b.contraction, false});
    steps.append({tr("Churn"), -b.churn, false});
    steps.append({tr("Reactivation"), b.reactivation, false});
    steps.append({tr("End"), b.end, true});

    auto *base = new QBarSet(QString());
    base->setColor(Qt::transparent);
    base->setBorderColor(Qt::transparent);
    auto *totals = new QBarSet(tr("ARR"));
    auto *ups = new QBarSet(tr("Up"));
    auto *downs = new QBarSet(tr("Down"));
    totals->setColor(totalColour);
    ups->setColor(upColour);
    downs->setColor(downColour);
    MinorUnits running = 0;
    MinorUnits highest = 0;
    MinorUnits lowestMovement = std::numeric_limits<MinorUnits>::max();
    for (const Step &step : std::as_const(steps)) {
        if (!step.total && step.delta == 0)
            continue; // a movement that did not happen
        MinorUnits bottom = 0;
        MinorUnits top = 0;
        if (step.total) {
            top = step.delta;
            running = step.delta;
        } else {
            bottom = std::min(running, running + step.delta);
            top = std::max(running, running + step.delta);
            running += step.delta;
        }
        m_categories.append(step.name);
        m_bars.append({bottom, top});
        highest = std::max(highest, top);
        if (!step.total)
            lowestMovement = std::min(lowestMovement, bottom);
        base->append(toMajorUnits(bottom));
        totals->append(step.total ? toMajorUnits(top - bottom) : 0.0);
        ups->append(!step.total && step.delta > 0 ? toMajorUnits(top - bottom) : 0.0);
        downs->append(!step.total && step.delta < 0 ? toMajorUnits(top - bottom) : 0.0);
    }
    // Horizontal bars, read from the top: the start, each movement, the end; the names of the
    // movements have the room they need on the left. Qt draws the first category at the bottom.
    for (QBarSet *set : {base, totals, ups, downs}) {
        QList<qreal> values;
        for (int i = set->count() - 1; i >= 0; --i)
            values.append(set->at(i));
        set->remove(0, set->count());
        set->append(values);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({base, totals, ups, downs});
    series->setBarWidth(0.6);
    for (QBarSet *set : {totals, ups, downs}) {
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
            index = int(m_bars.size()) - 1 - index; // the bars run top down
            if (!status || index < 0 || index >= m_bars.size()) {
                QToolTip::hideText();
                return;
            }
            const auto [bottom, top] = m_bars.at(index);
            const bool total = index == 0 || index == m_bars.size() - 1;
            QToolTip::showText(QCursor::pos(),
                total ? QStringLiteral("%1: %2").arg(m_categories.at(index), formatMoney(top, m_currency))
                      : QStringLiteral("%1: %2").arg(m_categories.at(index),
                            formatMoney(top - bottom, m_currency)),
                this);
        });
    }
    chart()->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    for (auto it = m_categories.crbegin(); it != m_categories.crend(); ++it)
        axis->append(it->toHtmlEscaped()); // axis labels are rich text
    axis->setTruncateLabels(false);
    chart()->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    // Movements small next to the totals would be slivers on an axis from zero: start the axis
    // below the lowest movement instead (its first label says where it starts).
    MinorUnits floor = 0;
    if (lowestMovement != std::numeric_limits<MinorUnits>::max() && highest > 0) {
        const MinorUnits spread = highest - lowestMovement;
        if (lowestMovement > 0 && spread < highest / 2)
            floor = std::max<MinorUnits>(0, lowestMovement - spread);
    }
    QCategoryAxis *money = makeMoneyAxis(floor, std::max<MinorUnits>(highest, 100) * 105 / 100, m_currency);
    chart()->addAxis(money, Qt::AlignBottom);
    series->attachAxis(money);
    note()->setText(tr("%1 at the start + %2 new + %3 expansion − %4 contraction − %5 churn + %6 reactivation = "
                       "%7 at the end.")
                        .arg(formatMoney(b.start, m_currency), formatMoney(b.newBusiness, m_currency),
                            formatMoney(b.expansionTotal(), m_currency), formatMoney(b.contraction, m_currency),
                            formatMoney(b.churn, m_currency), formatMoney(b.reactivation, m_currency),
                            formatMoney(b.end, m_currency)));
}

} // namespace keyplan
