#pragma once

#include "domain/opportunity.h"
#include "domain/whitespace.h"
#include "storage/pipelinestore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace keyplan {

class PlanDocument;

// Editing the whitespace and the expansion pipeline: the catalogue of offerings, an account's
// business units, its whitespace matrix and its opportunities, with the undo commands and the write
// primitive they call. One per document (of() makes it on first use, as the document's child).
// Every write announces itself through the document's catalogueChanged() or pipelineChanged() and
// accountChanged(); edits and removals of a row go over the version the user read
// (PlanDocument::pushEdit).
class PipelineEditing final : public QObject
{
    Q_OBJECT

public:
    static PipelineEditing *of(PlanDocument *document);
    // For reading a document held const (made on first use all the same: a cache of the document's).
    static const PipelineEditing *of(const PlanDocument *document) { return of(const_cast<PlanDocument *>(document)); }
    PlanDocument *document() const { return m_document; }

    QList<Offering> offerings() const;
    QList<BusinessUnit> businessUnits(AccountId id) const;
    QList<WhitespaceCell> whitespaceCells(AccountId id) const;
    QList<Opportunity> opportunities(AccountId id) const;
    // Every account's opportunities; without their checklists for lists and totals.
    QList<Opportunity> allOpportunities(bool withChecklists = true) const;
    std::optional<Opportunity> opportunity(OpportunityId id) const;
    PipelineStore::KeyAccountWhitespace keyAccountWhitespace() const;

    // Through the undo stack; a refused edit is reported through the document's writeFailed, and a
    // stale one through its writeConflict.
    void addOffering(const Offering &offering);
    void editOffering(const Offering &offering);
    // Takes an offering out of the catalogue; refused (with writeFailed) while any account's
    // whitespace or opportunity names it. `readVersion`: as the user saw it; a change by someone
    // else since is a conflict.
    bool removeOffering(OfferingId id, std::optional<qint64> readVersion = std::nullopt);
    void addBusinessUnit(const BusinessUnit &unit);
    void editBusinessUnit(const BusinessUnit &unit);
    // Removes the unit with its cells; opportunities keep their place without it. Undo restores all.
    // `readVersion`: as the user saw it; a change by someone else since is a conflict.
    void removeBusinessUnit(BusinessUnitId id, std::optional<qint64> readVersion = std::nullopt);
    // Sets one cell of an account's matrix (by its offering and business unit).
    void setWhitespaceCell(const WhitespaceCell &cell);
    // Turns an open cell into an identified opportunity, in one undo step; the cell then shows it.
    std::optional<OpportunityId> convertToOpportunity(
        AccountId account, OfferingId offering, BusinessUnitId unit, const QDate &expectedClose);
    void addOpportunity(const Opportunity &opportunity);
    void editOpportunity(const Opportunity &opportunity);
    // Removes the opportunity; a cell that showed it is open whitespace again. Undo restores both.
    // `readVersion`: as the user saw it; a change by someone else since is a conflict.
    void removeOpportunity(OpportunityId id, std::optional<qint64> readVersion = std::nullopt);

private:
    friend struct PipelineCommands; // the commands, in the .cpp
    explicit PipelineEditing(PlanDocument *document);
    // The write primitive the commands call: one pipeline write in a transaction, announced for
    // `account` (0: the catalogue); false (reported) when refused.
    bool writePipeline(AccountId account, const QString &what,
        const std::function<bool(PipelineStore &store, QString *error)> &write);

    PlanDocument *m_document;
};

} // namespace keyplan
