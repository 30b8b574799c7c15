#pragma once

#include "domain/opportunity.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

// The open pipeline cut two ways for the charts: by stage, and by the quarter it is expected to
// close in; each cut stacked by motion. Figures add the same rounded lines as pipelineTotals(), so
// a chart's bars sum to the total the list shows, to the cent.
namespace keyplan {

inline constexpr int motionCount = 5;

struct PipelineBreakdown
{
    QStringList categories; // the bars, in order
    // amounts[motion][category] in minor units, weighted or not; counts likewise.
    std::array<QList<MinorUnits>, motionCount> amounts;
    std::array<QList<int>, motionCount> counts;

    MinorUnits total() const;
    MinorUnits categoryTotal(int category) const;
};

// Identified, qualified, proposal, commit.
PipelineBreakdown breakdownByStage(const QList<Opportunity> &opportunities, bool weighted);

// "Overdue" first (open and past its date as of `today`), then every calendar quarter from the
// current one to the last with an opportunity ("Q1 2027"), then "No date" when any has none.
PipelineBreakdown breakdownByQuarter(
    const QList<Opportunity> &opportunities, const QDate &today, bool weighted);

// "Q1 2027" for a day in January to March 2027.
QString quarterLabel(const QDate &day);

} // namespace keyplan
