#include "item/backuplistmodel.h"

#include "domain/dayformat.h"

#include "storage/planrevenue.h"

#include "item/itemroles.h"
#include "storage/accountstore.h"
#include "storage/plandatabase.h"
#include "storage/planinfostore.h"

#include <QLocale>

namespace keyplan {

BackupListModel::BackupListModel(const QString &planPath, const QString &root, QObject *parent)
    : QAbstractTableModel(parent)
    , m_planPath(planPath)
    , m_root(root)
{
    reload();
}

BackupListModel::Row BackupListModel::readRow(const BackupEntry &entry)
{
    Row row;
    row.entry = entry;
    PlanOpenResult result;
    const std::unique_ptr<PlanDatabase> plan = PlanDatabase::open(entry.path, PlanOpenMode::ReadOnly, &result);
    if (!plan) {
        row.problem = result.message;
        return row;
    }
    QString error;
    const QList<Account> accounts = AccountStore(plan->connection()).all(&error);
    row.currency = PlanInfoStore(plan->connection()).currency(&error);
    if (!error.isEmpty()) {
        row.problem = error;
        return row;
    }
    row.readable = true;
    row.accounts = int(accounts.size());
    // The key accounts' ARR today as the window would total it: converted at the backup's own rates.
    PlanRevenue revenue = readPlanRevenue(plan->connection(), &error);
    QList<RevenueInput> inputs;
    for (const Account &account : accounts) {
        if (account.isKey)
            inputs.append(revenueInput(account, {}, revenue.timelines.take(account.id)));
    }
    row.keyAccounts = int(inputs.size());
    const QDate today = QDate::currentDate();
    const RevenueFigures figures = computeRevenueFigures(inputs, revenue.rates, revenue.reportingCurrency,
        ReportingPeriod::trailingTwelveMonths(today), today);
    if (error.isEmpty())
        row.keyArr = figures.total.arr;
    return row;
}

void BackupListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const QList<BackupEntry> entries = BackupFolder(m_planPath, m_root).entries();
    for (const BackupEntry &entry : entries)
        m_rows.append(readRow(entry));
    endResetModel();
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Taken:
            return formatShortDayTime(row.entry.takenAt.toLocalTime(), locale);
        case Reason:
            return displayName(row.entry.reason);
        case Size:
            return locale.formattedDataSize(row.entry.size);
        case Accounts:
            return row.readable ? locale.toString(row.accounts) : tr("cannot be read");
        case KeyAccounts:
            return row.readable ? locale.toString(row.keyAccounts) : QString();
        case KeyArr:
            if (!row.readable)
                return QString();
            return row.keyArr ? formatMoney(*row.keyArr, row.currency, locale) : tr("several currencies");
        case ColumnCount:
            break;
        }
    }
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case Taken:
            return row.entry.takenAt;
        case Reason:
            return int(row.entry.reason);
        case Size:
            return row.entry.size;
        case Accounts:
            return row.accounts;
        case KeyAccounts:
            return row.keyAccounts;
        case KeyArr:
            return row.keyArr ? QVariant(*row.keyArr) : QVariant();
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && !row.readable)
        return row.problem;
    if (role == Qt::TextAlignmentRole && index.column() >= Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Taken:
        return tr("Taken");
    case Reason:
        return tr("Why");
    case Size:
        return tr("Size");
    case Accounts:
        return tr("Accounts");
    case KeyAccounts:
        return tr("Key accounts");
    case KeyArr:
        return tr("Key-account ARR");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keyplan
