#pragma once

#include <QString>

#include <functional>

namespace keyplan {

class PlanDatabase;

// Writes a new plan at `target`, which must not exist, so that a failure (a full disk, an I/O
// error) leaves no new file: the plan is built under a temporary name beside the target, closed
// cleanly (its -wal checkpointed into it, which is where a full disk shows), checked with
// integrity_check, and only then moved to `target`, never replacing a file that appeared there
// meanwhile. `fill` writes the content; false from it, with its reason, abandons the plan.
bool writeNewPlan(const QString &target, const std::function<bool(PlanDatabase &plan, QString *error)> &fill,
    QString *error);

// Makes `folder` (and its parents) when missing, readable by the user only; false when it cannot.
bool makePrivateFolder(const QString &folder);

// Makes sure a rename into `folder` is on disk (fsync of the folder); false when it cannot tell.
bool syncFolder(const QString &folder);

} // namespace keyplan
