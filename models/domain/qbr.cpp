#include "domain/qbr.h"

#include "domain/percent.h"

#include "domain/enumtable.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace keyplan {
namespace {

constexpr std::array<detail::EnumEntry<RiskSeverity>, 3> severityEntries {{
    {RiskSeverity::Low, "low", QT_TRANSLATE_NOOP("RiskSeverity", "Low")},
    {RiskSeverity::Medium, "medium", QT_TRANSLATE_NOOP("RiskSeverity", "Medium")},
    {RiskSeverity::High, "high", QT_TRANSLATE_NOOP("RiskSeverity", "High")},
}};

constexpr std::array<detail::EnumEntry<RiskStatus>, 3> statusEntries {{
    {RiskStatus::Open, "open", QT_TRANSLATE_NOOP("RiskStatus", "Open")},
    {RiskStatus::Mitigating, "mitigating", QT_TRANSLATE_NOOP("RiskStatus", "Being mitigated")},
    {RiskStatus::Closed, "closed", QT_TRANSLATE_NOOP("RiskStatus", "Closed")},
}};

constexpr std::array<detail::EnumEntry<QbrSection>, qbrSectionCount> sectionEntries {{
    {QbrSection::Cover, "cover", QT_TRANSLATE_NOOP("QbrSection", "Cover")},
    {QbrSection::Value, "value", QT_TRANSLATE_NOOP("QbrSection", "Value delivered")},
    {QbrSection::Relationship, "relationship", QT_TRANSLATE_NOOP("QbrSection", "Relationship")},
    {QbrSection::Revenue, "revenue", QT_TRANSLATE_NOOP("QbrSection", "Revenue and health")},
    {QbrSection::Growth, "growth", QT_TRANSLATE_NOOP("QbrSection", "Growth")},
    {QbrSection::Risks, "risks", QT_TRANSLATE_NOOP("QbrSection", "Risks and next steps")},
    {QbrSection::Changes, "changes", QT_TRANSLATE_NOOP("QbrSection", "What changed since the last QBR")},
}};

} // namespace

std::optional<double> relativeChange(const ValueOutcome &outcome)
{
    if (outcome.before == 0)
        return std::nullopt;
    return (outcome.after - outcome.before) / std::abs(outcome.before);
}

bool isPercentUnit(const QString &unit)
{
    const QString trimmed = unit.trimmed();
    return trimmed == u"%" || trimmed.compare(QStringLiteral("percent"), Qt::CaseInsensitive) == 0;
}

QString outcomeChangeText(const ValueOutcome &outcome, const QLocale &locale)
{
    if (isPercentUnit(outcome.unit))
        return formatPointChange(outcome.before / 100.0, outcome.after / 100.0, locale);
    const std::optional<double> change = relativeChange(outcome);
    if (!change)
        return QStringLiteral("–");
    return (*change > 0 ? QStringLiteral("+") : QString()) + formatPercent(change, locale);
}

QList<OpportunityId> suggestedQbrOpportunities(const QList<Opportunity> &opportunities)
{
    QList<Opportunity> open;
    for (const Opportunity &opportunity : opportunities) {
        if (opportunity.isOpen())
            open.append(opportunity);
    }
    std::stable_sort(open.begin(), open.end(), [](const Opportunity &a, const Opportunity &b) {
        const MinorUnits wa = weightedAmount(a);
        const MinorUnits wb = weightedAmount(b);
        if (wa != wb)
            return wa > wb;
        if (a.expectedClose.isValid() != b.expectedClose.isValid())
            return a.expectedClose.isValid();
        return a.expectedClose < b.expectedClose;
    });
    QList<OpportunityId> chosen;
    for (qsizetype i = 0; i < open.size() && i < qbrOpportunityLimit; ++i)
        chosen.append(open.at(i).id);
    return chosen;
}

std::pair<QDate, QDate> defaultQbrPeriod(const QList<Qbr> &reviews, const QDate &today)
{
    const std::optional<Qbr> last = lastHeldBefore(reviews, today.addDays(1));
    if (!last)
        return {today.addMonths(-3).addDays(1), today};
    // Held today: the next review's period has not begun; it starts (and for now ends) tomorrow.
    const QDate start = last->heldOn.addDays(1);
    return {start, std::max(start, today)};
}

std::optional<Qbr> lastHeldBefore(const QList<Qbr> &reviews, const QDate &day)
{
    std::optional<Qbr> latest;
    for (const Qbr &review : reviews) {
        if (review.isHeld() && review.heldOn < day && (!latest || review.heldOn > latest->heldOn))
            latest = review;
    }
    return latest;
}

QString keyOf(RiskSeverity severity)
{
    return detail::keyIn(severityEntries, severity);
}
QString keyOf(RiskStatus status)
{
    return detail::keyIn(statusEntries, status);
}
QString keyOf(QbrSection section)
{
    return detail::keyIn(sectionEntries, section);
}
QString displayName(RiskSeverity severity)
{
    return detail::nameIn("RiskSeverity", severityEntries, severity);
}
QString displayName(RiskStatus status)
{
    return detail::nameIn("RiskStatus", statusEntries, status);
}
QString displayName(QbrSection section)
{
    return detail::nameIn("QbrSection", sectionEntries, section);
}
std::optional<RiskSeverity> riskSeverityFromKey(const QString &key)
{
    return detail::fromKey(severityEntries, key);
}
std::optional<RiskStatus> riskStatusFromKey(const QString &key)
{
    return detail::fromKey(statusEntries, key);
}
std::optional<QbrSection> qbrSectionFromKey(const QString &key)
{
    return detail::fromKey(sectionEntries, key);
}

} // namespace keyplan
