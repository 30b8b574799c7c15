#pragma once

#include "domain/goal.h"
#include "storage/goalstore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace keyplan {

class PlanDocument;

// Editing the customer's goals (their success plan): the undo commands and the write primitives
// they call. One per document (of() makes it on first use, as the document's child). Every write
// announces itself through goalsChanged(); removing a goal also unlinks the value outcomes and
// opportunities that served it (reviewsChanged, pipelineChanged), and undo links them again.
class GoalEditing final : public QObject
{
    Q_OBJECT

public:
    static GoalEditing *of(PlanDocument *document);
    PlanDocument *document() const { return m_document; }

    QList<Goal> goals(AccountId id) const;
    std::optional<Goal> goal(GoalId id) const;

    // Through the undo stack. A goal needs an objective and an account; baseline and target must be
    // finite numbers. A refused goal is reported through the document's writeFailed.
    void addGoal(const Goal &goal);
    void editGoal(const Goal &goal);
    // `readVersion`: the goal's version as the user saw it (a change since is a conflict).
    void removeGoal(GoalId id, std::optional<qint64> readVersion = std::nullopt);

Q_SIGNALS:
    void goalsChanged(keyplan::AccountId account);

private:
    explicit GoalEditing(PlanDocument *document);
    // Runs one write in a transaction and announces it for `account`; false (reported) when refused.
    bool write(AccountId account, const QString &what, const std::function<bool(GoalStore &store, QString *error)> &change);
    bool refuse(const Goal &goal);

    PlanDocument *m_document;
};

} // namespace keyplan
