#include "item/accountediting.h"

#include "domain/dayformat.h"
#include "item/stagehistorymodel.h"

#include "item/itemroles.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"

#include <QLocale>

#include <algorithm>

namespace keyplan {

StageHistoryModel::StageHistoryModel(PlanDocument *document, QObject *parent)
    : SyncedTableModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::stageHistoryChanged, this, [this](AccountId id) {
        if (id == m_accountId)
            reload();
    });
    connect(document, &PlanDocument::accountRemoved, this, [this](AccountId id) {
        if (id == m_accountId)
            setAccount(0);
    });
}

void StageHistoryModel::setAccount(AccountId id)
{
    if (id != m_accountId) {
        // Another account: nothing of the last one's rows stays.
        beginResetModel();
        m_accountId = id;
        m_changes.clear();
        endResetModel();
    }
    reload();
}

void StageHistoryModel::reload()
{
    QList<StageChange> changes = m_accountId > 0 ? m_document->stageChanges(m_accountId) : QList<StageChange>();
    std::reverse(changes.begin(), changes.end());
    syncRows(m_changes, std::move(changes), [](const StageChange &change) { return change.id; });
}

int StageHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int StageHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StageChange &change = m_changes.at(index.row());
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::EditRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Date:
        if (role == Qt::ToolTipRole)
            return {};
        return display ? QVariant(formatShortDay(change.changedOn))
                       : QVariant(change.changedOn);
    case From:
        if (!change.from)
            return display ? QVariant(tr("(start)")) : QVariant();
        if (role == Qt::ToolTipRole)
            return description(*change.from);
        return display ? displayName(*change.from) : keyOf(*change.from);
    case To:
        if (role == Qt::ToolTipRole)
            return description(change.to);
        return display ? displayName(change.to) : keyOf(change.to);
    case Reason:
        return role == Qt::ToolTipRole ? plainToolTip(change.reason) : change.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Reason:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags StageHistoryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly() && (index.column() == Date || index.column() == Reason))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool StageHistoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    StageChange change = m_changes.at(index.row());
    if (index.column() == Date) {
        const QDate date = value.toDate();
        if (!date.isValid() || date == change.changedOn)
            return false;
        change.changedOn = date;
    } else if (index.column() == Reason) {
        if (value.toString() == change.reason)
            return false;
        change.reason = value.toString();
    } else {
        return false;
    }
    AccountEditing::of(m_document)->editStageChange(change);
    return true;
}

} // namespace keyplan
