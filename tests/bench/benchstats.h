#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <cstdio>

// The figures every benchmark prints: medians and maxima of timed runs, in milliseconds; and what
// every benchmark does to get them: read its options, time a whole command.
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

// The value after `name` among the benchmark's arguments ("--accounts 2000"), or `fallback`.
inline QString option(const QStringList &arguments, const QString &name, const QString &fallback = {})
{
    const qsizetype at = arguments.indexOf(name);
    return at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

inline int option(const QStringList &arguments, const QString &name, int fallback)
{
    bool ok = false;
    const int value = option(arguments, name).toInt(&ok);
    return ok ? value : fallback;
}

// Runs `program` to its end, its output to `outputFile`, and returns how long it took; says on
// stderr when it failed (the time is still returned: the figures show it).
inline double runMs(const QString &program, const QStringList &arguments,
    const QString &outputFile = QStringLiteral("/dev/null"))
{
    QProcess process;
    process.setStandardOutputFile(outputFile);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(600000);
    const double elapsed = msSince(timer);
    if (process.exitCode() != 0)
        std::fprintf(stderr, "%s %s failed: %s\n", qPrintable(program), qPrintable(arguments.join(u' ')),
            process.readAllStandardError().constData());
    return elapsed;
}

} // namespace keyplan::bench
