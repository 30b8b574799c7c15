#include "item/whitespacesummarymodel.h"

#include "item/itemroles.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/revenueediting.h"
#include "domain/reportingconverter.h"

#include <QHash>

#include <algorithm>

namespace keyplan {

WhitespaceSummaryModel::WhitespaceSummaryModel(PlanDocument *document, Grouping grouping, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_grouping(grouping)
{
    connect(document, &PlanDocument::pipelineChanged, this, &WhitespaceSummaryModel::reload);
    connect(document, &PlanDocument::catalogueChanged, this, &WhitespaceSummaryModel::reload);
    connect(document, &PlanDocument::accountRemoved, this, &WhitespaceSummaryModel::reload);
    connect(document, &PlanDocument::accountInserted, this, &WhitespaceSummaryModel::reload);
    // A key account made ordinary (or the other way round), or renamed.
    // (every pipeline write also announces its account: only a change of key or name matters here)
    connect(document, &PlanDocument::accountChanged, this, [this](AccountId id) {
        const std::optional<keyplan::Account> account = m_document->account(id);
        const bool key = account && account->isKey;
        if (key != m_keyAccounts.contains(id) || (key && m_keyAccounts.value(id) != account->name))
            reload();
    });
}

void WhitespaceSummaryModel::setActive(bool active)
{
    m_active = active;
    if (active && m_dirty)
        reload();
}

void WhitespaceSummaryModel::reload()
{
    m_dirty = !m_active;
    if (m_dirty)
        return;
    PipelineStore::KeyAccountWhitespace whitespace = PipelineEditing::of(m_document)->keyAccountWhitespace();
    // Across accounts: every amount in the reporting currency at today's rate before it is added.
    QHash<AccountId, QString> currencies;
    for (const keyplan::Account &account : m_document->accounts())
        currencies.insert(account.id, account.currency);
    const ReportingConverter converter(
        RateTable(RevenueEditing::of(m_document)->rates()), m_document->currency(), m_document->asOf(), currencies);
    QHash<OpportunityId, MinorUnits> amounts;
    for (const WhitespaceCell &cell : std::as_const(whitespace.cells)) {
        if (cell.opportunityId && whitespace.opportunityAmounts.contains(*cell.opportunityId))
            amounts.insert(*cell.opportunityId,
                converter.convert(cell.accountId, whitespace.opportunityAmounts.value(*cell.opportunityId)).value_or(0));
    }
    const WhitespaceTotals totals = whitespaceTotals(converter.cells(whitespace.cells), amounts);
    m_missingRates = converter.missingRates();
    m_keyAccounts = whitespace.accountNames;
    const QHash<AccountId, QString> &keyAccounts = m_keyAccounts;

    beginResetModel();
    m_rows.clear();
    m_currency = m_document->currency();
    m_total = totals.total;
    if (m_grouping == Grouping::ByOffering) {
        for (const Offering &offering : PipelineEditing::of(m_document)->offerings())
            m_rows.append({offering.name, QString(), 0, totals.byOffering.value(offering.id)});
    } else {
        for (const BusinessUnit &unit : std::as_const(whitespace.units)) {
            if (keyAccounts.contains(unit.accountId))
                m_rows.append({unit.name, keyAccounts.value(unit.accountId), unit.accountId,
                    totals.byUnit.value(unit.id)});
        }
    }
    // Most open whitespace first: where to look.
    std::stable_sort(
        m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.line.open > b.line.open; });
    endResetModel();
}

int WhitespaceSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WhitespaceSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhitespaceSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto money = [&](MinorUnits amount) -> QVariant {
        if (role == Qt::DisplayRole)
            return formatMoney(amount, m_currency);
        if (role == RawValueRole)
            return amount;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    switch (index.column()) {
    case Name:
        return role == Qt::DisplayRole ? row.name
            : role == RawValueRole     ? QVariant(row.name.toCaseFolded())
                                       : QVariant();
    case Account:
        if (role == AccountIdRole && row.accountId)
            return row.accountId;
        return role == Qt::DisplayRole ? row.account
            : role == RawValueRole     ? QVariant(row.account.toCaseFolded())
                                       : QVariant();
    case Sold:
        return money(row.line.sold);
    case InPipeline:
        return money(row.line.inPipeline);
    case Open:
        return money(row.line.open);
    default:
        return {};
    }
}

QVariant WhitespaceSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return m_grouping == Grouping::ByOffering ? tr("Offering") : tr("Business unit");
    case Account:
        return tr("Account");
    case Sold:
        return tr("Sold");
    case InPipeline:
        return tr("In pipeline");
    case Open:
        return tr("Open whitespace");
    default:
        return {};
    }
}

} // namespace keyplan
