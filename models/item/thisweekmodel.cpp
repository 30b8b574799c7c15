#include "item/thisweekmodel.h"

#include "domain/exchangerates.h"
#include "item/itemroles.h"
#include "item/livingplanediting.h"
#include "item/playediting.h"
#include "item/playevaluator.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"
#include "item/revenueediting.h"
#include "storage/plandatabase.h"
#include "storage/portfoliorecords.h"

#include <QLocale>

#include <algorithm>

namespace keyplan {
namespace {

// An item's internal id: its account's row + 1 (0 marks an account row).
constexpr quintptr accountRow = 0;

QString dueText(const WeekItem &item, const QDate &today)
{
    if (!item.due.isValid())
        return ThisWeekModel::tr("now");
    const qint64 days = today.daysTo(item.due);
    if (days < 0)
        return ThisWeekModel::tr("%n days overdue", nullptr, int(-days));
    if (days == 0)
        return ThisWeekModel::tr("today");
    if (days == 1)
        return ThisWeekModel::tr("tomorrow");
    return ThisWeekModel::tr("in %n days", nullptr, int(days));
}

} // namespace

ThisWeekModel::ThisWeekModel(PlanDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &ThisWeekModel::refresh);
    if (document) {
        for (const auto signal : {&PlanDocument::accountChanged, &PlanDocument::accountInserted,
                 &PlanDocument::accountRemoved, &PlanDocument::stageHistoryChanged, &PlanDocument::revenueChanged,
                 &PlanDocument::pipelineChanged, &PlanDocument::reviewsChanged, &PlanDocument::stakeholdersChanged})
            connect(document, signal, this, &ThisWeekModel::scheduleRefresh);
        connect(document, &PlanDocument::revenueSettingsChanged, this, &ThisWeekModel::scheduleRefresh);
        connect(document, &PlanDocument::teamChanged, this, &ThisWeekModel::scheduleRefresh);
        connect(LivingPlanEditing::of(document), &LivingPlanEditing::settingsChanged, this,
            &ThisWeekModel::scheduleRefresh);
        // The plays: the user's snooze or done, and every pass of the evaluator that opens or
        // resolves them.
        connect(PlayEditing::of(document), &PlayEditing::playsChanged, this, &ThisWeekModel::scheduleRefresh);
        connect(PlayEvaluator::of(document), &PlayEvaluator::evaluated, this, &ThisWeekModel::scheduleRefresh);
    }
    refresh();
}

void ThisWeekModel::scheduleRefresh()
{
    m_refresh.start();
}

void ThisWeekModel::setOwner(std::optional<TeamMemberId> owner)
{
    if (m_options.owner == owner)
        return;
    m_options.owner = owner;
    refresh();
}

void ThisWeekModel::refresh()
{
    m_refresh.stop();
    QList<WeekAccount> week;
    QString currency;
    if (m_document) {
        m_options.today = m_document->asOf();
        currency = m_document->currency();
        // The key accounts as the evaluator's passes keep them (read once when the plan opened,
        // again for each account an edit touches); read here only before any pass.
        const PlayEvaluator *evaluator = PlayEvaluator::of(m_document);
        QList<AccountRecord> read;
        QList<const AccountRecord *> records;
        if (evaluator->hasEvaluated()) {
            for (const AccountRecord &record : evaluator->records())
                records.append(&record);
        } else {
            read = readKeyAccountRecords(m_document->database().connection());
            for (const AccountRecord &record : std::as_const(read))
                records.append(&record);
        }
        // In the same order however they were kept: by name, then id.
        std::sort(records.begin(), records.end(), [](const AccountRecord *a, const AccountRecord *b) {
            return a->account.name != b->account.name ? a->account.name < b->account.name : a->account.id < b->account.id;
        });
        const RateTable rates(RevenueEditing::of(m_document)->rates());
        QList<WeekAccountInput> inputs;
        inputs.reserve(records.size());
        for (const AccountRecord *record : std::as_const(records)) {
            // ARR at stake in the reporting currency, at today's rate; nothing without a rate.
            std::optional<MinorUnits> arr;
            if (const std::optional<RateUsed> rate = rates.rate(record->account.currency, currency, m_options.today))
                arr = convertAt(record->account.arr, rate->rate);
            inputs.append({record, record->plays, arr});
        }
        week = buildThisWeek(inputs, LivingPlanEditing::of(m_document)->settings().cadence, m_options);
    }
    // Most changes (a colleague's edit of a note, a figure elsewhere) leave the week as it was: the
    // view then keeps its place untouched.
    if (week == m_week && currency == m_currency && m_options.today == m_shownFor) {
        return;
    }
    beginResetModel();
    m_week = std::move(week);
    m_currency = currency;
    m_shownFor = m_options.today;
    endResetModel();
}

AccountId ThisWeekModel::accountIdAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    const qsizetype row = index.internalId() == accountRow ? index.row() : qsizetype(index.internalId() - 1);
    return row < m_week.size() ? m_week.at(row).id : 0;
}

const WeekItem *ThisWeekModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == accountRow)
        return nullptr;
    const WeekAccount &account = m_week.at(qsizetype(index.internalId() - 1));
    return &account.items.at(index.row());
}

QModelIndex ThisWeekModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, accountRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ThisWeekModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == accountRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, accountRow);
}

int ThisWeekModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_week.size());
    if (parent.column() != 0 || parent.internalId() != accountRow)
        return 0;
    return int(m_week.at(parent.row()).items.size());
}

int ThisWeekModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ThisWeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == AccountIdRole)
        return accountIdAt(index);
    const WeekItem *item = itemAt(index);
    if (!item) {
        const WeekAccount &account = m_week.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case What:
                return role == Qt::ToolTipRole ? plainToolTip(account.name) : account.name;
            case Due:
                return dueText(account.items.constFirst(), m_options.today);
            case Why:
                return account.arrAtStake ? tr("%1 ARR").arg(formatMoney(*account.arrAtStake, m_currency))
                                          : tr("ARR needs a rate to %1").arg(m_currency);
            }
        }
        if (role == UrgencyRole)
            return int(account.items.constFirst().urgency(m_options.today));
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case What:
            return item->title;
        case Due:
            return dueText(*item, m_options.today);
        case Why:
            return item->detail;
        }
        return {};
    case Qt::ToolTipRole:
        return plainToolTip(index.column() == Due && item->due.isValid()
                ? QLocale().toString(item->due, QLocale::LongFormat)
                : data(index, Qt::DisplayRole).toString());
    case RawValueRole:
        return index.column() == Due ? QVariant(item->due) : data(index, Qt::DisplayRole);
    case ItemKindRole:
        return int(item->kind);
    case ReferenceRole:
        return item->reference;
    case UrgencyRole:
        return int(item->urgency(m_options.today));
    default:
        return {};
    }
}

QVariant ThisWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What:
        return tr("What");
    case Due:
        return tr("Due");
    case Why:
        return tr("Why");
    }
    return {};
}

} // namespace keyplan
