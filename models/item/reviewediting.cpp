#include "item/reviewediting.h"

#include "domain/accounthealth.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
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

template<typename Row> std::optional<Row> findRow(const QList<Row> &rows, qint64 id)
{
    for (const Row &row : rows) {
        if (row.id == id)
            return row;
    }
    return std::nullopt;
}

} // namespace

// The commands of value outcomes, risks, next steps and QBRs: they call the private write primitive.
struct ReviewCommands
{
    // Inserting `row` (redo) and removing it (undo); `removing` swaps the two.
    template<typename Row, typename Id>
    static QUndoCommand *insertOrRemove(ReviewEditing *editing, const QString &text, const QString &what, const Row &row,
        const RowWrites<Row, Id> &writes, bool removing)
    {
        const AccountId account = row.accountId;
        return rowCommand(
            text, row, [=](const auto &change) { return editing->writeReviews(account, what, change); },
            writes.insert, writes.remove, removing);
    }

    template<typename Row, typename Id>
    static QUndoCommand *updateCommand(ReviewEditing *editing, const QString &text, const QString &what,
        const Row &before, const Row &after, const RowWrites<Row, Id> &writes)
    {
        const auto write = [=](const Row &row) {
            return editing->writeReviews(row.accountId, what,
                [&](QbrStore &store, QString *error) { return (store.*writes.update)(row, error); });
        };
        return new WriteCommand(
            text, [=] { return write(after); }, [=] { return write(before); });
    }
};

ReviewEditing::ReviewEditing(PlanDocument *document)
    : QObject(document)
    , m_document(document)
{
    setObjectName(QStringLiteral("reviewEditing"));
}

