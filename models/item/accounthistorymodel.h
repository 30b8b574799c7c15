#pragma once

#include "domain/accountrecord.h"
#include "storage/changelog.h"

#include <QAbstractTableModel>

namespace keyplan {

class PlanDocument;

// An account's history on a team plan: every change to the account and to what belongs to it
// (people, meetings, goals, opportunities, revenue, ...), newest first, from the plan's change log:
// when, who (the server login), which item and what changed, field by field. Rows of one kind that
// one save added or removed together (a metric's values, a meeting's attendees) are one line with
// their number. A plan file keeps no
// change log: the model is then empty (hasLog() says so). Refreshes itself when this window or
// anyone else changes the plan.
class AccountHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Item, Change, ColumnCount };
    // At most this many of the newest changes are shown.
    static constexpr int limit = 1000;

    AccountHistoryModel(PlanDocument *document, AccountId account, QObject *parent = nullptr);

    bool hasLog() const { return m_hasLog; }
    // Why the history could not be read (empty when it was).
    QString error() const { return m_error; }
    // The row's change (the newest of a group), and how many changes the row stands for.
    const team::ChangeEntry &entry(int row) const { return m_rows.at(row).entry; }
    int changes(int row) const { return m_rows.at(row).count; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString itemText(const team::ChangeEntry &entry) const;

    PlanDocument *m_document;
    AccountId m_account;
    QString m_currency;
    bool m_hasLog = false;
    QString m_error;
    struct Row
    {
        team::ChangeEntry entry;
        int count = 1;
        QString change; // made once per reload
    };
    QList<Row> m_rows;
};

} // namespace keyplan
