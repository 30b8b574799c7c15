#include "domain/coveragetext.h"

#include "domain/percent.h"

#include <QCoreApplication>
#include <QLocale>

namespace keyplan {

namespace {

class CoverageText
{
    Q_DECLARE_TR_FUNCTIONS(CoverageText)
};

QString percent(double ratio, int decimals = 0)
{
    return formatPercent(ratio, QLocale(), decimals);
}

} // namespace

QString coverageSummary(const Coverage &coverage, const CoverageSettings &settings)
{
    QStringList parts;
    if (coverage.depth())
        parts.append(CoverageText::tr("Coverage %1 (target %2–%3)")
                         .arg(percent(*coverage.depth()), percent(settings.targetLow), percent(settings.targetHigh)));
    else
        parts.append(CoverageText::tr("Nobody from the buying group is on the map yet"));
    if (coverage.singleThreaded)
        parts.append(CoverageText::tr("single-threaded"));
    if (!coverage.emptySeats.isEmpty()) {
        QStringList seats;
        for (const QString &seat : coverage.emptySeats)
            seats.append(seatName(seat));
        parts.append(CoverageText::tr("empty seats: %1").arg(seats.join(QStringLiteral(", "))));
    }
    parts.append(mapUpkeepSummary(coverage, 0));
    return parts.join(QStringLiteral(" · "));
}

QString mapUpkeepSummary(const Coverage &coverage, int decimals)
{
    QStringList parts;
    if (coverage.companyOwnedShare())
        parts.append(CoverageText::tr("%1 company-owned").arg(percent(*coverage.companyOwnedShare(), decimals)));
    if (!coverage.daysSinceReview)
        parts.append(CoverageText::tr("map never reviewed"));
    else if (coverage.stale)
        parts.append(CoverageText::tr("map last reviewed %n days ago: review it", nullptr, int(*coverage.daysSinceReview)));
    else
        parts.append(CoverageText::tr("map reviewed %n days ago", nullptr, int(*coverage.daysSinceReview)));
    return parts.join(QStringLiteral(" · "));
}

} // namespace keyplan
