#include "ui/charts/moneyaxis.h"

#include <QCategoryAxis>
#include <QSet>

#include <cmath>

namespace keyplan {

QCategoryAxis *makeMoneyAxis(MinorUnits largest, const QString &currency)
{
    return makeMoneyAxis(0, largest, currency);
}

QCategoryAxis *makeMoneyAxis(MinorUnits lowest, MinorUnits largest, const QString &currency)
{
    // A step of 1, 2 or 5 times a power of ten giving at most six intervals (not 2.5: its labels
    // would round in the short form, "£2.3M" for 2.25 million).
    const double bottom = std::max(0.0, toMajorUnits(lowest));
    const double top = std::max(bottom + 1.0, toMajorUnits(largest));
    const double span = top - bottom;
    const double magnitude = std::pow(10.0, std::floor(std::log10(span / 6.0)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (span / step <= 6.0)
            break;
    }
    const int first = int(std::floor(bottom / step + 1e-9));
    const int ticks = int(std::ceil(top / step - 1e-9));
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(step * first, step * ticks);
    axis->setStartValue(step * first);
    QSet<QString> used;
    for (int i = first; i <= ticks; ++i) {
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
