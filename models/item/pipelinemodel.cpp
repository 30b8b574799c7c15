#include "item/pipelinemodel.h"

#include "domain/dayformat.h"
#include "item/itemcolours.h"

#include "item/itemroles.h"
#include "item/plaintooltip.h"
#include "item/plandocument.h"
#include "item/pipelineediting.h"
#include "item/revenueediting.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace keyplan {

PipelineModel::PipelineModel(PlanDocument *document, QObject *parent)
    : SyncedTableModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::pipelineChanged, this, [this](AccountId id) {
        if (m_accountId == 0 || id == m_accountId)
            reload();
    });
    connect(document, &PlanDocument::accountRemoved, this, [this](AccountId id) {
        if (id == m_accountId)
            clear();
        else if (m_accountId == 0)
            reload();
    });
    // A renamed account: its name in the Account column.
    connect(document, &PlanDocument::accountChanged, this, [this](AccountId id) {
        const std::optional<Account> account = m_document->account(id);
        if (!account || !m_accountNames.contains(id) || m_accountNames.value(id) == account->name)
            return;
        m_accountNames.insert(id, account->name);
        if (!m_opportunities.isEmpty())
            Q_EMIT dataChanged(index(0, AccountName), index(rowCount() - 1, AccountName), {Qt::DisplayRole});
    });
    connect(document, &PlanDocument::accountInserted, this, [this] {
        if (m_accountId == 0)
            reload();
    });
    // Rates or the reporting currency moved: the converted totals with them.
    connect(document, &PlanDocument::revenueSettingsChanged, this, [this] {
        if (m_accountId != 0)
            return;
        m_ratesMoved = true;
        reload();
    });
}

void PipelineModel::setAccount(AccountId id)
{
    if (id != m_accountId) {
        // Another account (or the whole portfolio): nothing of the last list's rows stays.
        beginResetModel();
        m_accountId = id;
        m_opportunities.clear();
        endResetModel();
    }
    reload();
}

void PipelineModel::setActive(bool active)
{
    m_active = active;
    if (active && m_dirty)
        reload();
}

void PipelineModel::reload()
{
    m_dirty = !m_active;
    if (m_dirty)
        return;
    QList<Opportunity> opportunities = m_accountId > 0 ? PipelineEditing::of(m_document)->opportunities(m_accountId)
        : m_accountId == 0                              ? PipelineEditing::of(m_document)->allOpportunities(false)
                                                        : QList<Opportunity>();
    QHash<AccountId, QString> names;
    QHash<AccountId, QString> currencies;
    const QList<Account> accounts = m_accountId > 0
        ? QList<Account> {m_document->account(m_accountId).value_or(Account {})}
        : m_document->accounts();
    for (const Account &account : accounts) {
        names.insert(account.id, account.name);
        currencies.insert(account.id, account.currency);
    }
    const QString currency = m_accountId > 0 ? currencies.value(m_accountId) : m_document->currency();
    // In an account's list, an opportunity whose champion has left says so.
    QHash<OpportunityId, QString> championLeft;
    if (m_accountId > 0) {
        const QList<Stakeholder> people = m_document->stakeholders(m_accountId);
        for (const Opportunity &o : std::as_const(opportunities)) {
            if (const Stakeholder *gone = departedChampion(o, people))
                championLeft.insert(o.id, championLeftNote(*gone));
        }
    }
    ReportingConverter converter = m_accountId > 0
        ? ReportingConverter()
        : ReportingConverter(RateTable(RevenueEditing::of(m_document)->rates()), currency, m_document->asOf(), currencies);
    syncRows(m_opportunities, std::move(opportunities), [](const Opportunity &o) { return o.id; }, [&] {
        m_accountNames = std::move(names);
        m_accountCurrencies = std::move(currencies);
        m_currency = currency;
        m_championLeft = std::move(championLeft);
        m_converter = std::move(converter);
    });
    // New rates or another reporting currency change no cell (each shows its account's own
    // currency) but every converted total: said as a change of every row.
    if (m_ratesMoved && !m_opportunities.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    m_ratesMoved = false;
}

std::optional<Opportunity> PipelineModel::convertedAt(int row) const
{
    if (row < 0 || row >= m_opportunities.size())
        return std::nullopt;
    if (m_accountId > 0)
        return m_opportunities.at(row);
    const QList<Opportunity> converted = m_converter.opportunities({m_opportunities.at(row)});
    return converted.isEmpty() ? std::nullopt : std::optional(converted.constFirst());
}

PipelineTotals PipelineModel::totals() const
{
    return pipelineTotals(m_accountId > 0 ? m_opportunities : m_converter.opportunities(m_opportunities));
}

int PipelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_opportunities.size());
}

int PipelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Opportunity &o = m_opportunities.at(index.row());
    const bool overdue = isOverdue(o, m_document->asOf());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AccountName:
            return m_accountNames.value(o.accountId);
        case Title:
            return o.title;
        case Motion:
            return displayName(o.motion);
        case Stage:
            return displayName(o.stage);
        case Amount:
            return formatMoney(o.amount, m_accountCurrencies.value(o.accountId, m_currency));
        case Probability:
            return QLocale().toString(o.probability) + QLatin1Char('%');
        case Weighted:
            return formatMoney(weightedAmount(o), m_accountCurrencies.value(o.accountId, m_currency));
        case ExpectedClose:
            return o.expectedClose.isValid() ? formatShortDay(o.expectedClose)
                                             : QString();
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case Title:
            return o.title;
        case Stage:
            return keyOf(o.stage);
        case Amount:
            return o.amount;
        case Probability:
            return o.probability;
        case ExpectedClose:
            return o.expectedClose;
        default:
            return {};
        }
    case SearchTextRole:
        return QStringList {o.title, m_accountNames.value(o.accountId), displayName(o.motion)}
            .join(QLatin1Char('\n'))
            .toCaseFolded();
    case RawValueRole:
        switch (index.column()) {
        case AccountName:
            return m_accountNames.value(o.accountId).toCaseFolded();
        case Title:
            return o.title.toCaseFolded();
        case Motion:
            return keyOf(o.motion);
        case Stage:
            return int(o.stage);
        case Amount:
            return o.amount;
        case Probability:
            return o.probability;
        case Weighted:
            return weightedAmount(o);
        case ExpectedClose:
            return o.expectedClose;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ExpectedClose && overdue)
            return tr("Overdue: expected to close by %1")
                .arg(formatShortDay(o.expectedClose));
        if (index.column() == Title && m_championLeft.contains(o.id))
            return plainToolTip(tr("%1\nNo champion: %2. The checklist's champion point is no until another is named.")
                                    .arg(o.title, m_championLeft.value(o.id)));
        return index.column() == Title ? plainToolTip(o.title) : QVariant();
    case Qt::ForegroundRole:
        if ((index.column() == ExpectedClose && overdue) || (index.column() == Title && m_championLeft.contains(o.id)))
            return QBrush(colours::attention());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Probability || index.column() == Weighted)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AccountIdRole:
        return o.accountId;
    case OpportunityIdRole:
        return o.id;
    default:
        return {};
    }
}

QVariant PipelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountName:
        return tr("Account");
    case Title:
        return tr("Opportunity");
    case Motion:
        return tr("Motion");
    case Stage:
        return tr("Stage");
    case Amount:
        return tr("Amount / year");
    case Probability:
        return tr("Probability");
    case Weighted:
        return tr("Weighted");
    case ExpectedClose:
        return tr("Expected close");
    default:
        return {};
    }
}

Qt::ItemFlags PipelineModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    if (!m_document->isReadOnly()
        && (column == Title || column == Stage || column == Amount || column == Probability
            || column == ExpectedClose))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PipelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // Across the portfolio the list holds no checklists: edit the opportunity as stored, whole.
    const std::optional<Opportunity> stored = PipelineEditing::of(m_document)->opportunity(m_opportunities.at(index.row()).id);
    if (!stored)
        return false;
    Opportunity o = *stored;
    bool ok = true;
    switch (index.column()) {
    case Title:
        o.title = value.toString().trimmed();
        ok = !o.title.isEmpty();
        break;
    case Stage: {
        const std::optional<OpportunityStage> stage = opportunityStageFromKey(value.toString());
        ok = stage.has_value();
        if (ok) {
            o.stage = *stage;
            o.probability = defaultProbability(*stage); // the user may set another after
        }
        break;
    }
    case Amount:
        o.amount = value.toLongLong(&ok);
        ok = ok && o.amount >= 0;
        break;
    case Probability:
        o.probability = value.toInt(&ok);
        ok = ok && o.probability >= 0 && o.probability <= 100;
        break;
    case ExpectedClose:
        o.expectedClose = value.toDate();
        break;
    default:
        return false;
    }
    if (!ok)
        return false;
    PipelineEditing::of(m_document)->editOpportunity(o); // reloads through pipelineChanged
    return true;
}

} // namespace keyplan
