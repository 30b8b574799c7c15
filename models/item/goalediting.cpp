#include "item/goalediting.h"

#include "item/plandocument.h"
#include "item/writecommand.h"
#include "storage/plandatabase.h"

#include <QUndoStack>

#include <cmath>

namespace keyplan {

GoalEditing::GoalEditing(PlanDocument *document)
    : QObject(document)
    , m_document(document)
{
    setObjectName(QStringLiteral("goalEditing"));
}

GoalEditing *GoalEditing::of(PlanDocument *document)
{
    if (auto *existing = document->findChild<GoalEditing *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new GoalEditing(document);
}

QList<Goal> GoalEditing::goals(AccountId id) const
{
    return GoalStore(m_document->database().connection()).forAccount(id);
}

std::optional<Goal> GoalEditing::goal(GoalId id) const
{
    return GoalStore(m_document->database().connection()).find(id);
}

bool GoalEditing::refuse(const Goal &goal)
{
    if (m_document->refuseWhenReadOnly())
        return true;
    const auto finite = [](std::optional<double> value) { return !value || std::isfinite(*value); };
    if (goal.objective.trimmed().isEmpty() || !finite(goal.baseline) || !finite(goal.target)
        || !m_document->account(goal.accountId)) {
        Q_EMIT m_document->writeFailed(tr("A goal needs an objective, and its baseline and target must be numbers."));
        return true;
    }
    if (goal.unitValue && (*goal.unitValue <= 0 || !isMoneyInRange(*goal.unitValue))) {
        Q_EMIT m_document->writeFailed(tr("What a unit is worth must be an amount above zero."));
        return true;
    }
    return false;
}

bool GoalEditing::write(
    AccountId account, const QString &what, const std::function<bool(GoalStore &store, QString *error)> &change)
{
    const bool written = m_document->writeInTransaction(what, [&](const QSqlDatabase &db, QString *error) {
        GoalStore store(db);
        return change(store, error);
    });
    if (written)
        Q_EMIT goalsChanged(account);
    return written;
}

void GoalEditing::addGoal(const Goal &goal)
{
    if (refuse(goal))
        return;
    Goal added = goal;
    added.id = 0;
    added.objective = goal.objective.trimmed();
    const AccountId account = added.accountId;
    m_document->undoStack()->push(rowCommand(tr("Add the goal “%1”").arg(added.objective), added,
        [this, account](const auto &change) { return write(account, tr("The goal"), change); }, &GoalStore::insert,
        &GoalStore::remove));
}

void GoalEditing::editGoal(const Goal &goal)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const std::optional<Goal> before = this->goal(goal.id);
    if (!before || refuse(goal))
        return;
    Goal after = goal;
    after.accountId = before->accountId;
    after.objective = goal.objective.trimmed();
    after.version = before->version;
    if (after == *before)
        return;
    const AccountId account = after.accountId;
    const auto update = [this, account](const Goal &row) {
        return write(account, tr("The goal"), [row](GoalStore &store, QString *error) { return store.update(row, error); });
    };
    m_document->pushEdit(new WriteCommand(tr("Edit the goal “%1”").arg(after.objective),
                             [update, after] { return update(after); },
                             [update, before = *before] { return update(before); }),
        {QStringLiteral("goal"), goal.id, goal.version}, tr("the goal “%1”").arg(before->objective));
}

void GoalEditing::removeGoal(GoalId id, std::optional<qint64> readVersion)
{
    if (m_document->refuseWhenReadOnly()) // first: offline, the goal cannot be read either
        return;
    const std::optional<Goal> goal = this->goal(id);
    if (!goal)
        return;
    const AccountId account = goal->accountId;
    const GoalStore::Links links = GoalStore(m_document->database().connection()).links(id);
    const auto announceLinks = [this, account, links] {
        if (!links.valueOutcomes.isEmpty())
            Q_EMIT m_document->reviewsChanged(account);
        if (!links.opportunities.isEmpty())
            Q_EMIT m_document->pipelineChanged(account);
    };
    const sql::ReadRow read {QStringLiteral("goal"), id, readVersion.value_or(goal->version)};
    m_document->pushRemoval(new WriteCommand(tr("Remove the goal “%1”").arg(goal->objective),
        [this, account, id, announceLinks] {
            const bool removed = write(account, tr("Removing the goal"),
                [id](GoalStore &store, QString *error) { return store.remove(id, error); });
            if (removed)
                announceLinks();
            return removed;
        },
        [this, account, goal = *goal, links, announceLinks] {
            const bool restored = write(account, tr("The goal"), [&](GoalStore &store, QString *error) {
                return store.insert(goal, error) && store.relink(goal.id, links, error);
            });
            if (restored)
                announceLinks();
            return restored;
        }),
        read, tr("the goal “%1”").arg(goal->objective));
}

} // namespace keyplan
