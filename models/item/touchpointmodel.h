#pragma once

#include "domain/touchpoint.h"

#include "item/syncedtablemodel.h"
#include <QHash>
#include <QList>

namespace keyplan {

class PlanDocument;

// The contact history of one account, newest first: when, how, with whom, who on our side, and
// the line of notes. Last contact and "active" come from these rows, so removing a wrong one
// (undoably) is how a user corrects the figures.
class TouchpointModel final : public SyncedTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Kind, People, OurPerson, Notes, ColumnCount };
    Q_ENUM(Column)
    enum Role { TouchpointIdRole = Qt::UserRole + 100, StakeholderIdsRole };

    explicit TouchpointModel(PlanDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TouchpointModel)

    void setAccount(AccountId id);
    AccountId account() const { return m_accountId; }
    // Only the touchpoints this person was in (nothing: all of the account's).
    void setPerson(std::optional<StakeholderId> person);
    Touchpoint touchpointAt(int row) const { return m_touchpoints.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString peopleOf(const Touchpoint &touchpoint) const;

    PlanDocument *m_document;
    AccountId m_accountId = 0;
    std::optional<StakeholderId> m_person;
    QList<Touchpoint> m_touchpoints;
    QHash<StakeholderId, QString> m_names;
};

} // namespace keyplan
