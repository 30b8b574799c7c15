#pragma once

#include "domain/opportunity.h"
#include "domain/reportingconverter.h"

#include "item/syncedtablemodel.h"

#include <QHash>
#include <QList>

namespace keyplan {

class PlanDocument;

// Expansion opportunities as a list: of one account, or (account 0) of the whole portfolio.
// Money and ratios sort on their raw values; an overdue close date is flagged; stage,
// probability, amount, title and close date are edited in place through undo, and a new stage
// brings its default probability.
class PipelineModel final : public SyncedTableModel
{
    Q_OBJECT

public:
    enum Column {
        AccountName,
        Title,
        Motion,
        Stage,
        Amount,
        Probability,
        Weighted,
        ExpectedClose,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { OpportunityIdRole = Qt::UserRole + 300 };

    explicit PipelineModel(PlanDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PipelineModel)

    // 0: every account's opportunities.
    void setAccount(AccountId id);
    // No account chosen: an empty list.
    void clear() { setAccount(noAccount); }
    // Inactive (its views hidden), the model notes changes and reloads once made active again.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    AccountId account() const { return m_accountId; }
    // The row's opportunity; across the portfolio without its checklist (PlanDocument::opportunity()
    // reads it whole).
    Opportunity opportunityAt(int row) const { return m_opportunities.value(row); }
    // The currency of totals(): the account's, or across the portfolio the plan's reporting currency.
    QString currency() const { return m_currency; }
    // The row's opportunity with its amount in currency(); nothing when its account's currency has
    // no rate to the reporting currency (then missingRates() names it).
    std::optional<Opportunity> convertedAt(int row) const;
    // Open opportunities of what the model shows, unweighted and weighted, in currency(): across the
    // portfolio each amount converted at today's rate before it is added, as `keyplan report` does.
    PipelineTotals totals() const;
    QStringList missingRates() const { return m_converter.missingRates(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    static constexpr AccountId noAccount = -1;

    PlanDocument *m_document;
    AccountId m_accountId = 0;
    QList<Opportunity> m_opportunities;
    QHash<AccountId, QString> m_accountNames;
    QHash<AccountId, QString> m_accountCurrencies;
    QHash<OpportunityId, QString> m_championLeft; // an account's opportunities whose champion left: why
    QString m_currency;
    ReportingConverter m_converter; // across the portfolio
    bool m_active = true;
    bool m_ratesMoved = false; // the rates or reporting currency changed since the last read
    bool m_dirty = false;
};

} // namespace keyplan
