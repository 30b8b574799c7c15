#include "item/pipelineediting.h"

#include "item/plandocument.h"
#include "item/plandocumentwrite.h"
#include "item/reviewediting.h"
#include "item/writecommand.h"
#include "storage/arrchangestore.h"
#include "storage/pipelinestore.h"
#include "storage/plandatabase.h"
#include "storage/qbrstore.h"
#include "storage/sqlhelpers.h"

#include <QUndoStack>

#include <memory>

namespace keyplan {

namespace {

std::optional<WhitespaceCell> cellAt(
    const QList<WhitespaceCell> &cells, OfferingId offering, BusinessUnitId unit)
{
    for (const WhitespaceCell &cell : cells) {
        if (cell.offeringId == offering && cell.businessUnitId == unit)
            return cell;
    }
    return std::nullopt;
}

} // namespace

// The commands that call the private write primitive from outside a member.
struct PipelineCommands
{
    // The undo step that adds `row` to the pipeline, and whose undo takes it out again.
    template<typename Row, typename Id>
    static QUndoCommand *insertCommand(PipelineEditing *editing, const QString &text, AccountId account,
        const QString &what, const Row &row, std::optional<Id> (PipelineStore::*insert)(const Row &, QString *),
        bool (PipelineStore::*remove)(Id, QString *))
    {
        return rowCommand(
            text, row, [=](const auto &change) { return editing->writePipeline(account, what, change); }, insert,
            remove);
    }
};

PipelineEditing::PipelineEditing(PlanDocument *document)
    : QObject(document)
    , m_document(document)
{
    setObjectName(QStringLiteral("pipelineEditing"));
}

PipelineEditing *PipelineEditing::of(PlanDocument *document)
{
    if (auto *existing = document->findChild<PipelineEditing *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new PipelineEditing(document);
}

// --- Reading ---

QList<Offering> PipelineEditing::offerings() const
{
    return PipelineStore(m_document->database().connection()).offerings();
}

QList<BusinessUnit> PipelineEditing::businessUnits(AccountId id) const
{
    return PipelineStore(m_document->database().connection()).businessUnits(id);
}

QList<WhitespaceCell> PipelineEditing::whitespaceCells(AccountId id) const
{
    return PipelineStore(m_document->database().connection()).cells(id);
}

QList<Opportunity> PipelineEditing::opportunities(AccountId id) const
{
    return PipelineStore(m_document->database().connection()).opportunities(id);
}

QList<Opportunity> PipelineEditing::allOpportunities(bool withChecklists) const
{
    return PipelineStore(m_document->database().connection())
        .allOpportunities(
            nullptr, withChecklists ? PipelineStore::Checklists::Read : PipelineStore::Checklists::Skip);
}

std::optional<Opportunity> PipelineEditing::opportunity(OpportunityId id) const
{
    return PipelineStore(m_document->database().connection()).opportunity(id);
}

PipelineStore::KeyAccountWhitespace PipelineEditing::keyAccountWhitespace() const
{
    return PipelineStore(m_document->database().connection()).keyAccountWhitespace();
}

// --- The one write path ---

bool PipelineEditing::writePipeline(AccountId account, const QString &what,
    const std::function<bool(PipelineStore &store, QString *error)> &write)
{
    const bool written = m_document->writeInTransaction(what, [&](const QSqlDatabase &db, QString *error) {
        PipelineStore store(db);
        return write(store, error);
    });
    if (!written)
        return false;
    if (account == 0) {
        Q_EMIT m_document->catalogueChanged();
    } else {
        Q_EMIT m_document->pipelineChanged(account);
        Q_EMIT m_document->accountChanged(account); // the portfolio's figures for the account
    }
    return true;
}

// --- Catalogue and business units ---

void PipelineEditing::addOffering(const Offering &offering)
{
    if (m_document->refuseWhenReadOnly() || offering.name.trimmed().isEmpty())
        return;
    auto added = std::make_shared<Offering>(offering);
    added->id = 0;
    added->position = 0; // last
    added->name = offering.name.trimmed();
    m_document->undoStack()->push(PipelineCommands::insertCommand(this, tr("Add %1 to the catalogue").arg(added->name), 0,
        tr("The offering"), *added, &PipelineStore::insertOffering, &PipelineStore::removeOffering));
}

void PipelineEditing::editOffering(const Offering &offering)
{
    if (m_document->refuseWhenReadOnly() || offering.name.trimmed().isEmpty())
        return;
    Offering before;
    for (const Offering &o : offerings()) {
        if (o.id == offering.id)
            before = o;
    }
    if (before.id == 0)
        return;
    const auto write = [this](const Offering &o) {
        return writePipeline(0, tr("The offering"),
            [o](PipelineStore &store, QString *error) { return store.updateOffering(o, error); });
    };
    m_document->pushEdit(new WriteCommand(
                 tr("Edit %1").arg(before.name), [write, offering] { return write(offering); },
                 [write, before] { return write(before); }),
        {QStringLiteral("offering"), offering.id, offering.version}, tr("the offering “%1”").arg(before.name));
}

bool PipelineEditing::removeOffering(OfferingId id, std::optional<qint64> readVersion)
{
    if (m_document->refuseWhenReadOnly())
        return false;
    std::optional<Offering> removed;
    for (const Offering &o : offerings()) {
        if (o.id == id)
            removed = o;
    }
    if (!removed) {
        if (readVersion) // on the user's list, gone since (a colleague removed it)
            m_document->reportRemovedSince(tr("Removing the offering"), {QStringLiteral("offering"), id, *readVersion},
                tr("the offering"), {}, true);
        return false;
    }
    if (const int uses = PipelineStore(m_document->database().connection()).offeringUses(id); uses > 0) {
        Q_EMIT m_document->writeFailed(tr("%1 stays in the catalogue: %2 whitespace cells or opportunities use it.")
                               .arg(removed->name, QString::number(uses)));
        return false;
    }
    auto kept = std::make_shared<Offering>(*removed);
    m_document->pushRemoval(new WriteCommand(
        tr("Remove %1 from the catalogue").arg(removed->name),
        [this, kept] {
            return writePipeline(0, tr("Removing the offering"), [&](PipelineStore &store, QString *error) {
                // Again in the removal's transaction: a colleague may have used it a moment ago,
                // and removing it would take their cells with it.
                if (const int uses = store.offeringUses(kept->id); uses > 0) {
                    *error = tr("%1 whitespace cells or opportunities use it now.").arg(uses);
                    return false;
                }
                return store.removeOffering(kept->id, error);
            });
        },
        [this, kept] {
            return writePipeline(0, tr("The offering"), [&](PipelineStore &store, QString *error) {
                return store.insertOffering(*kept, error).has_value();
            });
        }),
        {QStringLiteral("offering"), id, readVersion.value_or(removed->version)},
        tr("the offering “%1”").arg(removed->name));
    return true;
}

void PipelineEditing::addBusinessUnit(const BusinessUnit &unit)
{
    if (m_document->refuseWhenReadOnly() || unit.name.trimmed().isEmpty() || !m_document->account(unit.accountId))
        return;
    auto added = std::make_shared<BusinessUnit>(unit);
    added->id = 0;
    added->position = 0; // last
    added->name = unit.name.trimmed();
    m_document->undoStack()->push(
        PipelineCommands::insertCommand(this, tr("Add %1").arg(added->name), added->accountId, tr("The business unit"), *added,
            &PipelineStore::insertBusinessUnit, &PipelineStore::removeBusinessUnit));
}

void PipelineEditing::editBusinessUnit(const BusinessUnit &unit)
{
    if (m_document->refuseWhenReadOnly() || unit.name.trimmed().isEmpty())
        return;
    std::optional<BusinessUnit> before;
    for (const BusinessUnit &u : businessUnits(unit.accountId)) {
        if (u.id == unit.id)
            before = u;
    }
    if (!before)
        return;
    const auto write = [this](const BusinessUnit &u) {
        return writePipeline(u.accountId, tr("The business unit"),
            [u](PipelineStore &store, QString *error) { return store.updateBusinessUnit(u, error); });
    };
    m_document->pushEdit(new WriteCommand(
                 tr("Edit %1").arg(before->name), [write, unit] { return write(unit); },
                 [write, before] { return write(*before); }),
        {QStringLiteral("business_unit"), unit.id, unit.version}, tr("the business unit “%1”").arg(before->name));
}

void PipelineEditing::removeBusinessUnit(BusinessUnitId id, std::optional<qint64> readVersion)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const std::optional<AccountId> owner = PipelineStore(m_document->database().connection()).accountOfBusinessUnit(id);
    if (!owner) {
        if (readVersion) // on the user's list, gone since (a colleague removed it)
            m_document->reportRemovedSince(tr("Removing the business unit"),
                {QStringLiteral("business_unit"), id, *readVersion}, tr("the business unit"), {}, true);
        return;
    }
    const AccountId accountId = *owner;
    std::optional<BusinessUnit> unit;
    for (const BusinessUnit &u : businessUnits(accountId)) {
        if (u.id == id)
            unit = u;
    }
    if (!unit)
        return;
    // What goes with it: its cells, and its place on the opportunities that named it. Read in the
    // removal's own transaction, so that a colleague's cell added a moment before is restored too.
    struct GoneWith
    {
        QList<WhitespaceCell> cells;
        QList<Opportunity> named;
    };
    auto gone = std::make_shared<GoneWith>();
    m_document->pushRemoval(new WriteCommand(
        tr("Remove %1").arg(unit->name),
        [this, accountId, id, gone] {
            return writePipeline(accountId, tr("Removing the business unit"), [&](PipelineStore &store, QString *error) {
                *gone = {};
                for (const WhitespaceCell &cell : store.cells(accountId, error)) {
                    if (cell.businessUnitId == id)
                        gone->cells.append(cell);
                }
                for (const Opportunity &opportunity : store.opportunities(accountId, error)) {
                    if (opportunity.businessUnitId == id)
                        gone->named.append(opportunity);
                }
                return error->isEmpty() && store.removeBusinessUnit(id, error);
            });
        },
        [this, accountId, unit, gone] {
            return writePipeline(
                accountId, tr("Restoring the business unit"), [&](PipelineStore &store, QString *error) {
                    if (!store.insertBusinessUnit(*unit, error))
                        return false;
                    for (const WhitespaceCell &cell : std::as_const(gone->cells)) {
                        if (!store.saveCell(cell, error))
                            return false;
                    }
                    for (const Opportunity &opportunity : std::as_const(gone->named)) {
                        if (!store.updateOpportunity(opportunity, error))
                            return false;
                    }
                    return true;
                });
        }),
        {QStringLiteral("business_unit"), id, readVersion.value_or(unit->version)},
        tr("the business unit “%1”").arg(unit->name));
}

// --- The matrix ---

void PipelineEditing::setWhitespaceCell(const WhitespaceCell &cell)
{
    if (m_document->refuseWhenReadOnly() || !m_document->account(cell.accountId))
        return;
    const std::optional<WhitespaceCell> before
        = cellAt(whitespaceCells(cell.accountId), cell.offeringId, cell.businessUnitId);
    WhitespaceCell after = cell;
    if (before)
        after.id = before->id;
    const AccountId accountId = cell.accountId;
    auto savedId = std::make_shared<WhitespaceCellId>(after.id);
    m_document->undoStack()->push(new WriteCommand(
        tr("Change a whitespace cell"),
        [this, after, accountId, savedId] {
            return writePipeline(
                accountId, tr("The whitespace cell"), [&](PipelineStore &store, QString *error) {
                    WhitespaceCell saved = after;
                    saved.id = *savedId;
                    const std::optional<WhitespaceCellId> id = store.saveCell(saved, error);
                    if (id)
                        *savedId = *id;
                    return id.has_value();
                });
        },
        [this, before, accountId, savedId] {
            return writePipeline(
                accountId, tr("The whitespace cell"), [&](PipelineStore &store, QString *error) {
                    return before ? store.saveCell(*before, error).has_value()
                                  : store.removeCell(*savedId, error);
                });
        }));
}

std::optional<OpportunityId> PipelineEditing::convertToOpportunity(
    AccountId accountId, OfferingId offering, BusinessUnitId unit, const QDate &expectedClose)
{
    if (m_document->refuseWhenReadOnly())
        return std::nullopt;
    const QList<WhitespaceCell> cells = whitespaceCells(accountId);
    const std::optional<WhitespaceCell> before = cellAt(cells, offering, unit);
    if (!before || before->state != CellState::Open) {
        Q_EMIT m_document->writeFailed(tr("Only open whitespace can become an opportunity."));
        return std::nullopt;
    }
    QString offeringName;
    for (const Offering &o : offerings()) {
        if (o.id == offering)
            offeringName = o.name;
    }
    QString unitName;
    for (const BusinessUnit &u : businessUnits(accountId)) {
        if (u.id == unit)
            unitName = u.name;
    }
    bool soldElsewhere = false;
    for (const WhitespaceCell &cell : cells)
        soldElsewhere = soldElsewhere || (cell.offeringId == offering && cell.state == CellState::Sold);
    auto opportunity = std::make_shared<Opportunity>(
        opportunityFromCell(*before, offeringName, unitName, soldElsewhere, expectedClose));
    m_document->undoStack()->push(new WriteCommand(
        tr("Turn %1 into an opportunity").arg(opportunity->title),
        [this, accountId, opportunity, before] {
            return writePipeline(accountId, tr("The opportunity"), [&](PipelineStore &store, QString *error) {
                const std::optional<OpportunityId> id = store.insertOpportunity(*opportunity, error);
                if (!id)
                    return false;
                opportunity->id = *id;
                WhitespaceCell piped = *before;
                piped.state = CellState::InPipeline;
                piped.opportunityId = *id;
                return store.saveCell(piped, error).has_value();
            });
        },
        [this, accountId, opportunity, before] {
            return writePipeline(accountId, tr("The opportunity"), [&](PipelineStore &store, QString *error) {
                return store.saveCell(*before, error) && store.removeOpportunity(opportunity->id, error);
            });
        }));
    return opportunity->id > 0 ? std::optional(opportunity->id) : std::nullopt;
}

// --- Opportunities and health ---

void PipelineEditing::addOpportunity(const Opportunity &opportunity)
{
    if (m_document->refuseWhenReadOnly() || opportunity.title.trimmed().isEmpty() || !m_document->account(opportunity.accountId))
        return;
    auto added = std::make_shared<Opportunity>(opportunity);
    added->id = 0;
    added->title = opportunity.title.trimmed();
    m_document->undoStack()->push(PipelineCommands::insertCommand(this, tr("Add %1").arg(added->title), added->accountId,
        tr("The opportunity"), *added, &PipelineStore::insertOpportunity, &PipelineStore::removeOpportunity));
}

void PipelineEditing::editOpportunity(const Opportunity &opportunity)
{
    if (m_document->refuseWhenReadOnly() || opportunity.title.trimmed().isEmpty())
        return;
    std::optional<Opportunity> before;
    for (const Opportunity &o : opportunities(opportunity.accountId)) {
        if (o.id == opportunity.id)
            before = o;
    }
    if (!before || opportunity.probability < 0 || opportunity.probability > 100) {
        Q_EMIT m_document->writeFailed(tr("That value does not fit this field."));
        return;
    }
    const auto write = [this](const Opportunity &o) {
        return writePipeline(o.accountId, tr("The opportunity"),
            [o](PipelineStore &store, QString *error) { return store.updateOpportunity(o, error); });
    };
    m_document->pushEdit(new WriteCommand(
                 tr("Edit %1").arg(before->title), [write, opportunity] { return write(opportunity); },
                 [write, before] { return write(*before); }),
        {QStringLiteral("opportunity"), opportunity.id, opportunity.version},
        tr("the opportunity “%1”").arg(before->title), false /* its checklist is rows of its own */);
}

void PipelineEditing::removeOpportunity(OpportunityId id, std::optional<qint64> readVersion)
{
    if (m_document->refuseWhenReadOnly())
        return;
    const std::optional<Opportunity> removed = opportunity(id);
    if (!removed)
        return;
    QList<WhitespaceCell> showing;
    for (const WhitespaceCell &cell : whitespaceCells(removed->accountId)) {
        if (cell.opportunityId == id)
            showing.append(cell);
    }
    const AccountId accountId = removed->accountId;
    // Reviews that present it lose it with it (the database cascades); undo gives it back to them.
    QList<Qbr> presenting;
    for (const Qbr &qbr : ReviewEditing::of(m_document)->qbrs(accountId)) {
        if (qbr.chosenOpportunities.contains(id))
            presenting.append(qbr);
    }
    // Changes of ARR it caused lose the link (the database sets it to NULL); undo links them again.
    QList<ArrChange> caused = ArrChangeStore(m_document->database().connection()).forAccount(accountId);
    caused.removeIf([id](const ArrChange &change) { return change.opportunityId != id; });
    m_document->pushRemoval(new WriteCommand(
        tr("Remove %1").arg(removed->title),
        [this, accountId, removed, showing] {
            return writePipeline(
                accountId, tr("Removing the opportunity"), [&](PipelineStore &store, QString *error) {
                    for (WhitespaceCell cell : showing) { // back to open whitespace, worth what was hoped
                        cell.state = CellState::Open;
                        cell.potential = removed->amount;
                        cell.opportunityId.reset();
                        if (!store.saveCell(cell, error))
                            return false;
                    }
                    return store.removeOpportunity(removed->id, error);
                });
        },
        [this, accountId, removed, showing, presenting, caused] {
            const bool restored = writePipeline(
                accountId, tr("Restoring the opportunity"), [&](PipelineStore &store, QString *error) {
                    if (!store.insertOpportunity(*removed, error))
                        return false;
                    ArrChangeStore changes(m_document->database().connection()); // in the same transaction
                    for (const ArrChange &change : caused) {
                        if (!changes.update(change, error))
                            return false;
                    }
                    for (const WhitespaceCell &cell : showing) {
                        if (!store.saveCell(cell, error))
                            return false;
                    }
                    QbrStore reviews(m_document->database().connection()); // in the same transaction
                    for (const Qbr &qbr : presenting) {
                        if (!reviews.updateQbr(qbr, error))
                            return false;
                    }
                    return true;
                });
            if (restored && !caused.isEmpty())
                Q_EMIT m_document->revenueChanged(accountId);
            return restored;
        }),
        {QStringLiteral("opportunity"), id, readVersion.value_or(removed->version)},
        tr("the opportunity “%1”").arg(removed->title));
}

} // namespace keyplan
