#include "item/accountediting.h"
#include "item/itemcolours.h"
#include "item/portfoliomodel.h"

#include "domain/percent.h"
#include "domain/retention.h"
#include "item/itemroles.h"
#include "domain/accountflags.h"
#include "domain/dayformat.h"
#include "item/plandocument.h"
#include "item/playediting.h"
#include "item/playevaluator.h"
#include "item/plaintooltip.h"
#include "item/revenueediting.h"

#include <QAbstractProxyModel>
#include <QBrush>
#include <QColor>
#include <QLocale>

namespace keyplan {
namespace {

QString percent(std::optional<double> ratio)
{
    return ratio ? formatPercent(ratio) : QString();
}

} // namespace

PortfolioModel::PortfolioModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::accountChanged, this, &PortfolioModel::refreshAccount);
    // A change of an account's ARR timeline also announces accountChanged: one refresh.
    connect(document, &PlanDocument::accountInserted, this, &PortfolioModel::insertAccount);
    connect(document, &PlanDocument::accountRemoved, this, &PortfolioModel::removeAccount);
    connect(document, &PlanDocument::periodChanged, this, &PortfolioModel::reload);
    connect(document, &PlanDocument::revenueSettingsChanged, this, &PortfolioModel::reload);
    connect(document, &PlanDocument::coverageSettingsChanged, this, &PortfolioModel::reload);
    // Health and flags follow the evaluator's passes (its cards and the plays alive).
    connect(PlayEvaluator::of(document), &PlayEvaluator::evaluated, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Health), index(rowCount() - 1, Flags));
    });
    connect(PlayEditing::of(document), &PlayEditing::playsChanged, this, [this](AccountId id) {
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT dataChanged(index(row, Flags), index(row, Flags));
    });
    connect(document, &PlanDocument::teamChanged, this, [this] {
        for (Row &row : m_rows)
            updateSearchText(row);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Owner), index(rowCount() - 1, Owner));
    });
    reload();
}

void PortfolioModel::reload()
{
    beginResetModel();
    PlanRevenue revenue = RevenueEditing::of(m_document)->planRevenue();
    m_reportingCurrency = revenue.reportingCurrency;
    m_fiscalYearStart = revenue.fiscalYearStart;
    m_rates = revenue.rates;
    const QList<Account> accounts = m_document->accounts();
    const QHash<AccountId, keyplan::Coverage> coverages = m_document->coverages();
    m_coverageSettings = m_document->coverageSettings();
    m_rows.clear();
    m_rows.reserve(accounts.size());
    for (const Account &account : accounts) {
        Row row;
        row.account = account;
        row.timeline = revenue.timelines.take(account.id);
        computeRetention(row);
        updateSearchText(row);
        row.coverage = coverages.value(account.id);
        m_rows.append(row);
    }
    endResetModel();
    Q_EMIT summaryChanged();
}

void PortfolioModel::computeRetention(Row &row) const
{
    row.bridge = accountBridge(row.timeline, m_document->period());
    const Retention retention = retentionOf(row.bridge);
    row.nrr = retention.nrr();
    row.grr = retention.grr();
}

RevenueInput PortfolioModel::inputOf(const Row &row) const
{
    return revenueInput(row.account, m_document->teamMemberName(row.account.ownerId), row.timeline);
}

RevenueFigures PortfolioModel::revenueFigures(const QList<int> &rows) const
{
    QList<RevenueInput> inputs;
    inputs.reserve(rows.size());
    for (const int row : rows) {
        if (row >= 0 && row < m_rows.size())
            inputs.append(inputOf(m_rows.at(row)));
    }
    return computeRevenueFigures(inputs, m_rates, m_reportingCurrency, m_document->period(), m_document->asOf());
}

QList<int> PortfolioModel::rowsShownBy(const QAbstractItemModel *view) const
{
    QList<int> rows;
    if (!view)
        return rows;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view);
    const int count = view->rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row)
        rows.append(proxy ? proxy->mapToSource(proxy->index(row, 0)).row() : row);
    return rows;
}

RevenueFigures PortfolioModel::revenueFigures() const
{
    QList<int> rows;
    rows.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        rows.append(row);
    return revenueFigures(rows);
}

