#pragma once

#include "domain/livingplansettings.h"

#include <QSqlDatabase>
#include <QString>

// Keeps LivingPlanSettings in the plan's plan_info, one key each: "cadence.strategic.touchpoint_days",
// "health.weights", "health.manual_entries_count_for_days", "rule.map_stale.enabled",
// "rule.renewal_at_risk.within_days". A value missing, unreadable or out of range reads as its
// default; only values differing from the default are written.
namespace keyplan {

LivingPlanSettings readLivingPlanSettings(const QSqlDatabase &db, QString *error = nullptr);
bool writeLivingPlanSettings(const QSqlDatabase &db, const LivingPlanSettings &settings, QString *error = nullptr);

// The range a rule parameter (days or counts) may take.
inline constexpr int ruleParameterMax = 3650;

} // namespace keyplan
