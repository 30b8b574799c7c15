#include "item/arrtimelinemodel.h"

#include "domain/dayformat.h"

#include "domain/month.h"
#include "item/itemroles.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"
#include "item/revenueediting.h"

#include <QLocale>

#include <algorithm>

namespace keyplan {

ArrTimelineModel::ArrTimelineModel(PlanDocument *document, QObject *parent)
    : SyncedTableModel(parent)
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

void ArrTimelineModel::setAccount(AccountId id)
{
    if (id != m_accountId) {
        // Another account: nothing of the last one's rows stays.
        beginResetModel();
        m_accountId = id;
        m_timeline.clear();
        m_steps.clear();
        endResetModel();
    }
    reload();
}

void ArrTimelineModel::reload()
{
    QList<ArrChange> timeline;
    QList<ArrStep> steps;
    QString currency = m_currency;
    if (m_accountId > 0) {
        currency = m_document->account(m_accountId).value_or(Account {}).currency;
        timeline = RevenueEditing::of(m_document)->timeline(m_accountId);
        steps = stepsOf(timeline);
        std::reverse(steps.begin(), steps.end());
    }
    syncRows(m_steps, std::move(steps), [](const ArrStep &step) { return step.change.id; }, [&] {
        m_currency = currency;
        m_timeline = std::move(timeline);
    });
    Q_EMIT timelineChanged();
}

QDate ArrTimelineModel::asOf() const
{
    return m_document->asOf();
}

std::optional<ArrChange> ArrTimelineModel::changeAt(int row) const
{
    if (row < 0 || row >= m_steps.size())
        return std::nullopt;
    return m_steps.at(row).change;
}

int ArrTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int ArrTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArrTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArrStep &step = m_steps.at(index.row());
    const ArrChange &change = step.change;
    const QLocale locale;
    const bool future = change.on > m_document->asOf();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Day:
            return future ? tr("%1 (scheduled)").arg(formatShortDay(change.on, locale))
                          : formatShortDay(change.on, locale);
        case Kind:
            return step.counted ? displayName(*step.counted) : tr("No change in ARR");
        case Arr:
            return formatMoneyExact(change.arr, m_currency, locale);
        case Change:
            return step.delta() == 0 ? QString() : formatMoneyChange(step.delta(), m_currency, locale);
        case Note:
            return change.note.simplified();
        default:
            return {};
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Day:
            return change.on;
        case Kind:
            return keyOf(change.kind);
        case Arr:
            return change.arr;
        case Change:
            return step.delta();
        case Note:
            return change.note;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Kind && step.counted && *step.counted != change.kind)
            return plainToolTip(tr("Recorded as %1; counted as %2, because ARR was %3 before it.")
                                    .arg(displayName(change.kind), displayName(*step.counted),
                                        formatMoneyExact(step.before, m_currency, locale)));
        if (index.column() == Note && !change.note.isEmpty())
            return plainToolTip(change.note);
        if (index.column() == Day && future)
            return plainToolTip(tr("Dated after today: ARR today does not include it yet."));
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Arr || index.column() == Change))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ArrTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day:
        return tr("From");
    case Kind:
        return tr("Change");
    case Arr:
        return tr("ARR from then");
    case Change:
        return tr("Difference");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

ArrMonthEndModel::ArrMonthEndModel(ArrTimelineModel *timeline, QObject *parent)
    : SyncedTableModel(parent)
    , m_timeline(timeline)
{
    connect(timeline, &ArrTimelineModel::timelineChanged, this, &ArrMonthEndModel::reload);
    reload();
}

void ArrMonthEndModel::reload()
{
    QList<MonthEnd> fresh;
    const QList<ArrChange> timeline = m_timeline->timeline();
    if (!timeline.isEmpty()) {
        const QDate thisMonth = firstOfMonth(m_timeline->asOf());
        const QDate last = std::max(thisMonth, firstOfMonth(timeline.constLast().on));
        fresh = monthEnds(timeline, firstOfMonth(timeline.constFirst().on), last);
        std::reverse(fresh.begin(), fresh.end());
    }
    if (m_timeline->account() != m_accountId) {
        beginResetModel();
        m_accountId = m_timeline->account();
        m_currency = m_timeline->currency();
        m_months = std::move(fresh);
        endResetModel();
        return;
    }
    // A new currency alone changes every figure's text: compared like any other change.
    syncRows(m_months, std::move(fresh), [](const MonthEnd &month) { return month.month.toJulianDay(); },
        [this] { m_currency = m_timeline->currency(); });
}

int ArrMonthEndModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int ArrMonthEndModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArrMonthEndModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MonthEnd &month = m_months.at(index.row());
    const MinorUnits previous = index.row() + 1 < m_months.size() ? m_months.at(index.row() + 1).arr : 0;
    const MinorUnits change = month.arr - previous;
    const QString &currency = m_currency;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Month:
            return QLocale().toString(month.month, QStringLiteral("MMM yyyy"));
        case Arr:
            return formatMoney(month.arr, currency);
        case Change:
            return change == 0 ? QString() : formatMoneyChange(change, currency);
        default:
            return {};
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Month:
            return month.month;
        case Arr:
            return month.arr;
        case Change:
            return change;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Month)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ArrMonthEndModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Month");
    case Arr:
        return tr("ARR at month end");
    case Change:
        return tr("Change in the month");
    default:
        return {};
    }
}

} // namespace keyplan
