#pragma once

#include "domain/accountrecord.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace keyplan {

// The SQL for whitespace and the expansion pipeline: the offering catalogue, business units,
// whitespace cells, opportunities with their checklist, and health marks. Callers own the
// transaction. Inserting keeps a non-zero id, so undo brings rows back exactly as they were.
class PipelineStore
{
public:
    explicit PipelineStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // The catalogue, in its order.
    QList<Offering> offerings(QString *error = nullptr) const;
    std::optional<OfferingId> insertOffering(const Offering &offering, QString *error = nullptr);
    bool updateOffering(const Offering &offering, QString *error = nullptr);
    bool removeOffering(OfferingId id, QString *error = nullptr);
    // How many whitespace cells and opportunities, in any account, name the offering.
    int offeringUses(OfferingId id) const;

    QList<BusinessUnit> businessUnits(AccountId accountId, QString *error = nullptr) const; // in their order
    std::optional<BusinessUnitId> insertBusinessUnit(const BusinessUnit &unit, QString *error = nullptr);
    bool updateBusinessUnit(const BusinessUnit &unit, QString *error = nullptr);
    bool removeBusinessUnit(BusinessUnitId id, QString *error = nullptr);
    // The business unit's account (nothing for no such unit).
    std::optional<AccountId> accountOfBusinessUnit(BusinessUnitId id) const;

    QList<WhitespaceCell> cells(AccountId accountId, QString *error = nullptr) const;
    QList<WhitespaceCell> allCells(QString *error = nullptr) const; // by account
    // Inserts the cell, or replaces the one for the same offering and business unit.
    std::optional<WhitespaceCellId> saveCell(const WhitespaceCell &cell, QString *error = nullptr);
    bool removeCell(WhitespaceCellId id, QString *error = nullptr);

    QList<Opportunity> opportunities(AccountId accountId, QString *error = nullptr) const;
    // By account. Lists and totals need no checklist: leaving the answers out reads a third as much.
    enum class Checklists { Read, Skip };
    QList<Opportunity> allOpportunities(
        QString *error = nullptr, Checklists checklists = Checklists::Read) const;
    std::optional<Opportunity> opportunity(OpportunityId id, QString *error = nullptr) const;
    // Per account, for reports: the totals of its open opportunities (as pipelineTotals()), and
    // the potential of its open whitespace. Read lean: only the columns the figures need.
    QHash<AccountId, PipelineTotals> openPipelineByAccount(QString *error = nullptr) const;
    QHash<AccountId, MinorUnits> openWhitespaceByAccount(QString *error = nullptr) const;
    // The same, item by item and as lean (account, amount and probability; account and potential),
    // for totals that convert each item's currency before adding it.
    QList<Opportunity> openOpportunityAmounts(QString *error = nullptr) const;
    QList<WhitespaceCell> openCellPotentials(QString *error = nullptr) const;
    // Whitespace across the key accounts, read at once for the portfolio's summaries.
    struct KeyAccountWhitespace
    {
        QHash<AccountId, QString> accountNames;
        QList<BusinessUnit> units; // by account, in order
        QList<WhitespaceCell> cells;
        QHash<OpportunityId, MinorUnits> opportunityAmounts;
    };
    KeyAccountWhitespace keyAccountWhitespace(QString *error = nullptr) const;
    std::optional<OpportunityId> insertOpportunity(const Opportunity &opportunity, QString *error = nullptr);
    bool updateOpportunity(const Opportunity &opportunity, QString *error = nullptr);
    bool removeOpportunity(OpportunityId id, QString *error = nullptr);

    // Inserts an account's units, opportunities and cells as the record holds them,
    // ids included (undoing the deletion of an account).
    bool insertAccountPipeline(AccountId accountId, const AccountRecord &record, QString *error = nullptr);

private:
    bool writeChecklist(const Opportunity &opportunity, QString *error);
    QList<BusinessUnit> readBusinessUnits(
        const QString &where, std::initializer_list<QVariant> values, QString *error) const;
    QList<Opportunity> readOpportunities(const QString &where, std::initializer_list<QVariant> values,
        QString *error, Checklists checklists = Checklists::Read) const;

    QSqlDatabase m_db;
};

} // namespace keyplan