QString PortfolioModel::arrToolTip(const Row &row) const
{
    const Account &account = row.account;
    if (account.currency == m_reportingCurrency)
        return {};
    const std::optional<RateUsed> rate = m_rates.rate(account.currency, m_reportingCurrency, m_document->asOf());
    if (!rate)
        return plainToolTip(tr("In %1; the plan %2, so this account is left out of the totals.")
                                .arg(account.currency, missingRateText(account.currency, m_reportingCurrency)));
    const std::optional<MinorUnits> converted = convertAt(account.arr, rate->rate);
    return plainToolTip(tr("%1 at 1 %2 = %3 %4 (the rate of %5)")
                            .arg(converted ? formatMoney(*converted, m_reportingCurrency) : QStringLiteral("–"),
                                account.currency, formatRate(rate->rate), m_reportingCurrency,
                                formatShortDay(rate->on)));
}

void PortfolioModel::refreshAccount(AccountId id)
{
    const int row = rowOf(id);
    const std::optional<Account> account = m_document->account(id);
    if (row < 0 || !account)
        return;
    Row &cached = m_rows[row];
    cached.account = *account;
    // One account's timeline: cheap next to reloading every account's.
    cached.timeline = RevenueEditing::of(m_document)->timeline(id);
    computeRetention(cached);
    updateSearchText(cached);
    cached.coverage = m_document->coverage(id);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT summaryChanged();
}

void PortfolioModel::updateSearchText(Row &row) const
{
    row.searchText = QStringList {row.account.name, m_document->teamMemberName(row.account.ownerId),
        row.account.industry, row.account.region}
                         .join(QLatin1Char('\n'))
                         .toCaseFolded();
}

void PortfolioModel::insertAccount(AccountId id)
{
    const std::optional<Account> account = m_document->account(id);
    if (!account || rowOf(id) >= 0)
        return;
    // Rows are kept in id order, as reload() reads them.
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).account.id < id)
        ++row;
    beginInsertRows({}, row, row);
    Row inserted;
    inserted.account = *account;
    m_rows.insert(row, inserted);
    endInsertRows();
    refreshAccount(id);
}

void PortfolioModel::removeAccount(AccountId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT summaryChanged();
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PortfolioModel::rowOf(AccountId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).account.id == id)
            return row;
    }
    return -1;
}

AccountId PortfolioModel::accountIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).account.id : 0;
}

QVariant PortfolioModel::displayData(const Row &row, int column) const
{
    const Account &account = row.account;
    switch (Column(column)) {
    case Name:
        return account.name;
    case Key:
        return {};
    case Segment:
        return displayName(account.segment);
    case Tier:
        return displayName(account.tier);
    case Stage:
        return displayName(account.stage);
    case Owner:
        return m_document->teamMemberName(account.ownerId);
    case Arr:
        return formatMoney(account.arr, account.currency);
    case RenewalDate:
        return account.renewalDate.isValid() ? formatShortDay(account.renewalDate)
                                             : QString();
    case Nrr:
        return percent(row.nrr);
    case Grr:
        return percent(row.grr);
    case Coverage:
        return row.coverage.depth() ? formatPercent(row.coverage.depth(), QLocale(), 0) : QStringLiteral("–");
    case Health: {
        const std::optional<AccountHealth> health = PlayEvaluator::of(m_document)->health(account.id);
        if (!health || !health->score())
            return account.isKey ? QStringLiteral("–") : QString();
        const QString trend = formatHealthTrend(health->trend.since30);
        return trend.isEmpty() ? formatHealth(health->score()) : tr("%1 %2").arg(formatHealth(health->score()), trend.left(1));
    }
    case Flags:
        return flagsOf(row).join(QStringLiteral(" · "));
    case ColumnCount:
        break;
    }
    return {};
}

QStringList PortfolioModel::flagsOf(const Row &row) const
{
    if (!row.account.isKey)
        return {};
    const PlayEvaluator *evaluator = PlayEvaluator::of(m_document);
    const std::optional<AccountHealth> health = evaluator->health(row.account.id);
    QStringList flags;
    int due = 0;
    for (const Play &play : evaluator->alivePlays(row.account.id))
        due += play.isActionable(m_document->asOf()) ? 1 : 0;
    if (due > 0)
        flags.append(tr("%n plays", nullptr, due));
    flags.append(accountFlags(row.account, row.coverage, health ? health->score() : std::nullopt, m_coverageSettings,
        m_document->asOf()));
    return flags;
}

