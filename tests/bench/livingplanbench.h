#pragma once

#include <QString>

namespace keyplan {

// Times the living plan on a plan: reading the key accounts' records, evaluating every rule and
// reconciling the plays in memory, a whole evaluator pass (read, evaluate, write), the pass after
// one edit, and This Week shown, painted. Prints figures; returns 0, or 1 when the plan cannot
// be opened.
int benchLivingPlan(const QString &plan, int runs);

} // namespace keyplan
