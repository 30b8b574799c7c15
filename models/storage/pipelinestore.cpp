#include "storage/pipelinestore.h"

#include "storage/rowreader.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace keyplan {
namespace {

using sql::newId;
using sql::nullableId;
using sql::optionalId;

bool changedOneRow(const QSqlQuery &query)
{
    return query.isActive() && query.numRowsAffected() == 1;
}

std::optional<qint64> insertedId(QSqlQuery query)
{
    if (!query.isActive())
        return std::nullopt;
    return sql::returnedId(query);
}

QVariant nullableMoney(std::optional<MinorUnits> amount)
{
    return amount ? QVariant(*amount) : QVariant();
}

const QString selectCells = QStringLiteral(
    "SELECT id, account_id, offering_id, business_unit_id, state, revenue, potential, competitor, "
    "competitor_spend, opportunity_id, version FROM whitespace_cell");

WhitespaceCell readCell(const QSqlQuery &q)
{
    WhitespaceCell c;
    c.id = q.value(0).toLongLong();
    c.accountId = q.value(1).toLongLong();
    c.offeringId = q.value(2).toLongLong();
    c.businessUnitId = q.value(3).toLongLong();
    c.state = cellStateFromKey(q.value(4).toString()).value_or(CellState::Open);
    c.revenue = q.value(5).toLongLong();
    c.potential = q.value(6).toLongLong();
    c.competitor = q.value(7).toString();
    c.competitorSpend = optionalId(q.value(8));
    c.opportunityId = optionalId(q.value(9));
    c.version = q.value(10).toLongLong();
    return c;
}

} // namespace

// --- Offerings ---

QList<Offering> PipelineStore::offerings(QString *error) const
{
    QList<Offering> list;
    QSqlQuery q = sql::run(m_db,
        QStringLiteral("SELECT id, name, kind, category, list_price, version, position FROM offering ORDER "
                       "BY position, id"),
        {}, error);
    while (q.next()) {
        Offering o;
        o.id = q.value(0).toLongLong();
        o.name = q.value(1).toString();
        o.kind = offeringKindFromKey(q.value(2).toString()).value_or(OfferingKind::Product);
        o.category = q.value(3).toString();
        o.listPrice = q.value(4).toLongLong();
        o.version = q.value(5).toLongLong();
        o.position = q.value(6).toInt();
        list.append(o);
    }
    sql::readToEnd(q, error);
    return list;
}

std::optional<OfferingId> PipelineStore::insertOffering(const Offering &o, QString *error)
{
    return insertedId(sql::run(m_db,
        QStringLiteral(
            "INSERT INTO offering (id, name, kind, category, list_price, version, position) "
            "VALUES (?, ?, ?, ?, ?, ?, COALESCE(NULLIF(?, 0), (SELECT COALESCE(MAX(position), 0) + 1 "
            "FROM offering))) RETURNING id"),
        {newId(o.id), o.name, keyOf(o.kind), o.category, o.listPrice, o.version, o.position}, error));
}

bool PipelineStore::updateOffering(const Offering &o, QString *error)
{
    return changedOneRow(sql::run(m_db,
        QStringLiteral("UPDATE offering SET name = ?, kind = ?, category = ?, list_price = ?, "
                       "version = version + 1 WHERE id = ?"),
        {o.name, keyOf(o.kind), o.category, o.listPrice, o.id}, error));
}

bool PipelineStore::removeOffering(OfferingId id, QString *error)
{
    return changedOneRow(sql::run(m_db, QStringLiteral("DELETE FROM offering WHERE id = ?"), {id}, error));
}

int PipelineStore::offeringUses(OfferingId id) const
{
    return sql::scalar(m_db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM whitespace_cell WHERE offering_id = ?) "
                       "+ (SELECT COUNT(*) FROM opportunity WHERE offering_id = ?)"),
        {id, id})
        .toInt();
}

// --- Business units ---

QList<BusinessUnit> PipelineStore::businessUnits(AccountId accountId, QString *error) const
{
    return readBusinessUnits(
        QStringLiteral("WHERE account_id = ? ORDER BY position, id"), {accountId}, error);
}

QList<BusinessUnit> PipelineStore::readBusinessUnits(
    const QString &where, std::initializer_list<QVariant> values, QString *error) const
{
    QList<BusinessUnit> list;
    QSqlQuery q = sql::run(m_db,
        QStringLiteral("SELECT id, account_id, name, kind, version, position FROM business_unit ") + where,
        values, error);
    while (q.next()) {
        BusinessUnit u;
        u.id = q.value(0).toLongLong();
        u.accountId = q.value(1).toLongLong();
        u.name = q.value(2).toString();
        u.kind = unitKindFromKey(q.value(3).toString()).value_or(UnitKind::BusinessUnit);
        u.version = q.value(4).toLongLong();
        u.position = q.value(5).toInt();
        list.append(u);
    }
    sql::readToEnd(q, error);
    return list;
}