QString PortfolioModel::healthToolTip(const Row &row) const
{
    const std::optional<AccountHealth> health = PlayEvaluator::of(m_document)->health(row.account.id);
    if (!health)
        return {};
    QStringList lines;
    const HealthCard &card = health->card;
    lines.append(card.score() ? tr("Health %1 of 10").arg(formatHealth(card.score())) : tr("No measure has data yet"));
    if (card.override)
        lines.append(tr("Set by hand until %1: %2").arg(formatDay(card.override->expiresOn), card.override->reason));
    for (const HealthMeasure measure : allHealthMeasures) {
        const MeasureValue &value = card.measure(measure);
        lines.append(tr("%1: %2").arg(displayName(measure), value.score ? formatHealth(value.score) : tr("no data")));
    }
    if (health->trend.since30 || health->trend.since90)
        lines.append(tr("Since 30 days ago: %1 · since 90 days ago: %2")
                         .arg(health->trend.since30 ? formatHealthTrend(health->trend.since30) : QStringLiteral("–"),
                             health->trend.since90 ? formatHealthTrend(health->trend.since90) : QStringLiteral("–")));
    return plainToolTip(lines.join(u'\n'));
}

QString PortfolioModel::flagsToolTip(const Row &row) const
{
    QStringList lines;
    for (const Play &play : PlayEvaluator::of(m_document)->alivePlays(row.account.id)) {
        if (play.isActionable(m_document->asOf()))
            lines.append(tr("%1 (due %2): %3").arg(play.title, formatDay(play.dueOn), play.why));
    }
    return plainToolTip(lines.join(u'\n'));
}

QString PortfolioModel::coverageToolTip(const Row &row) const
{
    const keyplan::Coverage &coverage = row.coverage;
    QStringList lines;
    if (coverage.depth())
        lines.append(tr("Coverage %1 of %2 people in the buying group (target %3–%4)")
                         .arg(formatPercent(coverage.depth(), QLocale(), 0))
                         .arg(coverage.relevant)
                         .arg(formatPercent(m_coverageSettings.targetLow, QLocale(), 0), formatPercent(m_coverageSettings.targetHigh, QLocale(), 0)));
    else
        lines.append(tr("Nobody from the buying group is on the map yet."));
    if (coverage.singleThreaded)
        lines.append((coverage.active == 1
                ? tr("Single-threaded: one active relationship carries the account.")
                : tr("Single-threaded: %1 active relationships carry the account.").arg(coverage.active)));
    if (!coverage.emptySeats.isEmpty()) {
        QStringList seats;
        for (const QString &seat : coverage.emptySeats)
            seats.append(seatName(seat));
        lines.append(tr("Empty seats: %1").arg(seats.join(QStringLiteral(", "))));
    }
    if (coverage.stale)
        lines.append(coverage.daysSinceReview
                ? tr("The map was last reviewed %n days ago.", nullptr, int(*coverage.daysSinceReview))
                : tr("The map has never been reviewed."));
    return lines.join(QLatin1Char('\n'));
}

