#include "item/revenuehistorymodel.h"

#include "domain/month.h"
#include "item/itemroles.h"
#include "item/plandocument.h"

#include <QLocale>

#include <algorithm>

namespace keyplan {

RevenueHistoryModel::RevenueHistoryModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::revenueChanged, this, [this](AccountId id) {
        if (id == m_accountId)
            reload();
    });
    connect(document, &PlanDocument::accountChanged, this, [this](AccountId id) {
        if (id == m_accountId) // the currency may have changed
            reload();
    });
    connect(document, &PlanDocument::accountRemoved, this, [this](AccountId id) {
        if (id == m_accountId)
            setAccount(0);
    });
}

void RevenueHistoryModel::setAccount(AccountId id)
{
    m_accountId = id;
    reload();
}

void RevenueHistoryModel::reload()
{
    beginResetModel();
    m_snapshots.clear();
    if (m_accountId > 0) {
        m_currency = m_document->account(m_accountId).value_or(Account {}).currency;
        m_snapshots = m_document->revenue(m_accountId);
        std::reverse(m_snapshots.begin(), m_snapshots.end());
    }
    endResetModel();
}

QDate RevenueHistoryModel::nextMonth() const
{
    if (m_snapshots.isEmpty())
        return firstOfMonth(QDate::currentDate());
    return m_snapshots.constFirst().month.addMonths(1);
}

QList<RevenueSnapshot> RevenueHistoryModel::snapshots() const
{
    QList<RevenueSnapshot> oldestFirst = m_snapshots;
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    return oldestFirst;
}

int RevenueHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int RevenueHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevenueHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RevenueSnapshot &snapshot = m_snapshots.at(index.row());
    const bool hasPrevious = index.row() + 1 < m_snapshots.size()
        && m_snapshots.at(index.row() + 1).month == snapshot.month.addMonths(-1);
    const MinorUnits change
        = hasPrevious ? snapshot.recurring - m_snapshots.at(index.row() + 1).recurring : 0;
    if (role == Qt::TextAlignmentRole && index.column() != Month)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    switch (Column(index.column())) {
    case Month:
        if (role == Qt::DisplayRole)
            return QLocale().toString(snapshot.month, QStringLiteral("MMM yyyy"));
        if (role == RawValueRole || role == Qt::EditRole)
            return snapshot.month;
        return {};
    case Recurring:
        if (role == Qt::DisplayRole)
            return formatMoney(snapshot.recurring, m_currency);
        if (role == RawValueRole || role == Qt::EditRole)
            return snapshot.recurring;
        return {};
    case Change:
        if (role == Qt::DisplayRole) {
            if (!hasPrevious || change == 0)
                return QString();
            return (change > 0 ? QStringLiteral("+") : QString()) + formatMoney(change, m_currency);
        }
        if (role == RawValueRole)
            return change;
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RevenueHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Recurring)
        return tr("Annual recurring revenue as it stood that month");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Month:
        return tr("Month");
    case Recurring:
        return tr("ARR");
    case Change:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags RevenueHistoryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Recurring && !m_document->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RevenueHistoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Recurring
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const MinorUnits amount = value.toLongLong(&ok);
    if (!ok || amount < 0)
        return false;
    const RevenueSnapshot snapshot = m_snapshots.at(index.row());
    if (snapshot.recurring == amount)
        return false;
    m_document->editRevenue(m_accountId, snapshot.month, amount);
    return true;
}

} // namespace keyplan
