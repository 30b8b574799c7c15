#pragma once

#include <QDate>
#include <QString>

namespace keyplan {

class PlanDatabase;

struct SampleOptions
{
    // History is dated back from the last complete month before this day.
    QDate asOf = QDate::currentDate();
    // 0 or anything up to the hand-written sample's size: the sample portfolio. More: a
    // deterministic synthetic portfolio of that many accounts, for benchmarks.
    int accounts = 0;
};

// The number of accounts in the hand-written sample portfolio.
int sampleAccountCount();

// Fills an empty plan with the sample portfolio (or a synthetic one), in one transaction.
bool writeSamplePortfolio(PlanDatabase &plan, const SampleOptions &options, QString *error);

} // namespace keyplan
