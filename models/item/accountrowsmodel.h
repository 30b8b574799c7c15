#pragma once

#include "domain/account.h"
#include "item/syncedtablemodel.h"
#include "item/itemcolours.h"

#include <QColor>
#include <QDate>

namespace keyplan {

class PlanDocument;

// The base of the small tables of one account that the QBR tab lists (value outcomes, risks,
// next steps): follows the chosen account, re-reads its rows in place when the plan says its
// reviews changed, and clears when the account is removed. Subclasses hold the rows and say what each cell shows.
class AccountRowsModel : public SyncedTableModel
{
    Q_OBJECT

public:
    AccountRowsModel(PlanDocument *document, int columns, QObject *parent = nullptr);

    void setAccount(AccountId id);
    AccountId account() const { return m_accountId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    // A due date as the lists show it ("–" when there is none) and sort it (RawValueRole).
    static QVariant dueDate(const QDate &due, int role);
    // Red for what needs attention now (overdue, high severity); grey for what is settled (a
    // closed risk, a step done).
    static QColor alertColour() { return colours::attention(); }
    static QColor settledColour() { return colours::settled(); }

    // Reads the account's rows (none when `id` is 0) into the model, through syncRows().
    virtual void readRows(AccountId id) = 0;
    // How many rows the model holds.
    virtual int rows() const = 0;
    void reload();
    PlanDocument *document() const { return m_document; }

private:
    PlanDocument *m_document;
    AccountId m_accountId = 0;
    int m_columns;
};

} // namespace keyplan