std::optional<BusinessUnitId> PipelineStore::insertBusinessUnit(const BusinessUnit &u, QString *error)
{
    return insertedId(sql::run(m_db,
        QStringLiteral("INSERT INTO business_unit (id, account_id, name, kind, version, position) VALUES "
                       "(?, ?, ?, ?, ?, COALESCE(NULLIF(?, 0), (SELECT COALESCE(MAX(position), 0) + 1 "
                       "FROM business_unit WHERE account_id = ?))) RETURNING id"),
        {newId(u.id), u.accountId, u.name, keyOf(u.kind), u.version, u.position, u.accountId}, error));
}

bool PipelineStore::updateBusinessUnit(const BusinessUnit &u, QString *error)
{
    return changedOneRow(sql::run(m_db,
        QStringLiteral("UPDATE business_unit SET name = ?, kind = ?, version = version + 1 WHERE id = ?"),
        {u.name, keyOf(u.kind), u.id}, error));
}

bool PipelineStore::removeBusinessUnit(BusinessUnitId id, QString *error)
{
    return changedOneRow(
        sql::run(m_db, QStringLiteral("DELETE FROM business_unit WHERE id = ?"), {id}, error));
}

// --- Whitespace cells ---

QList<WhitespaceCell> PipelineStore::cells(AccountId accountId, QString *error) const
{
    QList<WhitespaceCell> list;
    QSqlQuery q = sql::run(
        m_db, selectCells + QStringLiteral(" WHERE account_id = ? ORDER BY id"), {accountId}, error);
    while (q.next())
        list.append(readCell(q));
    sql::readToEnd(q, error);
    return list;
}

QList<WhitespaceCell> PipelineStore::allCells(QString *error) const
{
    QList<WhitespaceCell> list;
    QSqlQuery q = sql::run(m_db, selectCells + QStringLiteral(" ORDER BY account_id, id"), {}, error);
    while (q.next())
        list.append(readCell(q));
    sql::readToEnd(q, error);
    return list;
}

