#include "domain/pipelinebreakdown.h"

#include <QCoreApplication>

namespace keyplan {

namespace {

constexpr OpportunityStage openStages[] = {OpportunityStage::Identified, OpportunityStage::Qualified,
    OpportunityStage::Proposal, OpportunityStage::Commit};

PipelineBreakdown empty(const QStringList &categories)
{
    PipelineBreakdown breakdown;
    breakdown.categories = categories;
    for (int motion = 0; motion < motionCount; ++motion) {
        breakdown.amounts[motion] = QList<MinorUnits>(categories.size(), 0);
        breakdown.counts[motion] = QList<int>(categories.size(), 0);
    }
    return breakdown;
}

void add(PipelineBreakdown &breakdown, const Opportunity &o, qsizetype category, bool weighted)
{
    const auto motion = std::size_t(o.motion);
    breakdown.amounts[motion][category] += weighted ? weightedAmount(o) : o.amount;
    breakdown.counts[motion][category] += 1;
}

QDate quarterStart(const QDate &day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

MinorUnits PipelineBreakdown::total() const
{
    MinorUnits sum = 0;
    for (const QList<MinorUnits> &row : amounts) {
        for (const MinorUnits amount : row)
            sum += amount;
    }
    return sum;
}

MinorUnits PipelineBreakdown::categoryTotal(int category) const
{
    MinorUnits sum = 0;
    for (const QList<MinorUnits> &row : amounts)
        sum += row.value(category);
    return sum;
}

QString quarterLabel(const QDate &day)
{
    return QCoreApplication::translate("PipelineBreakdown", "Q%1 %2")
        .arg((day.month() - 1) / 3 + 1)
        .arg(day.year());
}

PipelineBreakdown breakdownByStage(const QList<Opportunity> &opportunities, bool weighted)
{
    QStringList categories;
    for (const OpportunityStage stage : openStages)
        categories << displayName(stage);
    PipelineBreakdown breakdown = empty(categories);
    for (const Opportunity &o : opportunities) {
        if (o.isOpen())
            add(breakdown, o, qsizetype(o.stage), weighted);
    }
    return breakdown;
}

PipelineBreakdown breakdownByQuarter(
    const QList<Opportunity> &opportunities, const QDate &today, bool weighted)
{
    const QDate first = quarterStart(today);
    QDate last = first;
    bool overdue = false;
    bool undated = false;
    for (const Opportunity &o : opportunities) {
        if (!o.isOpen())
            continue;
        if (!o.expectedClose.isValid())
            undated = true;
        else if (isOverdue(o, today))
            overdue = true;
        else
            last = std::max(last, quarterStart(o.expectedClose));
    }
    QStringList categories;
    if (overdue)
        categories << QCoreApplication::translate("PipelineBreakdown", "Overdue");
    const qsizetype firstQuarter = categories.size();
    for (QDate quarter = first; quarter <= last; quarter = quarter.addMonths(3))
        categories << quarterLabel(quarter);
    if (undated)
        categories << QCoreApplication::translate("PipelineBreakdown", "No date");
    PipelineBreakdown breakdown = empty(categories);
    for (const Opportunity &o : opportunities) {
        if (!o.isOpen())
            continue;
        qsizetype category = 0;
        if (!o.expectedClose.isValid()) {
            category = categories.size() - 1;
        } else if (isOverdue(o, today)) {
            category = 0;
        } else {
            const QDate start = quarterStart(o.expectedClose);
            category
                = firstQuarter + ((start.year() - first.year()) * 12 + (start.month() - first.month())) / 3;
        }
        add(breakdown, o, category, weighted);
    }
    return breakdown;
}

} // namespace keyplan
