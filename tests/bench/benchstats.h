#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

// The figures every benchmark prints: medians and maxima of timed runs, in milliseconds.
namespace keyplan::bench {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

inline double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

inline double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace keyplan::bench