ReviewEditing *ReviewEditing::of(PlanDocument *document)
{
    if (auto *existing = document->findChild<ReviewEditing *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ReviewEditing(document);
}

QList<ValueOutcome> ReviewEditing::valueOutcomes(AccountId id) const
{
    return QbrStore(m_document->database().connection()).valueOutcomes(id);
}

QList<Risk> ReviewEditing::risks(AccountId id) const
{
    return QbrStore(m_document->database().connection()).risks(id);
}

QList<NextStep> ReviewEditing::nextSteps(AccountId id) const
{
    return QbrStore(m_document->database().connection()).nextSteps(id);
}

QList<Qbr> ReviewEditing::qbrs(AccountId id) const
{
    return QbrStore(m_document->database().connection()).qbrs(id);
}

Qbr ReviewEditing::qbrInPreparation(AccountId id) const
{
    const QList<Qbr> reviews = qbrs(id);
    if (!reviews.isEmpty() && !reviews.constLast().isHeld())
        return reviews.constLast();
    Qbr qbr;
    qbr.accountId = id;
    const auto [start, end] = defaultQbrPeriod(reviews, m_document->asOf());
    qbr.periodStart = start;
    qbr.periodEnd = end;
    if (const std::optional<Account> owner = m_document->account(id))
        qbr.ourTeam = m_document->teamMemberName(owner->ownerId);
    qbr.chosenOpportunities = suggestedQbrOpportunities(PipelineEditing::of(m_document)->opportunities(id));
    return qbr;
}

bool ReviewEditing::writeReviews(
    AccountId account, const QString &what, const std::function<bool(QbrStore &store, QString *error)> &write)
{
    const bool written = m_document->writeInTransaction(what, [&](const QSqlDatabase &db, QString *error) {
        QbrStore store(db);
        return write(store, error);
    });
    if (written)
        Q_EMIT m_document->reviewsChanged(account);
    return written;
}

// --- Value outcomes, risks, next steps ---

void ReviewEditing::addValueOutcome(const ValueOutcome &outcome)
{
    if (m_document->refuseWhenReadOnly() || outcome.metric.trimmed().isEmpty() || !outcome.achievedOn.isValid()
        || !m_document->account(outcome.accountId))
        return;
    ValueOutcome added = outcome;
    added.id = 0;
    m_document->undoStack()->push(ReviewCommands::insertOrRemove(this, tr("Add value outcome %1").arg(outcome.metric),
        tr("The value outcome"), added, outcomeWrites, false));
}

void ReviewEditing::editValueOutcome(const ValueOutcome &outcome)
{
    const std::optional<ValueOutcome> before = findRow(valueOutcomes(outcome.accountId), outcome.id);
    if (m_document->refuseWhenReadOnly() || !before || outcome.metric.trimmed().isEmpty()
        || !outcome.achievedOn.isValid())
        return;
    if (*before == outcome)
        return;
    m_document->pushEdit(ReviewCommands::updateCommand(this, tr("Edit value outcome %1").arg(before->metric), tr("The value outcome"),
                 *before, outcome, outcomeWrites),
        {QStringLiteral("value_outcome"), outcome.id, outcome.version},
        tr("the value outcome “%1”").arg(before->metric));
}

void ReviewEditing::removeValueOutcome(const ValueOutcome &outcome)
{
    const std::optional<ValueOutcome> removed = findRow(valueOutcomes(outcome.accountId), outcome.id);
    if (m_document->refuseWhenReadOnly() || !removed)
        return;
    m_document->pushRemoval(ReviewCommands::insertOrRemove(this, tr("Remove value outcome %1").arg(removed->metric), tr("The value outcome"),
                 *removed, outcomeWrites, true),
        {QStringLiteral("value_outcome"), outcome.id, outcome.version},
        tr("the value outcome “%1”").arg(removed->metric));
}

void ReviewEditing::addRisk(const Risk &risk)
{
    if (m_document->refuseWhenReadOnly() || risk.title.trimmed().isEmpty() || !m_document->account(risk.accountId))
        return;
    Risk added = risk;
    added.id = 0;
    m_document->undoStack()->push(
        ReviewCommands::insertOrRemove(this, tr("Add risk %1").arg(risk.title), tr("The risk"), added, riskWrites, false));
}

void ReviewEditing::editRisk(const Risk &risk)
{
    const std::optional<Risk> before = findRow(risks(risk.accountId), risk.id);
    if (m_document->refuseWhenReadOnly() || !before || risk.title.trimmed().isEmpty() || *before == risk)
        return;
    m_document->pushEdit(ReviewCommands::updateCommand(this, tr("Edit risk %1").arg(before->title), tr("The risk"), *before, risk, riskWrites),
        {QStringLiteral("account_risk"), risk.id, risk.version}, tr("the risk “%1”").arg(before->title));
}

void ReviewEditing::removeRisk(const Risk &risk)
{
    const std::optional<Risk> removed = findRow(risks(risk.accountId), risk.id);
    if (m_document->refuseWhenReadOnly() || !removed)
        return;
    m_document->pushRemoval(ReviewCommands::insertOrRemove(this, tr("Remove risk %1").arg(removed->title), tr("The risk"), *removed, riskWrites, true),
        {QStringLiteral("account_risk"), risk.id, risk.version}, tr("the risk “%1”").arg(removed->title));
}

void ReviewEditing::addNextStep(const NextStep &step)
{
    if (m_document->refuseWhenReadOnly() || step.action.trimmed().isEmpty() || !m_document->account(step.accountId))
        return;
    NextStep added = step;
    added.id = 0;
    m_document->undoStack()->push(ReviewCommands::insertOrRemove(this, tr("Add next step %1").arg(step.action), tr("The next step"), added, stepWrites, false));
}

void ReviewEditing::editNextStep(const NextStep &step)
{
    const std::optional<NextStep> before = findRow(nextSteps(step.accountId), step.id);
    if (m_document->refuseWhenReadOnly() || !before || step.action.trimmed().isEmpty() || *before == step)
        return;
    m_document->pushEdit(ReviewCommands::updateCommand(this, tr("Edit next step %1").arg(before->action), tr("The next step"), *before, step, stepWrites),
        {QStringLiteral("next_step"), step.id, step.version}, tr("the next step “%1”").arg(before->action));
}

void ReviewEditing::removeNextStep(const NextStep &step)
{
    const std::optional<NextStep> removed = findRow(nextSteps(step.accountId), step.id);
    if (m_document->refuseWhenReadOnly() || !removed)
        return;
    m_document->pushRemoval(ReviewCommands::insertOrRemove(this, tr("Remove next step %1").arg(removed->action), tr("The next step"),
                 *removed, stepWrites, true),
        {QStringLiteral("next_step"), step.id, step.version}, tr("the next step “%1”").arg(removed->action));
}

// --- Reviews ---

void ReviewEditing::saveQbrPreparation(const Qbr &qbr)
{
    if (m_document->refuseWhenReadOnly() || qbr.isHeld() || !qbr.periodStart.isValid() || !qbr.periodEnd.isValid()
        || qbr.periodEnd < qbr.periodStart || !m_document->account(qbr.accountId))
        return;
    Qbr kept = qbr;
    kept.snapshot.reset();
    // Only the account's own opportunities, one or two of them.
    QList<OpportunityId> own;
    for (const Opportunity &opportunity : PipelineEditing::of(m_document)->opportunities(qbr.accountId))
        own.append(opportunity.id);
    kept.chosenOpportunities.removeIf([&](OpportunityId id) { return !own.contains(id); });
    while (kept.chosenOpportunities.size() > qbrOpportunityLimit)
        kept.chosenOpportunities.removeLast();
    if (kept.id == 0) {
        m_document->undoStack()->push(
            ReviewCommands::insertOrRemove(this, tr("Prepare the QBR"), tr("The review"), kept, qbrWrites, false));
        return;
    }
    const std::optional<Qbr> before = findRow(qbrs(kept.accountId), kept.id);
    if (!before || before->isHeld() || *before == kept)
        return;
    m_document->pushEdit(ReviewCommands::updateCommand(this, tr("Edit the QBR"), tr("The review"), *before, kept, qbrWrites),
        {QStringLiteral("qbr"), kept.id, kept.version}, tr("the QBR in preparation"),
        false /* its sections and opportunities are rows of their own */);
}

void ReviewEditing::markQbrHeld(const Qbr &qbr, const QDate &day)
{
    if (m_document->refuseWhenReadOnly() || !day.isValid() || qbr.isHeld() || !m_document->account(qbr.accountId))
        return;
    auto held = std::make_shared<Qbr>(qbr);
    held->heldOn = day;
    // The health the review's cover showed on the day: the scorecard's, not the history's last mark.
    const AccountRecord record = m_document->accountRecord(qbr.accountId);
    held->snapshot = takeQbrSnapshot(record, day, m_document->coverageSettings(),
        accountHealth(record, readLivingPlanSettings(m_document->database().connection()), m_document->coverageSettings(), day).score());
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
        m_document->pushEdit(command, {QStringLiteral("qbr"), qbr.id, qbr.version}, tr("the QBR in preparation"), false);
    else
        m_document->undoStack()->push(command);
}

} // namespace keyplan
