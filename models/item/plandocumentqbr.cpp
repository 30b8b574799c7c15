// PlanDocument's quarterly business reviews: value outcomes, risks, next steps and the reviews.
// Every edit is a WriteCommand over writeReviews().
#include "domain/accounthealth.h"
#include "item/plandocument.h"
#include "item/plandocumentwrite.h"
#include "item/writecommand.h"
#include "storage/livingplansettingsstore.h"
#include "storage/qbrstore.h"

#include <QUndoStack>

#include <memory>

namespace keyplan {

namespace {

// The three insert / update / remove primitives of one kind of row.
template<typename Row, typename Id> struct RowWrites
{
    std::optional<Id> (QbrStore::*insert)(const Row &, QString *);
    bool (QbrStore::*update)(const Row &, QString *);
    bool (QbrStore::*remove)(Id, QString *);
};

const RowWrites<ValueOutcome, ValueOutcomeId> outcomeWrites {
    &QbrStore::insertValueOutcome, &QbrStore::updateValueOutcome, &QbrStore::removeValueOutcome};
const RowWrites<Risk, RiskId> riskWrites {
    &QbrStore::insertRisk, &QbrStore::updateRisk, &QbrStore::removeRisk};
const RowWrites<NextStep, NextStepId> stepWrites {
    &QbrStore::insertNextStep, &QbrStore::updateNextStep, &QbrStore::removeNextStep};
const RowWrites<Qbr, QbrId> qbrWrites {&QbrStore::insertQbr, &QbrStore::updateQbr, &QbrStore::removeQbr};

// Inserting `row` (redo) and removing it (undo); `removing` swaps the two.
template<typename Row, typename Id>
QUndoCommand *insertOrRemove(PlanDocument *document, const QString &text, const QString &what, const Row &row,
    const RowWrites<Row, Id> &writes, bool removing)
{
    const AccountId account = row.accountId;
    return rowCommand(
        text, row, [=](const auto &change) { return document->writeReviews(account, what, change); },
        writes.insert, writes.remove, removing);
}

template<typename Row, typename Id>
QUndoCommand *updateCommand(PlanDocument *document, const QString &text, const QString &what,
    const Row &before, const Row &after, const RowWrites<Row, Id> &writes)
{
    const auto write = [=](const Row &row) {
        return document->writeReviews(row.accountId, what,
            [&](QbrStore &store, QString *error) { return (store.*writes.update)(row, error); });
    };
    return new WriteCommand(
        text, [=] { return write(after); }, [=] { return write(before); });
}

template<typename Row> std::optional<Row> findRow(const QList<Row> &rows, qint64 id)
{
    for (const Row &row : rows) {
        if (row.id == id)
            return row;
    }
    return std::nullopt;
}

} // namespace

QList<ValueOutcome> PlanDocument::valueOutcomes(AccountId id) const
{
    return QbrStore(m_database->connection()).valueOutcomes(id);
}

QList<Risk> PlanDocument::risks(AccountId id) const
{
    return QbrStore(m_database->connection()).risks(id);
}

QList<NextStep> PlanDocument::nextSteps(AccountId id) const
{
    return QbrStore(m_database->connection()).nextSteps(id);
}

QList<Qbr> PlanDocument::qbrs(AccountId id) const
{
    return QbrStore(m_database->connection()).qbrs(id);
}

Qbr PlanDocument::qbrInPreparation(AccountId id) const
{
    const QList<Qbr> reviews = qbrs(id);
    if (!reviews.isEmpty() && !reviews.constLast().isHeld())
        return reviews.constLast();
    Qbr qbr;
    qbr.accountId = id;
    const auto [start, end] = defaultQbrPeriod(reviews, asOf());
    qbr.periodStart = start;
    qbr.periodEnd = end;
    if (const std::optional<Account> owner = account(id))
        qbr.ourTeam = teamMemberName(owner->ownerId);
    qbr.chosenOpportunities = suggestedQbrOpportunities(opportunities(id));
    return qbr;
}

bool PlanDocument::writeReviews(
    AccountId account, const QString &what, const std::function<bool(QbrStore &store, QString *error)> &write)
{
    const bool written = inWriteTransaction(what, [&](const QSqlDatabase &db, QString *error) {
        QbrStore store(db);
        return write(store, error);
    });
    if (written)
        Q_EMIT reviewsChanged(account);
    return written;
}

// --- Value outcomes, risks, next steps ---

void PlanDocument::addValueOutcome(const ValueOutcome &outcome)
{
    if (refuseWhenReadOnly() || outcome.metric.trimmed().isEmpty() || !outcome.achievedOn.isValid()
        || !account(outcome.accountId))
        return;
    ValueOutcome added = outcome;
    added.id = 0;
    m_undoStack->push(insertOrRemove(this, tr("Add value outcome %1").arg(outcome.metric),
        tr("The value outcome"), added, outcomeWrites, false));
}

void PlanDocument::editValueOutcome(const ValueOutcome &outcome)
{
    const std::optional<ValueOutcome> before = findRow(valueOutcomes(outcome.accountId), outcome.id);
    if (refuseWhenReadOnly() || !before || outcome.metric.trimmed().isEmpty()
        || !outcome.achievedOn.isValid())
        return;
    if (*before == outcome)
        return;
    pushEdit(updateCommand(this, tr("Edit value outcome %1").arg(before->metric), tr("The value outcome"),
                 *before, outcome, outcomeWrites),
        {QStringLiteral("value_outcome"), outcome.id, outcome.version},
        tr("the value outcome “%1”").arg(before->metric));
}

void PlanDocument::removeValueOutcome(const ValueOutcome &outcome)
{
    const std::optional<ValueOutcome> removed = findRow(valueOutcomes(outcome.accountId), outcome.id);
    if (refuseWhenReadOnly() || !removed)
        return;
    pushEdit(insertOrRemove(this, tr("Remove value outcome %1").arg(removed->metric), tr("The value outcome"),
                 *removed, outcomeWrites, true),
        {QStringLiteral("value_outcome"), outcome.id, outcome.version},
        tr("the value outcome “%1”").arg(removed->metric));
}

void PlanDocument::addRisk(const Risk &risk)
{
    if (refuseWhenReadOnly() || risk.title.trimmed().isEmpty() || !account(risk.accountId))
        return;
    Risk added = risk;
    added.id = 0;
    m_undoStack->push(
        insertOrRemove(this, tr("Add risk %1").arg(risk.title), tr("The risk"), added, riskWrites, false));
}

void PlanDocument::editRisk(const Risk &risk)
{
    const std::optional<Risk> before = findRow(risks(risk.accountId), risk.id);
    if (refuseWhenReadOnly() || !before || risk.title.trimmed().isEmpty() || *before == risk)
        return;
    pushEdit(updateCommand(this, tr("Edit risk %1").arg(before->title), tr("The risk"), *before, risk, riskWrites),
        {QStringLiteral("account_risk"), risk.id, risk.version}, tr("the risk “%1”").arg(before->title));
}

void PlanDocument::removeRisk(const Risk &risk)
{
    const std::optional<Risk> removed = findRow(risks(risk.accountId), risk.id);
    if (refuseWhenReadOnly() || !removed)
        return;
    pushEdit(insertOrRemove(
                 this, tr("Remove risk %1").arg(removed->title), tr("The risk"), *removed, riskWrites, true),
        {QStringLiteral("account_risk"), risk.id, risk.version}, tr("the risk “%1”").arg(removed->title));
}

void PlanDocument::addNextStep(const NextStep &step)
{
    if (refuseWhenReadOnly() || step.action.trimmed().isEmpty() || !account(step.accountId))
        return;
    NextStep added = step;
    added.id = 0;
    m_undoStack->push(insertOrRemove(
        this, tr("Add next step %1").arg(step.action), tr("The next step"), added, stepWrites, false));
}

void PlanDocument::editNextStep(const NextStep &step)
{
    const std::optional<NextStep> before = findRow(nextSteps(step.accountId), step.id);
    if (refuseWhenReadOnly() || !before || step.action.trimmed().isEmpty() || *before == step)
        return;
    pushEdit(updateCommand(
                 this, tr("Edit next step %1").arg(before->action), tr("The next step"), *before, step, stepWrites),
        {QStringLiteral("next_step"), step.id, step.version}, tr("the next step “%1”").arg(before->action));
}

void PlanDocument::removeNextStep(const NextStep &step)
{
    const std::optional<NextStep> removed = findRow(nextSteps(step.accountId), step.id);
    if (refuseWhenReadOnly() || !removed)
        return;
    pushEdit(insertOrRemove(this, tr("Remove next step %1").arg(removed->action), tr("The next step"),
                 *removed, stepWrites, true),
        {QStringLiteral("next_step"), step.id, step.version}, tr("the next step “%1”").arg(removed->action));
}

// --- Reviews ---

void PlanDocument::saveQbrPreparation(const Qbr &qbr)
{
    if (refuseWhenReadOnly() || qbr.isHeld() || !qbr.periodStart.isValid() || !qbr.periodEnd.isValid()
        || qbr.periodEnd < qbr.periodStart || !account(qbr.accountId))
        return;
    Qbr kept = qbr;
    kept.snapshot.reset();
    // Only the account's own opportunities, one or two of them.
    QList<OpportunityId> own;
    for (const Opportunity &opportunity : opportunities(qbr.accountId))
        own.append(opportunity.id);
    kept.chosenOpportunities.removeIf([&](OpportunityId id) { return !own.contains(id); });
    while (kept.chosenOpportunities.size() > qbrOpportunityLimit)
        kept.chosenOpportunities.removeLast();
    if (kept.id == 0) {
        m_undoStack->push(
            insertOrRemove(this, tr("Prepare the QBR"), tr("The review"), kept, qbrWrites, false));
        return;
    }
    const std::optional<Qbr> before = findRow(qbrs(kept.accountId), kept.id);
    if (!before || before->isHeld() || *before == kept)
        return;
    pushEdit(updateCommand(this, tr("Edit the QBR"), tr("The review"), *before, kept, qbrWrites),
        {QStringLiteral("qbr"), kept.id, kept.version}, tr("the QBR in preparation"),
        false /* its sections and opportunities are rows of their own */);
}

void PlanDocument::markQbrHeld(const Qbr &qbr, const QDate &day)
{
    if (refuseWhenReadOnly() || !day.isValid() || qbr.isHeld() || !account(qbr.accountId))
        return;
    auto held = std::make_shared<Qbr>(qbr);
    held->heldOn = day;
    // The health the review's cover showed on the day: the scorecard's, not the history's last mark.
    const AccountRecord record = accountRecord(qbr.accountId);
    held->snapshot = takeQbrSnapshot(record, day, coverageSettings(),
        accountHealth(record, readLivingPlanSettings(m_database->connection()), coverageSettings(), day).score());
    const std::optional<Qbr> before = qbr.id != 0 ? findRow(qbrs(qbr.accountId), qbr.id) : std::nullopt;
    const QString what = tr("The review");
    auto *command = new WriteCommand(
        tr("Mark the QBR as held"),
        [this, held, what] {
            return writeReviews(held->accountId, what, [&](QbrStore &store, QString *error) {
                if (held->id != 0)
                    return store.updateQbr(*held, error);
                const std::optional<QbrId> id = store.insertQbr(*held, error);
                if (id)
                    held->id = *id;
                return id.has_value();
            });
        },
        [this, held, before, what] {
            return writeReviews(held->accountId, what, [&](QbrStore &store, QString *error) {
                // Back to the preparation it was, or to nothing when it was never saved.
                if (before)
                    return store.updateQbr(*before, error);
                const bool removed = store.removeQbr(held->id, error);
                held->id = 0;
                return removed;
            });
        });
    if (qbr.id != 0)
        pushEdit(command, {QStringLiteral("qbr"), qbr.id, qbr.version}, tr("the QBR in preparation"), false);
    else
        m_undoStack->push(command);
}

} // namespace keyplan
