#include "ui/charts/moneyaxis.h"

#include <QCategoryAxis>
#include <QSet>

#include <cmath>

namespace keyplan {

QCategoryAxis *makeMoneyAxis(MinorUnits largest, const QString &currency)
{
    // A step of 1, 2, 2.5 or 5 times a power of ten giving at most six intervals.
    const double top = std::max(1.0, toMajorUnits(largest));
    const double magnitude = std::pow(10.0, std::floor(std::log10(top / 6.0)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (top / step <= 6.0)
            break;
    }
    const int ticks = int(std::ceil(top / step - 1e-9));
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0, step * ticks);
    QSet<QString> used;
    for (int i = 0; i <= ticks; ++i) {
        const double value = step * i;
        const auto minor = MinorUnits(std::llround(value * 100.0));
        QString label = formatMoneyShort(minor, currency);
        if (used.contains(label)) // short forms can meet ("£13K" twice): say it in full
            label = formatMoney(minor, currency);
        used.insert(label);
        axis->append(label, value);
    }
    axis->setGridLineVisible(true);
    return axis;
}

} // namespace keyplan
