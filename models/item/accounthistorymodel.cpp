#include "item/accounthistorymodel.h"

#include "domain/dayformat.h"

#include "item/changetext.h"
#include "item/healthediting.h"
#include "item/playediting.h"
#include "item/liverefresh.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"
#include "storage/plandatabase.h"

#include <QLocale>
#include <QUndoStack>

namespace keyplan {

AccountHistoryModel::AccountHistoryModel(PlanDocument *document, AccountId account, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_account(account)
{
    if (LiveRefresh *live = LiveRefresh::of(document))
        connect(live, &LiveRefresh::refreshed, this, &AccountHistoryModel::reload);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &AccountHistoryModel::reload);
    // What Keyplan itself keeps current in this window (plays, health snapshots): not undo steps.
    const auto ifThisAccount = [this](AccountId id) {
        if (id == m_account || id == 0)
            reload();
    };
    connect(PlayEditing::of(document), &PlayEditing::playsChanged, this, ifThisAccount);
    connect(HealthEditing::of(document), &HealthEditing::healthChanged, this, ifThisAccount);
    reload();
}

void AccountHistoryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_currency = m_document->currency();
    if (const std::optional<Account> account = m_document->account(m_account))
        m_currency = account->currency;
    const QSqlDatabase db = m_document->database().connection();
    m_hasLog = m_document->database().isServer() && team::hasChangeLog(db);
    if (m_hasLog) {
        const QList<team::ChangeEntry> entries = team::accountHistory(db, m_account, limit, &m_error);
        for (const team::ChangeEntry &entry : entries) {
            // The changes of one save share its transaction.
            if (!m_rows.isEmpty() && entry.action != team::ChangeEntry::Action::Update && entry.transaction != 0) {
                Row &last = m_rows.last();
                if (last.entry.transaction == entry.transaction && last.entry.table == entry.table
                    && last.entry.action == entry.action) {
                    ++last.count;
                    last.change = entry.action == team::ChangeEntry::Action::Insert
                        ? tr("%1 added").arg(QLocale().toString(last.count))
                        : tr("%1 removed").arg(QLocale().toString(last.count));
                    continue;
                }
            }
            m_rows.append({entry, 1, ChangeText::summary(entry, m_document, m_currency)});
        }
    }
    endResetModel();
}

int AccountHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountHistoryModel::itemText(const team::ChangeEntry &entry) const
{
    const QString kind = ChangeText::itemKind(entry.table);
    const QString subject = ChangeText::subject(entry.after.isEmpty() ? entry.before : entry.after);
    return subject.isEmpty() ? kind : tr("%1: %2").arg(kind, subject);
}

QVariant AccountHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const team::ChangeEntry &entry = row.entry;
    const auto text = [&]() -> QString {
        switch (index.column()) {
        case When:
            return formatShortDayTime(entry.at.toLocalTime());
        case Who:
            return entry.client.endsWith(team::automaticSuffix)
                ? tr("Keyplan, in %1's window").arg(entry.who) // the plays it keeps current
                : entry.who;
        case Item:
            return row.count > 1 ? ChangeText::itemKind(entry.table) : itemText(entry);
        case Change:
            return row.change;
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        return text();
    case Qt::ToolTipRole:
        return plainToolTip(text());
    case Qt::UserRole:
        return entry.id;
    default:
        return {};
    }
}

QVariant AccountHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Item:
        return tr("Item");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace keyplan
