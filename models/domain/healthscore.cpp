#include "domain/healthscore.h"

#include "domain/enumtable.h"
#include "domain/percent.h"

#include <QCoreApplication>

#include <algorithm>

namespace keyplan {
namespace {

class HealthText
{
    Q_DECLARE_TR_FUNCTIONS(HealthScore)
};

constexpr std::array<detail::EnumEntry<HealthMeasure>, healthMeasureCount> measureEntries {{
    {HealthMeasure::Usage, "usage", QT_TRANSLATE_NOOP("HealthMeasure", "Product usage")},
    {HealthMeasure::Support, "support", QT_TRANSLATE_NOOP("HealthMeasure", "Support load")},
    {HealthMeasure::Sentiment, "sentiment", QT_TRANSLATE_NOOP("HealthMeasure", "Sentiment")},
    {HealthMeasure::Payment, "payment", QT_TRANSLATE_NOOP("HealthMeasure", "Payment timeliness")},
    {HealthMeasure::Engagement, "engagement", QT_TRANSLATE_NOOP("HealthMeasure", "Engagement")},
    {HealthMeasure::Relationship, "relationship", QT_TRANSLATE_NOOP("HealthMeasure", "Relationship")},
    {HealthMeasure::Goals, "goals", QT_TRANSLATE_NOOP("HealthMeasure", "Goal progress")},
}};

// The latest entry of a measure entered by hand, if recent enough to speak for it.
MeasureValue latestEntry(
    const QList<HealthEntry> &entries, HealthMeasure measure, const QDate &today, int countForDays)
{
    const HealthEntry *latest = nullptr;
    for (const HealthEntry &entry : entries) {
        if (entry.measure != measure || !entry.on.isValid() || entry.on > today
            || entry.on < today.addDays(-countForDays))
            continue;
        if (!latest || entry.on > latest->on || (entry.on == latest->on && entry.id > latest->id))
            latest = &entry;
    }
    if (!latest)
        return {};
    return {double(std::clamp(latest->score, 1, 10)), latest->on, latest->note};
}

MeasureValue engagement(const HealthInputs &inputs, const CadenceSettings &cadence, const QDate &today)
{
    const int within = cadence.of(inputs.tier).touchpointDays;
    const QHash<StakeholderId, QDate> contacts = lastContacts(inputs.touchpoints);
    int key = 0;
    int contacted = 0;
    for (const Stakeholder &person : inputs.stakeholders) {
        if (!isKeyStakeholder(person))
            continue;
        ++key;
        const std::optional<int> days = daysSinceContact(contacts, person.id, today);
        if (days && *days <= within)
            ++contacted;
    }
    if (key == 0)
        return {std::nullopt, {}, HealthText::tr("No key stakeholders on the map")};
    return {1.0 + 9.0 * contacted / key, {},
        HealthText::tr("Key stakeholders contacted within %n days: %1 of %2", nullptr, int(within)).arg(contacted).arg(key)};
}

MeasureValue relationship(const HealthInputs &inputs, const CoverageSettings &settings, const QDate &today)
{
    const Coverage coverage
        = computeCoverage(inputs.stakeholders, inputs.touchpoints, inputs.lastMapReview, today, settings);
    const std::optional<double> depth = coverage.depth();
    if (!depth)
        return {std::nullopt, {}, HealthText::tr("Nobody in the buying group on the map")};
    // Full marks at the bottom of the target band; single-threading caps it at 4; each empty
    // seat costs a point.
    double score = 10.0 * std::min(1.0, *depth / settings.targetLow);
    QStringList why {HealthText::tr("coverage %1").arg(formatPercent(depth))};
    if (coverage.singleThreaded) {
        score = std::min(score, 4.0);
        why.append(HealthText::tr("single-threaded"));
    }
    if (!coverage.emptySeats.isEmpty()) {
        score -= double(coverage.emptySeats.size());
        why.append(HealthText::tr("empty seats: %1").arg(coverage.emptySeats.size()));
    }
    return {std::clamp(score, 1.0, 10.0), {}, why.join(QStringLiteral(", "))};
}

} // namespace

QString keyOf(HealthMeasure measure)
{
    return detail::keyIn(measureEntries, measure);
}

QString displayName(HealthMeasure measure)
{
    return detail::nameIn("HealthMeasure", measureEntries, measure);
}

std::optional<HealthMeasure> healthMeasureFromKey(const QString &key)
{
    return detail::fromKey(measureEntries, key);
}

bool isAlwaysComputed(HealthMeasure measure)
{
    return measure == HealthMeasure::Engagement || measure == HealthMeasure::Relationship
        || measure == HealthMeasure::Goals;
}

HealthBand healthBand(double score)
{
    if (score < 4.0)
        return HealthBand::Critical;
    if (score < riskReviewBelow)
        return HealthBand::AtRisk;
    if (score < 8.0)
        return HealthBand::Fair;
    return HealthBand::Healthy;
}

QString HealthWeights::key() const
{
    QStringList parts;
    for (const HealthMeasure measure : allHealthMeasures)
        parts.append(keyOf(measure) + u'=' + QString::number(of(measure)));
    return parts.join(u',');
}

std::optional<HealthWeights> HealthWeights::fromKey(const QString &key)
{
    HealthWeights weights;
    std::array<bool, healthMeasureCount> seen {};
    for (const QString &part : key.split(u',')) {
        const qsizetype equals = part.indexOf(u'=');
        const std::optional<HealthMeasure> measure = healthMeasureFromKey(part.left(equals));
        bool ok = false;
        const int points = part.mid(equals + 1).toInt(&ok);
        if (equals < 0 || !measure || !ok || points < 0 || points > 100 || seen.at(std::size_t(*measure)))
            return std::nullopt;
        weights.points.at(std::size_t(*measure)) = points;
        seen.at(std::size_t(*measure)) = true;
    }
    if (std::find(seen.cbegin(), seen.cend(), false) != seen.cend())
        return std::nullopt;
    return weights;
}

std::optional<double> HealthCard::score() const
{
    if (override)
        return double(override->score);
    return computed;
}

bool HealthCard::needsRiskReview() const
{
    const std::optional<double> shown = score();
    return shown && *shown < riskReviewBelow;
}

bool isKeyStakeholder(const Stakeholder &stakeholder)
{
    if (stakeholder.hasLeft())
        return false;
    return stakeholder.role == DecisionRole::Champion || stakeholder.role == DecisionRole::EconomicBuyer
        || stakeholder.role == DecisionRole::DecisionMaker || stakeholder.layer == BuyingLayer::ExecutiveSponsor
        || stakeholder.layer == BuyingLayer::EconomicBuyer || stakeholder.influence == Influence::High;
}

HealthCard computeHealthCard(const HealthInputs &inputs, const HealthSettings &settings,
    const CadenceSettings &cadence, const CoverageSettings &coverage, const QDate &today)
{
    HealthCard card;
    const auto set = [&card](HealthMeasure measure, MeasureValue value) {
        card.measures.at(std::size_t(measure)) = std::move(value);
    };
    const int days = settings.manualEntriesCountForDays;
    if (const std::optional<double> usage = usageFromMetrics(inputs.metrics))
        set(HealthMeasure::Usage, {usage, {}, HealthText::tr("From the account's usage metrics and their thresholds")});
    else
        set(HealthMeasure::Usage, latestEntry(inputs.entries, HealthMeasure::Usage, today, days));
    for (const HealthMeasure measure : {HealthMeasure::Support, HealthMeasure::Sentiment, HealthMeasure::Payment})
        set(measure, latestEntry(inputs.entries, measure, today, days));
    set(HealthMeasure::Engagement, engagement(inputs, cadence, today));
    set(HealthMeasure::Relationship, relationship(inputs, coverage, today));
    const std::optional<double> goals = goalProgressScore(inputs.goals, today);
    set(HealthMeasure::Goals,
        {goals, {},
            goals ? HealthText::tr("Goals of the success plan counted: %1")
                        .arg(std::count_if(inputs.goals.cbegin(), inputs.goals.cend(),
                            [](const Goal &g) { return g.status != GoalStatus::Dropped; }))
                  : HealthText::tr("No goals in the success plan")});

    double weighted = 0;
    int weights = 0;
    for (const HealthMeasure measure : allHealthMeasures) {
        const int weight = settings.weights.of(measure);
        if (weight <= 0)
            continue;
        const std::optional<double> score = card.measure(measure).score;
        if (!score) {
            card.withoutData.append(measure);
            continue;
        }
        weighted += weight * *score;
        weights += weight;
    }
    if (weights > 0)
        card.computed = weighted / weights;
    for (const HealthOverride &override : inputs.overrides) {
        if (!override.holdsOn(today))
            continue;
        if (!card.override || override.setOn > card.override->setOn
            || (override.setOn == card.override->setOn && override.id > card.override->id))
            card.override = override;
    }
    return card;
}

int inTenths(double score)
{
    return qRound(score * 10.0);
}

std::optional<int> tenthsOn(const QList<HealthSnapshot> &history, const QDate &day)
{
    std::optional<int> tenths;
    for (const HealthSnapshot &snapshot : history) {
        if (snapshot.on > day)
            break;
        tenths = snapshot.tenths;
    }
    return tenths;
}

bool isNewSnapshot(const QList<HealthSnapshot> &history, int tenths, const QString &weights, bool overridden)
{
    if (history.isEmpty())
        return true;
    const HealthSnapshot &last = history.constLast();
    return last.tenths != tenths || last.weights != weights || last.overridden != overridden;
}

HealthTrend healthTrend(const QList<HealthSnapshot> &history, int tenthsToday, const QDate &today)
{
    HealthTrend trend;
    if (const std::optional<int> then = tenthsOn(history, today.addDays(-30)))
        trend.since30 = tenthsToday - *then;
    if (const std::optional<int> then = tenthsOn(history, today.addDays(-90)))
        trend.since90 = tenthsToday - *then;
    return trend;
}

std::optional<double> TrackRecord::belowRate() const
{
    return below > 0 ? std::optional(double(belowLost) / below) : std::nullopt;
}

std::optional<double> TrackRecord::atOrAboveRate() const
{
    return atOrAbove > 0 ? std::optional(double(atOrAboveLost) / atOrAbove) : std::nullopt;
}

TrackRecord computeTrackRecord(const QHash<AccountId, QList<HealthSnapshot>> &histories,
    const QHash<AccountId, QList<ArrChange>> &timelines, const QDate &today, int horizonMonths)
{
    TrackRecord record;
    for (auto it = histories.cbegin(); it != histories.cend(); ++it) {
        const QList<HealthSnapshot> &history = it.value();
        if (history.isEmpty())
            continue;
        const QList<ArrChange> timeline = timelines.value(it.key());
        const QDate first = history.constFirst().on;
        QDate month(first.year(), first.month(), 1);
        if (month < first)
            month = month.addMonths(1);
        for (; month.addMonths(horizonMonths) <= today; month = month.addMonths(1)) {
            const std::optional<int> tenths = tenthsOn(history, month);
            const MinorUnits start = arrOn(timeline, month);
            if (!tenths || start <= 0)
                continue; // no score yet, or no revenue to lose
            const bool lost = arrOn(timeline, month.addMonths(horizonMonths)) < start;
            if (*tenths < inTenths(riskReviewBelow)) {
                ++record.below;
                record.belowLost += lost ? 1 : 0;
            } else {
                ++record.atOrAbove;
                record.atOrAboveLost += lost ? 1 : 0;
            }
        }
    }
    return record;
}

} // namespace keyplan
