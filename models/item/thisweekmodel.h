#pragma once

#include "domain/thisweek.h"

#include <QAbstractItemModel>
#include <QTimer>

namespace keyplan {

class PlanDocument;

// This Week as a tree: each key account that needs something (the most urgent first, then the
// most ARR at stake), and under it what it needs, soonest first. Follows the document: a burst of
// edits is read again once, from the event loop.
class ThisWeekModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { What, Due, Why, ColumnCount };
    enum Role {
        ItemKindRole = Qt::UserRole + 40, // int WeekItemKind, on an item's cells
        ReferenceRole, // qint64: the play, next step or stakeholder
        UrgencyRole, // int Urgency
    };

    explicit ThisWeekModel(PlanDocument *document, QObject *parent = nullptr);

    // Only what this person owns; nothing: everyone's.
    void setOwner(std::optional<TeamMemberId> owner);
    std::optional<TeamMemberId> owner() const { return m_options.owner; }
    // Reads the plan again now.
    void refresh();
    const QList<WeekAccount> &week() const { return m_week; }
    AccountId accountIdAt(const QModelIndex &index) const;
    const WeekItem *itemAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void scheduleRefresh();

    PlanDocument *m_document;
    WeekOptions m_options;
    QList<WeekAccount> m_week;
    QString m_currency;
    QDate m_shownFor; // the day m_week was built for (due texts count from it)
    QTimer m_refresh;
};

} // namespace keyplan