QVariant PortfolioModel::rawData(const Row &row, int column) const
{
    const Account &account = row.account;
    switch (Column(column)) {
    case Name:
        return account.name;
    case Key:
        return account.isKey;
    case Segment:
        return keyOf(account.segment);
    case Tier:
        return keyOf(account.tier);
    case Stage:
        return keyOf(account.stage);
    case Owner:
        return account.ownerId ? QVariant(*account.ownerId) : QVariant();
    case Arr: {
        // Sorted in the reporting currency (today's rate), so $150,000 sorts with £118,500; an
        // account without a rate sorts by its own amount.
        if (account.currency == m_reportingCurrency)
            return account.arr;
        const std::optional<RateUsed> rate = m_rates.rate(account.currency, m_reportingCurrency, m_document->asOf());
        return rate ? convertAt(account.arr, rate->rate).value_or(account.arr) : account.arr;
    }
    case RenewalDate:
        return account.renewalDate;
    case Nrr:
        return row.nrr ? QVariant(*row.nrr) : QVariant();
    case Grr:
        return row.grr ? QVariant(*row.grr) : QVariant();
    case Coverage:
        return row.coverage.depth() ? QVariant(*row.coverage.depth()) : QVariant();
    case Health: {
        const std::optional<AccountHealth> health = PlayEvaluator::of(m_document)->health(account.id);
        return health && health->score() ? QVariant(*health->score()) : QVariant();
    }
    case Flags:
        return int(flagsOf(row).size());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::EditRole:
    case RawValueRole:
        return rawData(row, column);
    case Qt::CheckStateRole:
        return column == Key ? QVariant(row.account.isKey ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Arr || column == Nrr || column == Grr || column == Coverage || column == Health)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Key)
            return Qt::AlignCenter;
        return {};
    case Qt::ToolTipRole:
        if (column == Stage)
            return description(row.account.stage);
        if (column == Coverage)
            return coverageToolTip(row);
        if (column == Health)
            return healthToolTip(row);
        if (column == Flags)
            return flagsToolTip(row);
        if (column == Arr)
            return arrToolTip(row);
        if (column == Nrr || column == Grr) {
            if (!row.nrr)
                return row.bridge.newBusiness > 0
                    ? tr("New business in the period: not part of the retention cohort.")
                    : tr("No ARR at the start of the period: not part of the retention cohort.");
            return tr("%1 at the start of the period, %2 at the end")
                .arg(formatMoney(row.bridge.start, row.account.currency),
                    formatMoney(row.bridge.end, row.account.currency));
        }
        return {};
    case Qt::ForegroundRole:
        if ((column == Nrr && row.nrr && *row.nrr < 1.0) || (column == Grr && row.grr && *row.grr < 0.9))
            return QBrush(colours::attention());
        if (column == Stage && row.account.stage == keyplan::Stage::UncouplingKam)
            return QBrush(colours::attention());
        if (column == Coverage && row.coverage.depth()
            && (row.coverage.singleThreaded || *row.coverage.depth() < m_coverageSettings.targetLow))
            return QBrush(colours::attention());
        return {};
    case AccountIdRole:
        return row.account.id;
    case IsKeyAccountRole:
        return row.account.isKey;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Key:
            return tr("Marked as a key account");
        case Arr:
            // The basis of the figures and of their order, which differ once currencies mix.
            return tr("Annual recurring revenue today, in each account's own currency; sorted by its value in %1 "
                      "at today's rate")
                .arg(m_reportingCurrency);
        case Nrr:
            return tr("Net revenue retention over the period: revenue at the end over revenue at the start");
        case Grr:
            return tr("Gross revenue retention: like NRR, but expansion does not count");
        case Coverage:
            return tr(
                "Coverage depth: the share of the buying group with a warm, recently contacted relationship "
                "owned by someone on our side");
        case Health:
            return tr("The health scorecard, 1 to 10, of the key accounts, with its move over 30 days (▲ ▼); below 6 "
                      "calls for a risk review");
        case Flags:
            return tr("Plays due, fix first, single-threading, renewals within 90 days, coverage and the map");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Account");
    case Key:
        return tr("Key");
    case Segment:
        return tr("Segment");
    case Tier:
        return tr("Tier");
    case Stage:
        return tr("Stage");
    case Owner:
        return tr("Owner");
    case Arr:
        return tr("ARR");
    case RenewalDate:
        return tr("Renewal");
    case Nrr:
        return tr("NRR");
    case Grr:
        return tr("GRR");
    case Coverage:
        return tr("Coverage");
    case Health:
        return tr("Health");
    case Flags:
        return tr("Flags");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags PortfolioModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_document->isReadOnly())
        return flags;
    switch (Column(index.column())) {
    case Key:
        return flags | Qt::ItemIsUserCheckable;
    case Name:
    case Segment:
    case Tier:
    case Owner:
    case RenewalDate:
        return flags | Qt::ItemIsEditable; // ARR changes are dated: the Revenue tab records them
    default:
        return flags;
    }
}

bool PortfolioModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || m_document->isReadOnly())
        return false;
    const AccountId id = m_rows.at(index.row()).account.id;
    std::optional<AccountField> field;
    QVariant fieldValue = value;
    switch (Column(index.column())) {
    case Key:
        if (role != Qt::CheckStateRole)
            return false;
        field = AccountField::IsKey;
        fieldValue = value.toInt() == Qt::Checked;
        break;
    case Name:
        field = AccountField::Name;
        break;
    case Segment:
        field = AccountField::Segment;
        break;
    case Tier:
        field = AccountField::Tier;
        break;
    case Owner:
        field = AccountField::Owner;
        break;
    case RenewalDate:
        field = AccountField::RenewalDate;
        break;
    default:
        return false;
    }
    if (role != Qt::EditRole && role != Qt::CheckStateRole)
        return false;
    const qint64 versionBefore = m_rows.at(index.row()).account.version;
    AccountEditing::of(m_document)->editAccountField(id, *field, fieldValue, versionBefore);
    const int row = rowOf(id);
    return row >= 0 && m_rows.at(row).account.version != versionBefore;
}

} // namespace keyplan
