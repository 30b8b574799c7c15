#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace keyplan {

struct CheckFinding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString message; // translated
};

// `keyplan check`: SQLite's own integrity and foreign-key checks, then the plan's rules that the
// schema cannot express (the current stage matches the last stage change, histories chain, ...).
QList<CheckFinding> checkPlan(const QSqlDatabase &db);
// The plan's own rules only (values, stage history, rates), without SQLite's checks: what a
// loaded document must also meet before it is kept.
QList<CheckFinding> checkPlanRules(const QSqlDatabase &db);

} // namespace keyplan
