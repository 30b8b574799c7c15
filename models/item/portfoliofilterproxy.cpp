#include "item/portfoliofilterproxy.h"

#include "domain/accountenums.h"
#include "item/itemroles.h"
#include "item/portfoliomodel.h"

#include <QDate>

namespace keyplan {

PortfolioFilterProxy::PortfolioFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void PortfolioFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void PortfolioFilterProxy::setTiers(const QSet<QString> &tiers)
{
    m_tiers = tiers;
    invalidateRowsFilter();
}

void PortfolioFilterProxy::setOwners(const QSet<QString> &owners)
{
    m_owners = owners;
    invalidateRowsFilter();
}

void PortfolioFilterProxy::setSegments(const QSet<QString> &segments)
{
    m_segments = segments;
    invalidateRowsFilter();
}

void PortfolioFilterProxy::setStages(const QSet<QString> &stages)
{
    m_stages = stages;
    invalidateRowsFilter();
}

void PortfolioFilterProxy::setKeyFilter(KeyFilter filter)
{
    m_keyFilter = filter;
    invalidateRowsFilter();
}

bool PortfolioFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto raw
        = [&](int column) { return model->index(sourceRow, column, sourceParent).data(RawValueRole); };

    if (m_keyFilter != KeyFilter::All) {
        const bool isKey = raw(PortfolioModel::Key).toBool();
        if (isKey != (m_keyFilter == KeyFilter::KeyOnly))
            return false;
    }
    if (!m_owners.isEmpty()) {
        const QVariant owner = raw(PortfolioModel::Owner);
        if (!m_owners.contains(owner.isValid() && !owner.isNull() ? QString::number(owner.toLongLong()) : QStringLiteral("none")))
            return false;
    }
    if (!m_tiers.isEmpty() && !m_tiers.contains(raw(PortfolioModel::Tier).toString()))
        return false;
    if (!m_segments.isEmpty() && !m_segments.contains(raw(PortfolioModel::Segment).toString()))
        return false;
    if (!m_stages.isEmpty() && !m_stages.contains(raw(PortfolioModel::Stage).toString()))
        return false;
    if (m_searchWords.isEmpty())
        return true;
    // Every word must appear in the name, owner, industry or region, in any order.
    const QString haystack
        = model->index(sourceRow, PortfolioModel::Name, sourceParent).data(SearchTextRole).toString();
    for (const QString &word : m_searchWords) {
        if (!haystack.contains(word)) // both sides are case-folded already
            return false;
    }
    return true;
}

bool PortfolioFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(RawValueRole);
    const QVariant b = right.data(RawValueRole);
    // Empty values (no NRR, no renewal date) sort after every real value.
    const bool aEmpty
        = a.isNull() || !a.isValid() || (a.typeId() == QMetaType::QDate && !a.toDate().isValid());
    const bool bEmpty
        = b.isNull() || !b.isValid() || (b.typeId() == QMetaType::QDate && !b.toDate().isValid());
    if (aEmpty || bEmpty)
        return !aEmpty && bEmpty;
    switch (left.column()) {
    case PortfolioModel::Stage: // lifecycle order, not alphabetical
        return int(stageFromKey(a.toString()).value_or(Stage::PreKam))
            < int(stageFromKey(b.toString()).value_or(Stage::PreKam));
    case PortfolioModel::Tier:
        return int(tierFromKey(a.toString()).value_or(Tier::Standard))
            < int(tierFromKey(b.toString()).value_or(Tier::Standard));
    case PortfolioModel::Segment:
        return int(segmentFromKey(a.toString()).value_or(Segment::MidMarket))
            < int(segmentFromKey(b.toString()).value_or(Segment::MidMarket));
    case PortfolioModel::Owner:
        return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
    default:
        break;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace keyplan
