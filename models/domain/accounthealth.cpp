#include "domain/accounthealth.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace keyplan {

HealthInputs healthInputsOf(const AccountRecord &record)
{
    HealthInputs inputs;
    inputs.tier = record.account.tier;
    inputs.stakeholders = record.stakeholders;
    inputs.touchpoints = record.touchpoints;
    for (const MapReview &review : record.reviews)
        inputs.lastMapReview = std::max(inputs.lastMapReview, review.on);
    inputs.goals = record.goals;
    inputs.entries = record.healthEntries;
    inputs.metrics = record.metrics;
    inputs.overrides = record.healthOverrides;
    return inputs;
}

AccountHealth accountHealth(const AccountRecord &record, const LivingPlanSettings &settings,
    const CoverageSettings &coverage, const QDate &today)
{
    AccountHealth health;
    health.card = computeHealthCard(healthInputsOf(record), settings.health, settings.cadence, coverage, today);
    if (const std::optional<double> score = health.card.score())
        health.trend = healthTrend(record.healthHistory, inTenths(*score), today);
    return health;
}

QString formatHealth(std::optional<double> score)
{
    if (!score)
        return QStringLiteral("–");
    return QLocale().toString(inTenths(*score) / 10.0, 'f', 1);
}

QString formatHealthTrend(std::optional<int> tenthsGained)
{
    if (!tenthsGained)
        return {};
    const QString amount = QLocale().toString(std::abs(*tenthsGained) / 10.0, 'f', 1);
    if (*tenthsGained > 0)
        return QCoreApplication::translate("AccountHealth", "▲ %1").arg(amount);
    if (*tenthsGained < 0)
        return QCoreApplication::translate("AccountHealth", "▼ %1").arg(amount);
    return QCoreApplication::translate("AccountHealth", "▬");
}

} // namespace keyplan
