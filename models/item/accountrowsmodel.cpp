#include "item/accountrowsmodel.h"

#include "domain/dayformat.h"

#include "item/plandocument.h"

#include <QLocale>

namespace keyplan {

AccountRowsModel::AccountRowsModel(PlanDocument *document, int columns, QObject *parent)
    : SyncedTableModel(parent)
    , m_document(document)
    , m_columns(columns)
{
    connect(document, &PlanDocument::reviewsChanged, this, [this](AccountId id) {
        if (id == m_accountId)
            reload();
    });
    connect(document, &PlanDocument::teamChanged, this, [this] {
        if (rows() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows() - 1, m_columns - 1));
    });
    connect(document, &PlanDocument::accountRemoved, this, [this](AccountId id) {
        if (id == m_accountId)
            setAccount(0);
    });
}

void AccountRowsModel::setAccount(AccountId id)
{
    if (id != m_accountId)
        readRows(0); // another account: nothing of the last one's rows stays
    m_accountId = id;
    reload();
}

void AccountRowsModel::reload()
{
    readRows(m_accountId);
}

QVariant AccountRowsModel::dueDate(const QDate &due, int role)
{
    if (!due.isValid())
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
    return role == Qt::DisplayRole ? QVariant(formatShortDay(due)) : QVariant(due);
}

int AccountRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int AccountRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

} // namespace keyplan
