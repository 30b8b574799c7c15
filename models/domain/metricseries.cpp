#include "domain/metricseries.h"

#include <algorithm>

namespace keyplan {

std::optional<double> metricScore(const MetricSeries &series)
{
    if (!series.hasThresholds() || series.points.isEmpty())
        return std::nullopt;
    const double value = series.points.constLast().value;
    // Where the value stands from poor (0) to good (1), whichever way is better.
    const double position = (value - *series.poorAt) / (*series.goodAt - *series.poorAt);
    return 1.0 + 9.0 * std::clamp(position, 0.0, 1.0);
}

std::optional<double> usageFromMetrics(const QList<MetricSeries> &series)
{
    double sum = 0;
    int counted = 0;
    for (const MetricSeries &one : series) {
        if (const std::optional<double> score = metricScore(one)) {
            sum += *score;
            ++counted;
        }
    }
    if (counted == 0)
        return std::nullopt;
    return sum / counted;
}

bool fellTwoPeriodsRunning(const MetricSeries &series)
{
    const qsizetype n = series.points.size();
    if (n < 3)
        return false;
    const auto worse = [&series](double later, double earlier) {
        return series.higherIsBetter() ? later < earlier : later > earlier;
    };
    return worse(series.points.at(n - 1).value, series.points.at(n - 2).value)
        && worse(series.points.at(n - 2).value, series.points.at(n - 3).value);
}

} // namespace keyplan
