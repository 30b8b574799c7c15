#pragma once

#include "domain/whitespace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace keyplan {

class PlanDocument;

// Whitespace across the key accounts, one row per offering or one per business unit: what is
// sold, what is in pipeline and what is still open. The table under the whitespace charts and
// the charts themselves read this one model. Reloads when any account's pipeline changes.
class WhitespaceSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Grouping { ByOffering, ByBusinessUnit };
    enum Column { Name, Account, Sold, InPipeline, Open, ColumnCount };
    Q_ENUM(Column)

    WhitespaceSummaryModel(PlanDocument *document, Grouping grouping, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WhitespaceSummaryModel)

    Grouping grouping() const { return m_grouping; }
    QString currency() const { return m_currency; } // the reporting currency: amounts are converted
    struct Row
    {
        QString name;
        QString account; // by business unit: whose unit it is
        AccountId accountId = 0;
        WhitespaceTotals::Line line;
    };
    Row rowAt(int row) const { return m_rows.value(row); }
    WhitespaceTotals::Line total() const { return m_total; }
    // Rates the totals need and the plan lacks ("USD→GBP"): those accounts are left out.
    QStringList missingRates() const { return m_missingRates; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    // Inactive (its view hidden), the model notes changes and reloads once made active again.
    // A new model is inactive and empty until made active.
    void setActive(bool active);
    bool isActive() const { return m_active; }

private:
    PlanDocument *m_document;
    Grouping m_grouping;
    QString m_currency;
    QStringList m_missingRates;
    QList<Row> m_rows;
    WhitespaceTotals::Line m_total;
    QHash<AccountId, QString> m_keyAccounts; // id -> name
    bool m_active = false;
    bool m_dirty = true;
};

} // namespace keyplan
