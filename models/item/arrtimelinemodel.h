#pragma once

#include "domain/arrchange.h"

#include "item/syncedtablemodel.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyplan {

class PlanDocument;

// One account's ARR timeline, newest change first: the day, what the change counts as, the ARR
// before and after it and the difference, the note. Read only: edits go through RevenueEditing
// (a form dialog), so every change is one undo step with its kind.
class ArrTimelineModel final : public SyncedTableModel
{
    Q_OBJECT

public:
    enum Column { Day, Kind, Arr, Change, Note, ColumnCount };
    Q_ENUM(Column)

    explicit ArrTimelineModel(PlanDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ArrTimelineModel)

    void setAccount(AccountId id);
    AccountId account() const { return m_accountId; }
    QString currency() const { return m_currency; }
    QDate asOf() const; // the plan's today
    // Oldest first, for the chart and the month-end table.
    QList<ArrChange> timeline() const { return m_timeline; }
    // The change on a row (newest first); nothing for a row that is not there.
    std::optional<ArrChange> changeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void timelineChanged(); // after every reload: the chart redraws from timeline()

private:
    void reload();

    PlanDocument *m_document;
    AccountId m_accountId = 0;
    QString m_currency;
    QList<ArrChange> m_timeline; // oldest first
    QList<ArrStep> m_steps; // newest first
};

// ARR at the end of each month, newest first, from the account's first change to this month:
// the month-end figures a spreadsheet would hold, derived from the timeline. A change to the
// same account's timeline is taken in place (months that came are inserted, changed figures
// announced), so the table keeps its selection and scroll position; another account starts over.
class ArrMonthEndModel final : public SyncedTableModel
{
    Q_OBJECT

public:
    enum Column { Month, Arr, Change, ColumnCount };
    Q_ENUM(Column)

    explicit ArrMonthEndModel(ArrTimelineModel *timeline, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ArrMonthEndModel)

    QList<MonthEnd> months() const { return m_months; } // newest first

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    ArrTimelineModel *m_timeline;
    AccountId m_accountId = 0; // whose months these are
    QString m_currency; // theirs, as the cells show it
    QList<MonthEnd> m_months; // newest first
};

} // namespace keyplan
