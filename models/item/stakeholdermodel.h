#pragma once

#include "domain/coverage.h"
#include "domain/personsignal.h"

#include "item/syncedtablemodel.h"

#include <QHash>
#include <QList>

namespace keyplan {

class PlanDocument;

// The people on one account's stakeholder map, as a table. The same model feeds the table view
// and (later) the map, so the two cannot disagree. Edits push undo commands.
class StakeholderModel final : public SyncedTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Title,
        Department,
        ReportsTo,
        Layer,
        Role,
        Support,
        Influence,
        Relationship,
        OurOwner,
        LastContact,
        Left,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit StakeholderModel(PlanDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StakeholderModel)

    void setAccount(AccountId id);
    AccountId account() const { return m_accountId; }
    StakeholderId stakeholderIdAt(int row) const;
    int rowOf(StakeholderId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    QString nameOf(std::optional<StakeholderId> id) const;
    QVariant displayData(const Stakeholder &person, int column) const;
    QVariant rawData(const Stakeholder &person, int column) const;

    PlanDocument *m_document;
    AccountId m_accountId = 0;
    QList<Stakeholder> m_people;
    QHash<StakeholderId, QDate> m_lastContact;
    QHash<StakeholderId, PersonSignal> m_mayHaveLeft; // open signals an import raised
};

} // namespace keyplan
