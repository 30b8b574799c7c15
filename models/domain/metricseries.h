#pragma once

#include "domain/account.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// A usage metric of one account over time (weekly active users, features adopted, ...), entered
// or pasted as CSV, with the thresholds that turn its latest value into the health scorecard's
// usage measure.
namespace keyplan {

using MetricSeriesId = qint64;

struct MetricPoint
{
    QDate on;
    double value = 0;

    bool operator==(const MetricPoint &) const = default;
};

struct MetricSeries
{
    MetricSeriesId id = 0;
    AccountId accountId = 0;
    QString name; // "Weekly active users"
    QString unit;
    std::optional<double> goodAt; // at this value or better the measure is 10
    std::optional<double> poorAt; // at this value or worse it is 1
    QList<MetricPoint> points; // oldest first
    qint64 version = 1;

    bool hasThresholds() const { return goodAt && poorAt && *goodAt != *poorAt; }
    // Which way is better: from the thresholds (good above poor), else up.
    bool higherIsBetter() const { return !hasThresholds() || *goodAt > *poorAt; }

    bool operator==(const MetricSeries &) const = default;
};

// The latest value scored between the thresholds, 1 to 10, straight between them; nothing
// without thresholds or values.
std::optional<double> metricScore(const MetricSeries &series);
// The usage measure from an account's series: the mean of those that score; nothing when none.
std::optional<double> usageFromMetrics(const QList<MetricSeries> &series);
// The last three values each worse than the one before: down two periods running.
bool fellTwoPeriodsRunning(const MetricSeries &series);

} // namespace keyplan