std::optional<WhitespaceCellId> PipelineStore::saveCell(const WhitespaceCell &c, QString *error)
{
    // One cell per offering and business unit: an upsert keeps the row (and its id) for edits.
    const QSqlQuery q = sql::run(m_db,
        QStringLiteral("INSERT INTO whitespace_cell (id, account_id, offering_id, business_unit_id, state, "
                       "revenue, potential, competitor, competitor_spend, opportunity_id, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (offering_id, business_unit_id) DO UPDATE SET state = excluded.state, "
                       "revenue = excluded.revenue, potential = excluded.potential, "
                       "competitor = excluded.competitor, competitor_spend = excluded.competitor_spend, "
                       "opportunity_id = excluded.opportunity_id, version = whitespace_cell.version + 1"),
        {newId(c.id), c.accountId, c.offeringId, c.businessUnitId, keyOf(c.state), c.revenue, c.potential,
            c.competitor, nullableMoney(c.competitorSpend), nullableId(c.opportunityId), c.version},
        error);
    if (!q.isActive())
        return std::nullopt;
    const QVariant id = sql::scalar(m_db,
        QStringLiteral("SELECT id FROM whitespace_cell WHERE offering_id = ? AND business_unit_id = ?"),
        {c.offeringId, c.businessUnitId}, error);
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

bool PipelineStore::removeCell(WhitespaceCellId id, QString *error)
{
    return changedOneRow(
        sql::run(m_db, QStringLiteral("DELETE FROM whitespace_cell WHERE id = ?"), {id}, error));
}

// --- Opportunities ---

QList<Opportunity> PipelineStore::readOpportunities(
    const QString &where, std::initializer_list<QVariant> values, QString *error, Checklists checklists) const
{
    QList<Opportunity> list;
    QHash<OpportunityId, int> rowOf;
    QSqlQuery q = sql::run(m_db,
        QStringLiteral("SELECT id, account_id, motion, title, offering_id, business_unit_id, amount, stage, "
                       "probability, expected_close, champion_id, version, goal_id FROM opportunity ")
            + where + QStringLiteral(" ORDER BY account_id, id"),
        values, error);
    while (q.next()) {
        Opportunity o;
        o.id = q.value(0).toLongLong();
        o.accountId = q.value(1).toLongLong();
        o.motion = expansionMotionFromKey(q.value(2).toString()).value_or(ExpansionMotion::CrossSell);
        o.title = q.value(3).toString();
        o.offeringId = optionalId(q.value(4));
        o.businessUnitId = optionalId(q.value(5));
        o.amount = q.value(6).toLongLong();
        o.stage = opportunityStageFromKey(q.value(7).toString()).value_or(OpportunityStage::Identified);
        o.probability = q.value(8).toInt();
        o.expectedClose = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        o.championId = optionalId(q.value(10));
        o.version = q.value(11).toLongLong();
        o.goalId = optionalId(q.value(12));
        rowOf.insert(o.id, int(list.size()));
        list.append(o);
    }
    if (!sql::readToEnd(q, error))
        return {};
    if (checklists == Checklists::Skip)
        return list;
    // The answers of the opportunities read above, with the same condition.
    QSqlQuery checks = sql::run(m_db,
        QStringLiteral("SELECT c.opportunity_id, c.check_key, c.met, c.note FROM opportunity_check c "
                       "JOIN opportunity ON opportunity.id = c.opportunity_id ")
            + where,
        values, error);
    while (checks.next()) {
        const int row = rowOf.value(checks.value(0).toLongLong(), -1);
        const std::optional<DecisionCheck> check = decisionCheckFromKey(checks.value(1).toString());
        if (row < 0 || !check)
            continue;
        list[row].checklist[std::size_t(*check)]
            = CheckAnswer {checks.value(2).toInt() == 1, checks.value(3).toString()};
    }
    sql::readToEnd(checks, error);
    return list;
}

QList<Opportunity> PipelineStore::opportunities(AccountId accountId, QString *error) const
{
    return readOpportunities(QStringLiteral("WHERE account_id = ?"), {accountId}, error);
}

QList<Opportunity> PipelineStore::allOpportunities(QString *error, Checklists checklists) const
{
    return readOpportunities(QString(), {}, error, checklists);
}

std::optional<Opportunity> PipelineStore::opportunity(OpportunityId id, QString *error) const
{
    const QList<Opportunity> one = readOpportunities(QStringLiteral("WHERE opportunity.id = ?"), {id}, error);
    return one.isEmpty() ? std::nullopt : std::optional<Opportunity>(one.constFirst());
}

QHash<AccountId, PipelineTotals> PipelineStore::openPipelineByAccount(QString *error) const
{
    QHash<AccountId, PipelineTotals> totals;
    QSqlQuery q = sql::run(m_db,
        QStringLiteral("SELECT account_id, amount, probability FROM opportunity "
                       "WHERE stage NOT IN ('won', 'lost')"),
        {}, error);
    while (q.next()) {
        Opportunity o; // open: its stage does not matter to the weighting
        o.amount = q.value(1).toLongLong();
        o.probability = q.value(2).toInt();
        PipelineTotals &line = totals[q.value(0).toLongLong()];
        line.count += 1;
        line.unweighted += o.amount;
        line.weighted += weightedAmount(o);
    }
    sql::readToEnd(q, error);
    return totals;
}

QHash<AccountId, MinorUnits> PipelineStore::openWhitespaceByAccount(QString *error) const
{
    QHash<AccountId, MinorUnits> open;
    QSqlQuery q = sql::run(m_db,
        QStringLiteral("SELECT account_id, SUM(potential) FROM whitespace_cell WHERE state = 'open' "
                       "GROUP BY account_id"),
        {}, error);
    while (q.next())
        open.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    sql::readToEnd(q, error);
    return open;
}

QList<Opportunity> PipelineStore::openOpportunityAmounts(QString *error) const
{
    QList<Opportunity> opportunities;
    sql::RowReader rows(m_db,
        QStringLiteral("SELECT account_id, amount, probability FROM opportunity WHERE stage NOT IN ('won', 'lost')"),
        {}, error);
    while (rows.next()) {
        Opportunity o; // open: identified stands for any open stage, which the totals need
        o.accountId = rows.integer(0);
        o.amount = rows.integer(1);
        o.probability = int(rows.integer(2));
        opportunities.append(o);
    }
    return opportunities;
}

QList<WhitespaceCell> PipelineStore::openCellPotentials(QString *error) const
{
    QList<WhitespaceCell> cells;
    sql::RowReader rows(
        m_db, QStringLiteral("SELECT account_id, potential FROM whitespace_cell WHERE state = 'open'"), {}, error);
    while (rows.next()) {
        WhitespaceCell cell;
        cell.accountId = rows.integer(0);
        cell.potential = rows.integer(1);
        cell.state = CellState::Open;
        cells.append(cell);
    }
    return cells;
}

PipelineStore::KeyAccountWhitespace PipelineStore::keyAccountWhitespace(QString *error) const
{
    KeyAccountWhitespace whitespace;
    QSqlQuery names
        = sql::run(m_db, QStringLiteral("SELECT id, name FROM account WHERE is_key = 1"), {}, error);
    while (names.next())
        whitespace.accountNames.insert(names.value(0).toLongLong(), names.value(1).toString());
    sql::readToEnd(names, error);
    const QString ofKeyAccounts
        = QStringLiteral(" WHERE account_id IN (SELECT id FROM account WHERE is_key = 1)");
    whitespace.units
        = readBusinessUnits(ofKeyAccounts + QStringLiteral(" ORDER BY account_id, position, id"), {}, error);
    QSqlQuery cells = sql::run(m_db, selectCells + ofKeyAccounts, {}, error);
    while (cells.next())
        whitespace.cells.append(readCell(cells));
    sql::readToEnd(cells, error);
    QSqlQuery amounts = sql::run(m_db,
        QStringLiteral("SELECT id, amount FROM opportunity") + ofKeyAccounts
            + QStringLiteral(" AND id IN "
                             "(SELECT opportunity_id FROM whitespace_cell WHERE opportunity_id IS NOT NULL)"),
        {}, error);
    while (amounts.next())
        whitespace.opportunityAmounts.insert(amounts.value(0).toLongLong(), amounts.value(1).toLongLong());
    sql::readToEnd(amounts, error);
    return whitespace;
}

bool PipelineStore::writeChecklist(const Opportunity &o, QString *error)
{
    if (!sql::run(
            m_db, QStringLiteral("DELETE FROM opportunity_check WHERE opportunity_id = ?"), {o.id}, error)
             .isActive())
        return false;
    for (const DecisionCheck check : allDecisionChecks) {
        const CheckAnswer &answer = o.checklist[std::size_t(check)];
        if (!answer.met && answer.note.isEmpty())
            continue;
        if (!sql::run(m_db,
                QStringLiteral("INSERT INTO opportunity_check (opportunity_id, check_key, met, note) VALUES "
                               "(?, ?, ?, ?)"),
                {o.id, keyOf(check), answer.met ? 1 : 0, answer.note}, error)
                 .isActive())
            return false;
    }
    return true;
}

std::optional<OpportunityId> PipelineStore::insertOpportunity(const Opportunity &o, QString *error)
{
    const std::optional<OpportunityId> id = insertedId(sql::run(m_db,
        QStringLiteral(
            "INSERT INTO opportunity (id, account_id, motion, title, offering_id, business_unit_id, "
            "amount, stage, probability, expected_close, champion_id, version, goal_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {newId(o.id), o.accountId, keyOf(o.motion), o.title, nullableId(o.offeringId),
            nullableId(o.businessUnitId), o.amount, keyOf(o.stage), o.probability,
            sql::nullableDate(o.expectedClose), nullableId(o.championId), o.version, nullableId(o.goalId)},
        error));
    if (!id)
        return std::nullopt;
    Opportunity stored = o;
    stored.id = *id;
    if (!writeChecklist(stored, error))
        return std::nullopt;
    return id;
}

bool PipelineStore::updateOpportunity(const Opportunity &o, QString *error)
{
    return changedOneRow(sql::run(m_db,
               QStringLiteral(
                   "UPDATE opportunity SET motion = ?, title = ?, offering_id = ?, business_unit_id = ?, "
                   "amount = ?, stage = ?, probability = ?, expected_close = ?, champion_id = ?, "
                   "goal_id = ?, version = version + 1 WHERE id = ?"),
               {keyOf(o.motion), o.title, nullableId(o.offeringId), nullableId(o.businessUnitId), o.amount,
                   keyOf(o.stage), o.probability, sql::nullableDate(o.expectedClose),
                   nullableId(o.championId), nullableId(o.goalId), o.id},
               error))
        && writeChecklist(o, error);
}

bool PipelineStore::removeOpportunity(OpportunityId id, QString *error)
{
    return changedOneRow(sql::run(m_db, QStringLiteral("DELETE FROM opportunity WHERE id = ?"), {id}, error));
}

bool PipelineStore::insertAccountPipeline(AccountId accountId, const AccountRecord &record, QString *error)
{
    for (BusinessUnit unit : record.businessUnits) {
        unit.accountId = accountId;
        if (!insertBusinessUnit(unit, error))
            return false;
    }
    for (Opportunity opportunity : record.opportunities) {
        opportunity.accountId = accountId;
        if (!insertOpportunity(opportunity, error))
            return false;
    }
    for (WhitespaceCell cell : record.cells) {
        cell.accountId = accountId;
        if (!saveCell(cell, error))
            return false;
    }
    return true;
}

std::optional<AccountId> PipelineStore::accountOfBusinessUnit(BusinessUnitId id) const
{
    const QVariant account = sql::scalar(m_db, QStringLiteral("SELECT account_id FROM business_unit WHERE id = ?"), {id});
    return account.isValid() ? std::optional<AccountId>(account.toLongLong()) : std::nullopt;
}

} // namespace keyplan
